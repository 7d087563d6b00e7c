package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.Indexer;
import org.yanlu.archive.index.SyndicatedCopies;

/** Syndicated copies in an index: each story listed once, every outlet counted. */
class StoryCollapseTest {
  @TempDir Path root;

  @Test
  void everyPageListsDistinctStoriesAndTheTotalCountsStories() throws IOException {
    List<Article> originals = CorpusIndex.articles();
    List<Article> all = SyndicatedCopies.withTwoCopiesEach(originals);
    new Indexer(new ArticleFields(), 2)
        .rebuild(root, all, Corpus.lastModified(CorpusIndex.CORPUS), IndexProgress.NONE);
    try (Searcher searcher = Searcher.open(root)) {
      java.util.Map<String, String> outletOf = new java.util.HashMap<>();
      all.forEach(a -> outletOf.put(a.id(), a.source()));
      for (Sort sort : Sort.values()) {
        Set<String> stories = new HashSet<>();
        SearchRequest first = SearchRequest.builder("").sort(sort).size(5).build();
        SearchResult page = searcher.search(first);
        assertEquals(originals.size(), page.total(), sort.name());
        for (int p = 1; (p - 1) * 5 < page.total(); p++) {
          for (Hit hit : searcher.search(first.toBuilder().page(p).size(5).build()).hits()) {
            String story = hit.id().replaceAll("-(headline|line_added)$", "");
            assertTrue(stories.add(story), sort + " lists a story twice: " + hit.id());
            Set<String> others = new HashSet<>(List.of(outletOf.get(story), "人民日报", "C114通信网"));
            others.remove(hit.source());
            others.remove("");
            assertEquals(others, new HashSet<>(hit.alsoIn()), hit.id());
          }
        }
        assertEquals(
            originals.stream().map(Article::id).collect(java.util.stream.Collectors.toSet()),
            stories,
            sort.name());
      }
      SearchResult browse = searcher.search(SearchRequest.of(""));
      long carriedBy人民日报 =
          browse.facets().get("source").stream()
              .filter(c -> c.value().equals("人民日报"))
              .mapToLong(FacetCount::count)
              .sum();
      assertEquals(
          all.stream().filter(a -> a.source().equals("人民日报")).count(),
          carriedBy人民日报,
          "every article of an outlet counts, copies included");
    }
  }

  @Test
  void pagesOfAWordDeepAmongCopiesListEveryStoryOnce() throws IOException {
    List<Article> all = SyndicatedCopies.withTwoCopiesEach(CorpusIndex.articles());
    new Indexer(new ArticleFields(), 2)
        .rebuild(root, all, Corpus.lastModified(CorpusIndex.CORPUS), IndexProgress.NONE);
    try (Searcher searcher = Searcher.open(root)) {
      for (Sort sort : List.of(Sort.RELEVANCE, Sort.DATE_DESC)) {
        // Three articles a story: a window of twice a page's depth holds too few stories, so
        // every page past the first is found in a wider window.
        SearchRequest first = SearchRequest.builder("发展").sort(sort).size(4).build();
        Set<String> matching = new HashSet<>();
        searcher.export(first, hit -> matching.add(storyOf(hit)));
        assertTrue(matching.size() > 10, "a word of many stories: " + matching.size());
        List<String> listed = new java.util.ArrayList<>();
        long total = searcher.search(first).total();
        for (int p = 1; (p - 1) * 4 < total; p++) {
          searcher.search(first.toBuilder().page(p).build()).hits().stream()
              .map(StoryCollapseTest::storyOf)
              .forEach(listed::add);
        }
        assertEquals(matching.size(), total, sort.name());
        assertEquals(listed.size(), new HashSet<>(listed).size(), sort + " lists a story twice");
        assertEquals(matching, new HashSet<>(listed), sort.name());
      }
    }
  }

  @Test
  void aStoryIsShownByItsEarliestCopyOfItsBestScoreWhereverThatCopyRanks() throws IOException {
    // Forty copies of one article, word for word, carried by forty outlets; the one indexed last
    // ran first. A quote of it ranks every copy equal, so a window of the first few hits held the
    // story but not its earliest copy.
    List<Article> originals = CorpusIndex.articles();
    Article original = originals.stream().filter(a -> a.date().isKnown()).findFirst().orElseThrow();
    java.time.LocalDate day = original.date().day();
    List<Article> all = new java.util.ArrayList<>(originals);
    int copies = 40;
    for (int i = 1; i <= copies; i++) {
      java.time.LocalDate ran = i == copies ? day.minusDays(1) : day.plusDays(copies - i);
      all.add(
          SyndicatedCopies.verbatim(
              original,
              original.id() + "-copy-" + i,
              "转载媒体" + i,
              ArticleDate.ofDay(ran.getYear(), ran.getMonthValue(), ran.getDayOfMonth())));
    }
    // One thread: the articles take doc ids in the order listed.
    new Indexer(new ArticleFields(), 1)
        .rebuild(root, all, Corpus.lastModified(CorpusIndex.CORPUS), IndexProgress.NONE);
    String quote = original.paragraphs().get(0).substring(0, 12);
    try (Searcher searcher = Searcher.open(root)) {
      for (int size : List.of(1, 5)) {
        SearchResult result =
            searcher.search(SearchRequest.builder("\"" + quote + "\"").size(size).build());
        assertEquals(1, result.total(), "one story: " + quote);
        assertEquals(copies + 1, result.articles());
        assertEquals(original.id() + "-copy-" + copies, result.hits().get(0).id(), "size " + size);
      }
    }
  }

  @Test
  void aPageOfStoriesIsCutFromMoreHitsWhereStoriesHaveMoreCopies() {
    assertEquals(20, StoryCollapse.window(1, 10, 1.0), "twice the page without copies");
    assertEquals(45, StoryCollapse.window(1, 10, 3.0), "half as many again as three copies each");
    assertEquals(StoryCollapse.MAX_WINDOW, StoryCollapse.window(1000, 10, 50.0), "and bounded");
  }

  private static String storyOf(Hit hit) {
    return hit.id().replaceAll("-(headline|line_added)$", "");
  }

  @Test
  void anArticleWithoutCopiesHasNoAlsoIn() throws IOException {
    try (Searcher searcher = CorpusIndex.build(root)) {
      SearchResult result = searcher.search(SearchRequest.of(""));
      assertEquals(CorpusIndex.articles().size(), result.total());
      result.hits().forEach(h -> assertEquals(List.of(), h.alsoIn(), h.id()));
    }
  }
}
