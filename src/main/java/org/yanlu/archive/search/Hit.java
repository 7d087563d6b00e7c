package org.yanlu.archive.search;

import java.util.List;
import java.util.Objects;

/**
 * One article in a search result.
 *
 * @param date {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy} as precise as known, or null
 * @param snippet the best passage, HTML-escaped text whose only tags are {@code <mark>}
 * @param score the relevance score (also computed when sorting by date)
 */
public record Hit(
    String id,
    String title,
    String subtitle,
    String source,
    String date,
    List<String> speakers,
    String snippet,
    float score) {
  public Hit {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    subtitle = subtitle == null ? "" : subtitle;
    source = source == null ? "" : source;
    speakers = speakers == null ? List.of() : List.copyOf(speakers);
    snippet = snippet == null ? "" : snippet;
  }
}
