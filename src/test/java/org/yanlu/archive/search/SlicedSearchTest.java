package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IncrementalIndexer;
import org.yanlu.archive.index.IndexChanges;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.Indexer;
import org.yanlu.archive.index.SyndicatedCopies;

/**
 * A search cut into slices searched at once answers exactly as one thread searching every segment
 * in turn: the same page, the same ties, the same facet counts (counted segment by segment on the
 * slice threads), stories and copies.
 */
class SlicedSearchTest {
  @TempDir Path root;

  @Test
  void slicesSearchedAtOnceAnswerAsOneThreadDoes() throws Exception {
    List<Article> all = SyndicatedCopies.withTwoCopiesEach(CorpusIndex.articles());
    // A build and then three additions: four segments at least, so that there are slices to cut.
    int quarter = all.size() / 4;
    new Indexer(new ArticleFields(), 2)
        .rebuild(root, all.subList(0, quarter), 0L, IndexProgress.NONE);
    for (int i = 1; i < 4; i++) {
      List<Article> batch = all.subList(i * quarter, i == 3 ? all.size() : (i + 1) * quarter);
      new IncrementalIndexer(new ArticleFields())
          .apply(root, IndexChanges.adding(batch), Optional.empty());
    }
    List<String> queries = List.of("", "人工智能", "5G 发展", "\"数字经济\"", "网络 -安全", "\"人工智能的发展\"~");
    try (Searcher one = Searcher.open(root, SliceThreads.of(1, 1));
        Searcher sliced = Searcher.open(root, SliceThreads.of(3, 1))) {
      assertEquals(1, (int) one.withSearcher(s -> s.getSlices().length));
      assertTrue(sliced.withSearcher(s -> s.getSlices().length) > 1, "the search is cut");
      try (Searcher two = Searcher.open(root, SliceThreads.of(2, 1))) {
        assertTrue(
            two.withSearcher(s -> s.getSlices().length) > 2,
            "cut finer than a slice per thread, so that a thread done first takes the next");
      }
      try (Searcher small =
          Searcher.open(root, SliceThreads.of(3, SliceThreads.MIN_DOCS_PER_SLICE))) {
        assertEquals(
            1,
            (int) small.withSearcher(s -> s.getSlices().length),
            "an index this small is not worth cutting");
      }
      int compared = 0;
      Map<SearchRequest, SearchResult> answers = new LinkedHashMap<>();
      for (String q : queries) {
        for (Sort sort : Sort.values()) {
          for (boolean collapse : new boolean[] {true, false}) {
            for (List<String> outlets : List.of(List.<String>of(), List.of("人民日报"))) {
              for (int page = 1; page <= 2; page++) {
                SearchRequest request =
                    SearchRequest.builder(q)
                        .sort(sort)
                        .collapse(collapse)
                        .sources(outlets)
                        .page(page)
                        .size(4)
                        .build();
                SearchResult expected = one.search(request);
                assertSameAnswer(expected, sliced.search(request), request);
                answers.put(request, expected);
                compared += expected.hits().size();
              }
            }
          }
        }
      }
      assertTrue(compared > 200, "pages of hits were compared: " + compared);
      // A page this deep keeps a window of thousands, searched one slice per thread: the counts
      // and facets still answer as one thread's (the page itself is past the last hit).
      for (String q : queries) {
        for (Sort sort : Sort.values()) {
          SearchRequest deep = SearchRequest.builder(q).sort(sort).page(20).size(100).build();
          assertSameAnswer(one.search(deep), sliced.search(deep), deep);
        }
      }

      // Searches at once share the slice threads, facet counting included: each still answers as
      // when it ran alone.
      List<SearchRequest> requests = new ArrayList<>(answers.keySet());
      ExecutorService callers = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> running = new ArrayList<>();
        for (int caller = 0; caller < 4; caller++) {
          List<SearchRequest> order = new ArrayList<>(requests);
          Collections.shuffle(order, new Random(caller));
          running.add(
              callers.submit(
                  () -> {
                    for (SearchRequest request : order) {
                      assertSameAnswer(answers.get(request), sliced.search(request), request);
                    }
                    return null;
                  }));
        }
        for (Future<?> caller : running) {
          caller.get();
        }
      } finally {
        callers.shutdownNow();
      }
    }
  }

  private static void assertSameAnswer(
      SearchResult expected, SearchResult actual, SearchRequest request) {
    String what = request.toString();
    assertEquals(expected.total(), actual.total(), what);
    assertEquals(expected.articles(), actual.articles(), what);
    assertEquals(expected.hits(), actual.hits(), what);
    assertEquals(expected.facets(), actual.facets(), what);
  }
}
