package org.yanlu.archive.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.yanlu.archive.index.ArticleFields;

/**
 * The top hits of a search, from which its page is cut, with what it counts over all its hits:
 * facets, articles and distinct stories.
 *
 * @param top the top hits in order
 * @param counts the counts over all hits
 * @param matching every hit, per segment, as the pass that counted them kept them for the facets;
 *     null when the counts were known without a pass
 */
record RankedHits(TopDocs top, RankedHits.Counted counts, FacetsCollector matching) {
  /** Facet values listed per dimension (months are all listed). */
  private static final int FACET_VALUES = 20;

  private static final int MONTH_VALUES = 1000;

  /**
   * What a search counts over all its hits.
   *
   * @param facets the counts of each facet, as results list them
   * @param hits how many articles match
   * @param stories how many distinct stories they make
   */
  record Counted(Map<String, List<FacetCount>> facets, long hits, long stories) {}

  /** One pass over the hits that ranks them, counts the facets and counts the stories. */
  static RankedHits count(
      FacetedIndexSearcher s,
      FacetsConfig config,
      DrillDownQuery query,
      org.apache.lucene.search.Sort sort,
      int topN,
      SearchRequest request)
      throws IOException {
    return count(
        s,
        s.forWindow(topN),
        config,
        query,
        sort == null
            ? new TopScoreDocCollectorManager(topN, null, Integer.MAX_VALUE, true)
            : new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE, true),
        request);
  }

  /**
   * One pass over the hits that ranks their top {@code stories} stories by relevance, each shown by
   * its hit ({@link RankedStories}), and counts the facets and the stories: {@link #top} holds the
   * stories in order.
   */
  static RankedHits countStories(
      FacetedIndexSearcher s,
      FacetsConfig config,
      DrillDownQuery query,
      int stories,
      SearchRequest request)
      throws IOException {
    return count(s, s.forWindow(stories), config, query, new RankedStories(s, stories), request);
  }

  private static RankedHits count(
      FacetedIndexSearcher s,
      IndexSearcher searching,
      FacetsConfig config,
      DrillDownQuery query,
      CollectorManager<?, ? extends TopDocs> ranking,
      SearchRequest request)
      throws IOException {
    // With an executor, DrillSideways counts each selected dimension's other values by a query of
    // its own, the other selections kept as filters that Lucene can skip by; without one it walks
    // every hit of the unselected query (two outlets and a month at a million articles: p95 151
    // against 53 ms).
    DrillSideways.ConcurrentDrillSidewaysResult<Object[]> result;
    try {
      result =
          new ConcurrentlyCounted(searching, s, config)
              .search(query, new MultiCollectorManager(ranking, StoryCount.counter()));
    } catch (RuntimeException e) {
      // Lucene wraps what a query of those threw; the archive answers it as thrown.
      if (e.getCause() instanceof ExecutionException failed) {
        if (failed.getCause() instanceof IOException io) {
          throw io;
        }
        if (failed.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
      }
      throw e;
    }
    TopDocs top = (TopDocs) result.collectorResult[0];
    return new RankedHits(
        top,
        new Counted(
            // Read now: the counts read labels through doc values that one thread may use at once.
            facets(result.facets, request),
            top.totalHits.value,
            StoryCount.stories(s, result.collectorResult[1])),
        result.drillDownFacetsCollector);
  }

  /**
   * DrillSideways whose facets are counted segment by segment on the searcher's slice threads
   * (Lucene's ConcurrentSortedSetDocValuesFacetCounts) rather than on the search's own thread once
   * its slices are searched: counting a word's hundreds of thousands of hits at a million articles
   * was a fifth of the search's time on one thread while the other cores waited.
   */
  private static final class ConcurrentlyCounted extends DrillSideways {
    private final ExecutorService counting;

    /**
     * @param searching the searcher whose slices the query runs in
     * @param s the searcher of the same reader that holds its facet ordinals and slice threads
     */
    ConcurrentlyCounted(IndexSearcher searching, FacetedIndexSearcher s, FacetsConfig config) {
      super(searching, config, null, s.facetState(), CallerRuns.INSTANCE);
      this.counting = s.sliceThreads();
    }

    @Override
    protected Facets buildFacetsResult(
        FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
        throws IOException {
      if (counting == null) {
        return super.buildFacetsResult(drillDowns, drillSideways, drillSidewaysDims);
      }
      Facets drillDownFacets = drillDowns == null ? null : counted(drillDowns);
      if (drillSideways == null || drillSideways.length == 0) {
        return drillDownFacets;
      }
      Map<String, Facets> sideways = new HashMap<>();
      for (int i = 0; i < drillSideways.length; i++) {
        sideways.put(drillSidewaysDims[i], counted(drillSideways[i]));
      }
      return new MultiFacets(sideways, drillDownFacets);
    }

    private Facets counted(FacetsCollector hits) throws IOException {
      try {
        return new ConcurrentSortedSetDocValuesFacetCounts(state, hits, counting);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("facet counting interrupted");
      }
    }
  }

  /**
   * The top hits only, for a search whose counts are known: the collector may skip hits that cannot
   * make the page (by the day's points when sorted by date), as counting need not see them.
   */
  static TopDocs rankOnly(
      IndexSearcher s, Query query, org.apache.lucene.search.Sort sort, int topN)
      throws IOException {
    return sort == null
        ? s.search(query, new TopScoreDocCollectorManager(topN, null, topN, true))
        : s.search(query, new TopFieldCollectorManager(sort, topN, null, topN, true));
  }

  private static Map<String, List<FacetCount>> facets(Facets facets, SearchRequest request)
      throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    Map<String, List<String>> selections = request.selections();
    for (String dim : ArticleFields.FACETS) {
      List<String> selected = selections.getOrDefault(dim, List.of());
      boolean month = dim.equals(ArticleFields.FACET_MONTH);
      List<FacetCount> counts = new ArrayList<>();
      FacetResult result = topChildren(facets, month ? MONTH_VALUES : FACET_VALUES, dim);
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          counts.add(new FacetCount(lv.label, lv.value.longValue(), selected.contains(lv.label)));
        }
      }
      for (String value : selected) {
        if (counts.stream().noneMatch(c -> c.value().equals(value))) {
          Number n = specificValue(facets, dim, value);
          counts.add(new FacetCount(value, n == null ? 0 : Math.max(0, n.longValue()), true));
        }
      }
      if (month) {
        counts.sort(Comparator.comparing(FacetCount::value));
      }
      out.put(dim, counts);
    }
    return out;
  }

  private static FacetResult topChildren(Facets facets, int n, String dim) throws IOException {
    try {
      return facets.getTopChildren(n, dim);
    } catch (IllegalArgumentException e) {
      // The dimension has no value in this index yet (speakers before the enricher runs).
      return null;
    }
  }

  private static Number specificValue(Facets facets, String dim, String value) throws IOException {
    try {
      return facets.getSpecificValue(dim, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
