package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.IndexSwap;
import org.yanlu.archive.index.Indexer;

/** A rebuild writes beside the index in use; the searcher answers from the old one throughout. */
class AtomicRebuildTest {
  private static final Path CORPUS = Path.of("corpus");

  @TempDir Path root;

  @Test
  void aRebuildThatFailsHalfwayLeavesTheOldIndexAnswering() throws IOException {
    List<Article> articles = new Corpus(CorpusReaders.standard()).read(CORPUS).articles();
    Indexer indexer = new Indexer(new ArticleFields(), 2);
    indexer.rebuild(root, articles, 1L, IndexProgress.NONE);
    Path before = new IndexSwap(root).current().orElseThrow();

    List<Article> failingHalfway =
        new AbstractList<>() {
          @Override
          public Article get(int i) {
            if (i == articles.size() / 2) {
              throw new IllegalStateException("the disk is full");
            }
            return articles.get(i);
          }

          @Override
          public int size() {
            return articles.size();
          }
        };
    try (Searcher searcher = Searcher.open(root)) {
      assertThrows(
          IllegalStateException.class,
          () -> indexer.rebuild(root, failingHalfway, 2L, IndexProgress.NONE));
      assertEquals(articles.size(), searcher.search(SearchRequest.of("")).total());
      searcher.refresh();
      assertEquals(articles.size(), searcher.search(SearchRequest.of("")).total());
    }
    assertEquals(before, new IndexSwap(root).current().orElseThrow());
    assertEquals(List.of(before), generations());
    try (Searcher reopened = Searcher.open(root)) {
      assertEquals(articles.size(), reopened.search(SearchRequest.of("")).total());
    }
  }

  @Test
  void aFinishedRebuildIsSwappedInAndPickedUpByRefresh() throws IOException {
    List<Article> articles = new Corpus(CorpusReaders.standard()).read(CORPUS).articles();
    Indexer indexer = new Indexer(new ArticleFields(), 2);
    indexer.rebuild(root, articles.subList(0, 3), 1L, IndexProgress.NONE);
    try (Searcher searcher = Searcher.open(root)) {
      assertEquals(3, searcher.search(SearchRequest.of("")).total());
      indexer.rebuild(root, articles, 2L, IndexProgress.NONE);
      assertEquals(3, searcher.search(SearchRequest.of("")).total());
      searcher.refresh();
      assertEquals(articles.size(), searcher.search(SearchRequest.of("")).total());
    }
  }

  private List<Path> generations() throws IOException {
    try (Stream<Path> list = Files.list(root.resolve(IndexSwap.GENERATIONS))) {
      return list.toList();
    }
  }
}
