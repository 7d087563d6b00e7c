package org.yanlu.archive.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a search's hits with the total and the facet counts over all hits.
 *
 * @param total how many articles match, exactly
 * @param facets facet name ({@code source}, {@code month}, {@code speaker}, {@code theme},
 *     {@code person}, {@code organisation}, {@code place}) to its values with counts
 */
public record SearchResult(
    long total,
    int page,
    int size,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
    facets.forEach((name, counts) -> copy.put(name, List.copyOf(counts)));
    facets = java.util.Collections.unmodifiableMap(copy);
  }
}
