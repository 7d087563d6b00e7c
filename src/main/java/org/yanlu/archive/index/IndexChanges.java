package org.yanlu.archive.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yanlu.archive.article.Article;

/**
 * One batch of changes to the index in use, applied in one commit: articles to add or replace by
 * id, and ids to remove. An article given twice is taken once (the last copy).
 *
 * @param upserts articles to add, or to replace when their id is already indexed
 * @param removals ids of articles to remove with their quotes
 * @param origin the source file the upserts come from, or "" when there is none: articles indexed
 *     earlier from that file are replaced as a whole, so that one it no longer holds goes away
 */
public record IndexChanges(List<Article> upserts, List<String> removals, String origin) {
  public IndexChanges {
    Map<String, Article> byId = new LinkedHashMap<>();
    for (Article a : upserts) {
      byId.put(a.id(), a);
    }
    upserts = List.copyOf(byId.values());
    List<String> ids = new ArrayList<>();
    for (String id : removals) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("an article id to remove is blank");
      }
      if (!ids.contains(id.strip())) {
        ids.add(id.strip());
      }
    }
    removals = List.copyOf(ids);
    origin = origin == null ? "" : origin;
  }

  /** Articles to add or replace, from no particular file. */
  public static IndexChanges adding(List<Article> articles) {
    return new IndexChanges(articles, List.of(), "");
  }

  /** Ids of articles to remove. */
  public static IndexChanges removing(List<String> ids) {
    return new IndexChanges(List.of(), ids, "");
  }
}
