package org.yanlu.archive.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One article in a search result.
 *
 * @param date {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy} as precise as known, or null
 * @param snippet the best passage, HTML-escaped text whose only tags are {@code <mark>}
 * @param score the relevance score (also computed when sorting by date)
 * @param alsoIn the other outlets that carried the same story (syndicated copies), in date order
 * @param added when the article entered the archive (not its publication date), or null when the
 *     index does not record it
 */
public record Hit(
    String id,
    String title,
    String subtitle,
    String source,
    String date,
    List<String> speakers,
    String snippet,
    float score,
    List<String> alsoIn,
    Instant added) {
  public Hit {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    subtitle = subtitle == null ? "" : subtitle;
    source = source == null ? "" : source;
    speakers = speakers == null ? List.of() : List.copyOf(speakers);
    snippet = snippet == null ? "" : snippet;
    alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
  }

  /** A hit whose story no other outlet carried. */
  public Hit(
      String id,
      String title,
      String subtitle,
      String source,
      String date,
      List<String> speakers,
      String snippet,
      float score) {
    this(id, title, subtitle, source, date, speakers, snippet, score, List.of(), null);
  }

  /** A hit with the other outlets of its story, without the time it was added. */
  public Hit(
      String id,
      String title,
      String subtitle,
      String source,
      String date,
      List<String> speakers,
      String snippet,
      float score,
      List<String> alsoIn) {
    this(id, title, subtitle, source, date, speakers, snippet, score, alsoIn, null);
  }

  /** The same hit with the other outlets of its story. */
  public Hit withAlsoIn(List<String> outlets) {
    return new Hit(id, title, subtitle, source, date, speakers, snippet, score, outlets, added);
  }
}
