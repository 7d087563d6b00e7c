package org.yanlu.archive.search;

import java.util.Comparator;
import java.util.Objects;

/**
 * Another article of a collapsed hit's story that also matches the search: a syndicated copy a
 * reader can open, since the story shows only its best article.
 *
 * @param date {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy} as precise as known, or null
 */
public record StoryCopy(String id, String title, String source, String date) {
  /** How many copies a hit lists; {@code collapse=false} lists every article as its own hit. */
  public static final int MAX_PER_HIT = 50;

  /**
   * The order copies are listed in on every host: oldest first (undated last), then by id, so that
   * the first copies are the earliest printings.
   */
  public static final Comparator<StoryCopy> ORDER =
      Comparator.comparing(
              (StoryCopy c) -> c.date == null ? null : ArticleDateKey.of(c.date),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(StoryCopy::id);

  public StoryCopy {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    source = source == null ? "" : source;
  }
}
