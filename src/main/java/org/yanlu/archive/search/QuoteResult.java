package org.yanlu.archive.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a quote search's hits with the total and the counts of quotes per speaker and per
 * outlet.
 *
 * @param total how many quotes match, exactly
 * @param facets {@code speaker} and {@code source} to their values with quote counts
 */
public record QuoteResult(
    long total,
    int page,
    int size,
    long tookMs,
    List<QuoteHit> hits,
    Map<String, List<FacetCount>> facets) {
  public QuoteResult {
    hits = List.copyOf(hits);
    Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
    facets.forEach((name, counts) -> copy.put(name, List.copyOf(counts)));
    facets = Collections.unmodifiableMap(copy);
  }
}
