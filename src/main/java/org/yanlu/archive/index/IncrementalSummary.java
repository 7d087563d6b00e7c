package org.yanlu.archive.index;

import java.util.List;

/**
 * What one incremental commit changed.
 *
 * @param added articles that were not indexed before
 * @param replaced articles whose earlier version was replaced
 * @param removed articles removed with their quotes
 * @param notFound ids asked to be removed that the index did not hold
 * @param articles articles in the index after the commit
 */
public record IncrementalSummary(
    int added, int replaced, int removed, List<String> notFound, int articles) {
  public IncrementalSummary {
    notFound = List.copyOf(notFound);
  }
}
