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
 * @param near true when the exact quotes of the query found nothing and the hits are the closest
 *     passages instead (the quotes taken as {@code "…"~})
 */
public record QuoteResult(
    long total,
    int page,
    int size,
    long tookMs,
    List<QuoteHit> hits,
    Map<String, List<FacetCount>> facets,
    boolean near) {
  public QuoteResult {
    hits = List.copyOf(hits);
    Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
    facets.forEach((name, counts) -> copy.put(name, List.copyOf(counts)));
    facets = Collections.unmodifiableMap(copy);
  }

  /** A result of the quotes as asked for. */
  public QuoteResult(
      long total,
      int page,
      int size,
      long tookMs,
      List<QuoteHit> hits,
      Map<String, List<FacetCount>> facets) {
    this(total, page, size, tookMs, hits, facets, false);
  }

  /** The same result, answered with the closest passages since the exact quotes found nothing. */
  public QuoteResult asNear() {
    return new QuoteResult(total, page, size, tookMs, hits, facets, true);
  }
}
