package org.yanlu.archive.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a search's hits with the total and the facet counts over all hits.
 *
 * @param total how many stories match, exactly (syndicated copies of one story count once), or how
 *     many articles when the request does not collapse stories
 * @param facets facet name ({@code source}, {@code month}, {@code speaker}, {@code theme}, {@code
 *     person}, {@code organisation}, {@code place}) to its values with counts
 * @param articles how many articles match, every copy of a story counted
 * @param near true when the exact quotes of the query found nothing and the hits are the closest
 *     passages instead (the quotes taken as {@code "…"~})
 */
public record SearchResult(
    long total,
    int page,
    int size,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    long articles,
    boolean near) {
  public SearchResult {
    hits = List.copyOf(hits);
    Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
    facets.forEach((name, counts) -> copy.put(name, List.copyOf(counts)));
    facets = java.util.Collections.unmodifiableMap(copy);
  }

  /** A result in which every article is its own story, as exact as its total. */
  public SearchResult(
      long total,
      int page,
      int size,
      long tookMs,
      List<Hit> hits,
      Map<String, List<FacetCount>> facets) {
    this(total, page, size, tookMs, hits, facets, total, false);
  }

  /** The same result, answered with the closest passages since the exact quotes found nothing. */
  public SearchResult asNear() {
    return new SearchResult(total, page, size, tookMs, hits, facets, articles, true);
  }
}
