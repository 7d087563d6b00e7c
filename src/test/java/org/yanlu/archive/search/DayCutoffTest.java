package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.index.ArticleFields;

/** Browsing by date ranks among the months that hold the page, and answers as ranking all. */
class DayCutoffTest {
  @TempDir Path root;

  @Test
  void theMonthsThatHoldAWindowRankItAsEveryArticleDoes() throws IOException {
    try (Searcher searcher = CorpusIndex.build(root)) {
      SearchResult all = searcher.search(SearchRequest.of(""));
      List<FacetCount> months = all.facets().get(ArticleFields.FACET_MONTH);
      assertTrue(months.size() > 3, "articles of several months: " + months);
      Query everything = searcher.drillDown(SearchRequest.of(""), new MatchAllDocsQuery());
      int ranked = 0;
      for (Sort order : List.of(Sort.DATE_DESC, Sort.DATE_ASC)) {
        org.apache.lucene.search.Sort sort = LuceneSorts.of(order);
        assertNotNull(DayCutoff.days(order, months, 1), "one article is held by one month");
        assertNull(
            DayCutoff.days(order, months, (int) all.articles() + 1),
            "no months hold more than every article");
        for (int topN = 1; topN <= all.articles() + 2; topN++) {
          int n = topN;
          ScoreDoc[] cut =
              searcher.withSearcher(
                  s -> DayCutoff.rank(s, everything, order, sort, n, months).scoreDocs);
          ScoreDoc[] whole =
              searcher.withSearcher(s -> RankedHits.rankOnly(s, everything, sort, n).scoreDocs);
          assertArrayEquals(docs(whole), docs(cut), order + " top " + n);
          ranked += cut.length;
        }
      }
      assertTrue(ranked > 100, "windows compared: " + ranked);
    }
  }

  @Test
  void relevanceAndTheTimeAddedAreNotCut() {
    List<FacetCount> months = List.of(new FacetCount("2020-05", 10, false));
    assertNull(DayCutoff.days(Sort.RELEVANCE, months, 5));
    assertNull(DayCutoff.days(Sort.ADDED_DESC, months, 5));
  }

  private static int[] docs(ScoreDoc[] hits) {
    return Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
  }
}
