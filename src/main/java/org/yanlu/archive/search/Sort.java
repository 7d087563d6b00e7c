package org.yanlu.archive.search;

import java.util.Locale;

/**
 * The order of search hits: by relevance, newest first or oldest first by publication date, or
 * newest first by when they entered the archive (what a feed lists).
 */
public enum Sort {
  RELEVANCE,
  DATE_DESC,
  DATE_ASC,
  ADDED_DESC;

  /** The parameter spelling: {@code relevance}, {@code date_desc}, {@code date_asc}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code relevance|date_desc|date_asc|added_desc}; null or blank is {@link #RELEVANCE}.
   *
   * @throws BadQueryException for any other text
   */
  public static Sort parse(String text) {
    if (text == null || text.isBlank()) {
      return RELEVANCE;
    }
    for (Sort s : values()) {
      if (s.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new BadQueryException(
        "排序方式只能是 relevance、date_desc、date_asc 或 added_desc / sort must be relevance,"
            + " date_desc, date_asc or added_desc, not "
            + text);
  }
}
