package org.yanlu.archive.search;

import java.util.Objects;

/**
 * One value of a facet with the number of hits that have it.
 *
 * @param selected whether the request filters on this value
 */
public record FacetCount(String value, long count, boolean selected) {
  public FacetCount {
    Objects.requireNonNull(value, "value");
    if (count < 0) {
      throw new IllegalArgumentException("a facet count is never negative: " + count);
    }
  }
}
