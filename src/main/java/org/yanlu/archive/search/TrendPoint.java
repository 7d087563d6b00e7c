package org.yanlu.archive.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The articles of one period on one curve: how many matched, how many the archive holds in that
 * period, and the share (0 when the period has no articles at all).
 */
public record TrendPoint(
    String period, LocalDate start, LocalDate end, long count, long total, double share) {
  public TrendPoint {
    Objects.requireNonNull(period, "period");
    if (count < 0 || total < 0 || count > total) {
      throw new IllegalArgumentException(
          "counts must satisfy 0 <= count <= total: " + count + "/" + total);
    }
  }

  static TrendPoint of(String period, LocalDate start, LocalDate end, long count, long total) {
    return new TrendPoint(
        period, start, end, count, total, total == 0 ? 0 : (double) count / total);
  }
}
