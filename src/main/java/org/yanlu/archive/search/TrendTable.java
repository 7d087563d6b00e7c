package org.yanlu.archive.search;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a {@link TrendRequest}: the range actually counted (null bounds when the archive
 * has no dated article) and one curve per query, in the order asked.
 */
public record TrendTable(String interval, LocalDate from, LocalDate to, List<Trend> trends) {
  public TrendTable {
    trends = List.copyOf(trends);
  }
}
