package org.yanlu.archive.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a host counts for trends; {@link Trends} makes the tables from it, the same way on every
 * host. Months count like the month filter of search (by the article's month), weeks and years by
 * the article's day.
 */
public interface TrendSource {
  /** How many articles the outlets listed with a curve may be. */
  int TOP_SOURCES = 10;

  /** The first and last day of the archive's dated articles, empty when none is dated. */
  Optional<LocalDate[]> archiveRange();

  /**
   * Counts, per period, the articles between {@code from} and {@code to} that a query finds (or,
   * with {@code theme}, that are tagged with it).
   *
   * @param query query text, "" for every article; ignored when {@code theme} is given
   * @param theme a theme name whose tagged articles to count, or null
   */
  PeriodCounts count(
      String query,
      String theme,
      Interval interval,
      LocalDate from,
      LocalDate to,
      List<TrendPeriod> periods);
}
