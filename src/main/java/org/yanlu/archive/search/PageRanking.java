package org.yanlu.archive.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollector;
import org.yanlu.archive.index.ArticleFields;

/**
 * How a request's page is ranked and cut: the pass that counts all hits and ranks the top ones,
 * then the page of stories (or articles) taken from them. Four ways, by what is asked:
 *
 * <ul>
 *   <li>a misremembered quote by relevance: a window of articles reranked by edit distance;
 *   <li>stories by relevance: ranked story by story in the counting pass ({@link RankedStories});
 *   <li>every article, no words and no selection: the counts kept per searcher, and the window
 *       ranked among the months that hold it ({@link DayCutoff});
 *   <li>otherwise: a window of articles, deduplicated into stories ({@link StoryCollapse#page}).
 * </ul>
 *
 * @param ranked the counts and the ranked hits
 * @param page the page cut from them
 * @param passages for a misremembered quote, the closest passage of each reranked hit
 */
record PageRanking(
    RankedHits ranked, StoryCollapse.Page page, Map<Integer, ApproximateQuotes.Match> passages) {

  static PageRanking of(
      FacetedIndexSearcher s,
      FacetsConfig config,
      SearchRequest request,
      Query match,
      DrillDownQuery query,
      ApproximateQuotes approximate)
      throws IOException {
    org.apache.lucene.search.Sort sort =
        request.sort() == Sort.RELEVANCE ? null : LuceneSorts.of(request.sort());
    int page = request.page();
    int size = request.size();
    Map<Integer, ApproximateQuotes.Match> passages = new HashMap<>();
    if (approximate != null && sort == null) {
      int window = Math.max(ApproximateQuotes.WINDOW, page * size);
      RankedHits ranked = RankedHits.count(s, config, query, null, window, request);
      ScoreDoc[] reranked =
          ApproximateRerank.rerank(s, approximate, ranked.top().scoreDocs, passages);
      return new PageRanking(
          ranked,
          request.collapse()
              ? StoryCollapse.firstInWindow(s, reranked, ranked.counts().stories(), page, size)
              : StoryCollapse.articles(reranked, ranked.counts().hits(), page, size),
          passages);
    }
    int window =
        request.collapse()
            ? StoryCollapse.window(page, size, s.articlesPerStory())
            : StoryCollapse.window(page, size);
    RankedHits ranked;
    if (match instanceof MatchAllDocsQuery && request.selectsEverything()) {
      RankedHits.Counted counted =
          s.everything(() -> RankedHits.count(s, config, query, null, window, request).counts());
      int browsed = request.collapse() ? StoryCollapse.window(page, size, counted) : window;
      ranked =
          new RankedHits(
              DayCutoff.rank(
                  s.forWindow(browsed),
                  query,
                  request.sort(),
                  sort,
                  browsed,
                  counted.facets().get(ArticleFields.FACET_MONTH)),
              counted,
              null);
    } else if (request.collapse() && sort == null) {
      ranked = RankedHits.countStories(s, config, query, page * size, request);
      return new PageRanking(
          ranked,
          StoryCollapse.ofStories(ranked.top().scoreDocs, ranked.counts().stories(), page, size),
          passages);
    } else {
      ranked = RankedHits.count(s, config, query, sort, window, request);
    }
    if (sort != null) {
      // Sorted by date, the hits still show their relevance score.
      TopFieldCollector.populateScores(ranked.top().scoreDocs, s, query);
    }
    ScoreDoc[] docs = ranked.top().scoreDocs;
    long hits = ranked.counts().hits();
    return new PageRanking(
        ranked,
        request.collapse()
            ? StoryCollapse.page(s, query, sort, docs, hits, ranked.counts().stories(), page, size)
            : StoryCollapse.articles(docs, hits, page, size),
        passages);
  }
}
