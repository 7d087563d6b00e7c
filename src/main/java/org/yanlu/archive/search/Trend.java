package org.yanlu.archive.search;

import java.util.List;
import java.util.Objects;

/**
 * One curve of a trend table: a query, how many articles it finds in the whole range, a point for
 * every period of the range, and the outlets of its articles with their counts.
 */
public record Trend(String query, long count, List<TrendPoint> points, List<FacetCount> sources) {
  public Trend {
    Objects.requireNonNull(query, "query");
    points = List.copyOf(points);
    sources = List.copyOf(sources);
  }
}
