package org.yanlu.archive.search;

import java.util.List;
import java.util.Objects;

/**
 * How much a theme is covered: its articles (those tagged with it), a point for every month of the
 * archive's range, and its top outlets.
 */
public record ThemeSummary(
    String name,
    String query,
    String description,
    long count,
    List<TrendPoint> months,
    List<FacetCount> sources,
    String interval) {
  public ThemeSummary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(interval, "interval");
    months = List.copyOf(months);
    sources = List.copyOf(sources);
  }
}
