package org.yanlu.archive.search;

import java.util.List;

/**
 * What one selection of articles holds per period: its total over the range, its count per period
 * (in the order of the periods asked for), its top outlets.
 */
public record PeriodCounts(long total, long[] perPeriod, List<FacetCount> sources) {
  public PeriodCounts {
    sources = List.copyOf(sources);
  }
}
