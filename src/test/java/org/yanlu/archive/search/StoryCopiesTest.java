package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.Indexer;
import org.yanlu.archive.index.SyndicatedCopies;
import org.yanlu.archive.index.SyndicatedCopies.Alteration;

/**
 * Every article holding an exact quote is reachable: the corpus with two syndicated copies of each
 * article (another headline, a by-line added), so that a quote from a story's body stands in three
 * articles of one story.
 */
class StoryCopiesTest {
  @TempDir static Path root;
  private static Searcher searcher;
  private static List<Article> originals;
  private static Map<String, Article> byId;

  @BeforeAll
  static void indexTheCorpusWithCopies() throws IOException {
    originals = CorpusIndex.articles();
    List<Article> all = SyndicatedCopies.withTwoCopiesEach(originals);
    byId = new HashMap<>();
    all.forEach(a -> byId.put(a.id(), a));
    new Indexer(new ArticleFields(), 2)
        .rebuild(root, all, Corpus.lastModified(CorpusIndex.CORPUS), IndexProgress.NONE);
    searcher = Searcher.open(root);
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  /** A stretch of an article's body, quoted. */
  private static String quoteOf(Article a) {
    String p = a.paragraphs().get(a.paragraphs().size() / 2);
    return "\"" + p.substring(0, Math.min(12, p.length())).replace("\"", "") + "\"";
  }

  /** The hit a result shows for the story of {@code original}. */
  private static Hit hitOfStory(SearchResult result, Article original) {
    return result.hits().stream()
        .filter(h -> h.id().startsWith(original.id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the story is found: " + original.id()));
  }

  /** The ids of a hit and of the copies it lists. */
  private static Set<String> hitAndCopies(Hit hit) {
    Set<String> story = new TreeSet<>(List.of(hit.id()));
    hit.copies().forEach(c -> story.add(c.id()));
    return story;
  }

  @Test
  void aCollapsedHitListsItsStorysOtherMatchingArticlesAsCopies() {
    for (Article a : originals) {
      SearchResult result = searcher.search(SearchRequest.builder(quoteOf(a)).size(100).build());
      Hit hit = hitOfStory(result, a);
      assertEquals(
          new TreeSet<>(List.of(a.id(), a.id() + "-headline", a.id() + "-line_added")),
          hitAndCopies(hit),
          "the hit and its copies are the three articles of the story");
      assertEquals(a.id(), hit.story(), "a story is named by its first article");
      assertTrue(result.articles() >= result.total() + 2, "articles count every copy");
      for (StoryCopy copy : hit.copies()) {
        Article listed = byId.get(copy.id());
        assertEquals(
            new StoryCopy(listed.id(), listed.title(), listed.source(), listed.date().text()),
            copy,
            "a copy is listed as indexed");
        assertTrue(!copy.title().isEmpty(), copy.toString());
      }
    }
  }

  @Test
  void aCopyIsListedOnlyWhenItMatchesTheSearchsSelectionsToo() {
    List<String> copyOutlets = List.of(Alteration.HEADLINE.outlet, Alteration.LINE_ADDED.outlet);
    int checked = 0;
    for (Article a : originals) {
      if (copyOutlets.contains(a.source())) {
        continue;
      }
      SearchResult result =
          searcher.search(SearchRequest.builder(quoteOf(a)).sources(copyOutlets).size(100).build());
      assertEquals(
          new TreeSet<>(List.of(a.id() + "-headline", a.id() + "-line_added")),
          hitAndCopies(hitOfStory(result, a)),
          "the original, of another outlet, is not listed among the copies");
      checked++;
    }
    assertTrue(checked > 0, "some originals are of other outlets than the copies");
  }

  @Test
  void withoutCollapseEveryMatchingArticleIsItsOwnHit() {
    Article a = originals.get(0);
    SearchRequest collapsed = SearchRequest.builder(quoteOf(a)).size(100).build();
    SearchResult stories = searcher.search(collapsed);
    SearchResult articles = searcher.search(collapsed.toBuilder().collapse(false).build());
    assertEquals(stories.articles(), articles.total());
    assertEquals(articles.total(), articles.articles());
    assertEquals(articles.total(), articles.hits().size());
    Map<String, String> storyOf = new TreeMap<>();
    articles.hits().forEach(h -> storyOf.put(h.id(), h.story()));
    assertEquals(a.id(), storyOf.get(a.id() + "-headline"));
    assertEquals(a.id(), storyOf.get(a.id() + "-line_added"));
    articles
        .hits()
        .forEach(h -> assertEquals(List.of(), h.copies(), "no copies when not collapsed"));
  }

  @Test
  void exportWritesEveryMatchingArticleWithItsStory() {
    Article a = originals.get(1);
    Map<String, String> exported = new TreeMap<>();
    searcher.export(SearchRequest.of(quoteOf(a)), h -> exported.put(h.id(), h.story()));
    assertEquals(a.id(), exported.get(a.id()));
    assertEquals(a.id(), exported.get(a.id() + "-headline"));
    assertEquals(a.id(), exported.get(a.id() + "-line_added"));
  }

  @Test
  void browsingTheArchiveCountsStoriesAndArticles() {
    SearchResult all = searcher.search(SearchRequest.of(""));
    assertEquals(originals.size(), all.total());
    assertEquals(3L * originals.size(), all.articles());
    assertEquals(
        3L * originals.size(),
        searcher.search(SearchRequest.builder("").collapse(false).build()).total());
  }
}
