package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IncrementalIndexer;
import org.yanlu.archive.index.IndexChanges;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.Indexer;

/**
 * Every article records when it entered the archive, apart from its publication date: a first build
 * stamps its articles, {@code index --add} stamps new ones, and a replacement or a rebuild keeps an
 * article's first time, so that "new" means new to the archive.
 */
class AddedTimesTest {
  private static final Path FIXTURE = Path.of("src/test/resources/jsonl/exports-2020-10.jsonl");

  @TempDir Path root;

  @Test
  void aRebuildKeepsEachArticlesFirstTimeAndAnAddStampsOnlyNewArticles() throws Exception {
    List<Article> corpus = CorpusIndex.articles();
    List<Article> fixture = new Corpus(CorpusReaders.standard()).read(FIXTURE).articles();
    Instant beforeBuild = Instant.now();
    rebuild(corpus);
    Instant afterBuild = Instant.now();
    Map<String, Instant> first = times();
    assertEquals(corpus.size(), first.size());
    for (Instant t : first.values()) {
      assertFalse(t.isBefore(beforeBuild.minusMillis(1)) || t.isAfter(afterBuild), t.toString());
    }

    Thread.sleep(5);
    Article replaced = corpus.get(3);
    Article renamed = retitled(replaced, "改过标题的同一篇文章");
    Article added = fixture.get(0);
    new IncrementalIndexer(new ArticleFields())
        .apply(root, IndexChanges.adding(List.of(renamed, added)), Optional.empty());
    Map<String, Instant> second = times();
    assertEquals(first.get(replaced.id()), second.get(replaced.id()), "a replacement keeps it");
    assertTrue(second.get(added.id()).isAfter(afterBuild), "a new article is stamped now");

    Thread.sleep(5);
    List<Article> grown = new ArrayList<>(corpus);
    grown.add(added);
    grown.add(fixture.get(1));
    rebuild(grown);
    Map<String, Instant> third = times();
    for (Article a : corpus) {
      assertEquals(first.get(a.id()), third.get(a.id()), "the rebuild kept " + a.id());
    }
    assertEquals(second.get(added.id()), third.get(added.id()));
    assertTrue(third.get(fixture.get(1).id()).isAfter(second.get(added.id())));
  }

  @Test
  void sinceKeepsOnlyArticlesAddedAfterItAndAddedOrderPutsTheNewestFirst() throws Exception {
    List<Article> corpus = CorpusIndex.articles();
    rebuild(corpus);
    Instant built = times().values().iterator().next();
    Thread.sleep(5);
    Article added = new Corpus(CorpusReaders.standard()).read(FIXTURE).articles().get(0);
    new IncrementalIndexer(new ArticleFields())
        .apply(root, IndexChanges.adding(List.of(added)), Optional.empty());
    try (Searcher searcher = Searcher.open(root)) {
      SearchRequest all = SearchRequest.builder("").size(100).build();
      assertEquals(
          1,
          searcher.search(all.toBuilder().since(built).build()).total(),
          "only the added article");
      assertEquals(
          added.id(),
          searcher.search(all.toBuilder().since(built).build()).hits().get(0).id(),
          "and it is that");
      assertEquals(0, searcher.search(all.toBuilder().since(Instant.now()).build()).total());
      long everything = searcher.search(all).total();
      assertEquals(
          everything, searcher.search(all.toBuilder().since(built.minusMillis(1)).build()).total());

      List<Hit> newest = searcher.search(all.toBuilder().sort(Sort.ADDED_DESC).build()).hits();
      assertEquals(added.id(), newest.get(0).id());
      for (int i = 1; i < newest.size(); i++) {
        Hit before = newest.get(i - 1);
        Hit after = newest.get(i);
        assertNotNull(after.added());
        assertFalse(after.added().isAfter(before.added()), "newest added first");
        if (after.added().equals(before.added()) && before.date() != null && after.date() != null) {
          assertTrue(before.date().compareTo(after.date()) >= 0, "then newest published first");
        }
      }
      assertEquals(
          1,
          searcher.search(SearchRequest.builder("联通").since(built).build()).total(),
          "a query and since together");
    }
  }

  private void rebuild(List<Article> articles) throws Exception {
    new Indexer(new ArticleFields(), 2).rebuild(root, articles, 0L, IndexProgress.NONE);
  }

  /** Each article's time, as a search reads it back. */
  private Map<String, Instant> times() {
    Map<String, Instant> times = new HashMap<>();
    try (Searcher searcher = Searcher.open(root)) {
      searcher.export(
          SearchRequest.builder("").size(SearchRequest.MAX_SIZE).build(),
          hit -> times.put(hit.id(), hit.added()));
    }
    return times;
  }

  private static Article retitled(Article a, String title) {
    return new Article(
        a.id(),
        title,
        a.subtitle(),
        a.source(),
        a.date(),
        a.publication(),
        a.issue(),
        a.pages(),
        a.paragraphs(),
        a.sections(),
        a.speakers(),
        a.quotes(),
        a.people(),
        a.organisations(),
        a.places(),
        a.themes(),
        a.url());
  }
}
