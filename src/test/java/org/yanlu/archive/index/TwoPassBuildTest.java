package org.yanlu.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;

/**
 * A full build reads its articles twice instead of holding them (see {@link BuildArticles}): the
 * first pass for the stories, the second to index, with the preparing step on the indexing threads;
 * sources that change between the passes or an article that fails stop the build cleanly.
 */
class TwoPassBuildTest {
  private static List<Article> corpus;

  @TempDir Path root;

  @BeforeAll
  static void readCorpus() throws IOException {
    corpus = new Corpus(CorpusReaders.standard()).read(Path.of("corpus")).articles();
  }

  /** The corpus and a copy of each of its first 10 articles under another id and outlet. */
  private static List<Article> withCopies() {
    List<Article> copies = new ArrayList<>(corpus);
    for (int i = 0; i < 10; i++) {
      Article a = corpus.get(i);
      copies.add(renamed(a, "copy-" + i, "别的报"));
    }
    return copies;
  }

  /** The same headline, date and body under another id and outlet. */
  private static Article renamed(Article a, String id, String source) {
    return Article.read(
        id, a.title(), "", source, a.date(), "test", "", List.of(), a.paragraphs(), List.of(), "");
  }

  /** Articles made on demand, counting the passes, as a reader of files would give them. */
  private static final class CountedArticles implements BuildArticles {
    private final List<Article> articles;
    final AtomicInteger passes = new AtomicInteger();
    final Map<String, String> preparedOn = new HashMap<>();

    CountedArticles(List<Article> articles) {
      this.articles = articles;
    }

    @Override
    public void forEach(Reader reader) throws IOException {
      passes.incrementAndGet();
      for (Article a : articles) {
        reader.article(a);
      }
    }

    @Override
    public Article prepare(Article read) {
      synchronized (preparedOn) {
        preparedOn.put(read.id(), Thread.currentThread().getName());
      }
      return read.withThemes(List.of("prepared"));
    }
  }

  @Test
  void aBuildReadsItsArticlesTwiceAndGroupsStoriesAsTheWholeListWould() throws IOException {
    List<Article> articles = withCopies();
    CountedArticles source = new CountedArticles(articles);
    IndexSummary summary =
        new Indexer(new ArticleFields(), 2)
            .rebuild(root, source, 0L, IndexProgress.NONE, ThemeQueries.NONE);

    assertEquals(2, source.passes.get());
    assertEquals(articles.size(), summary.articles());
    Map<String, String> expected = StoryGroups.of(articles);
    Map<String, String> indexed = groupsIn(summary.generation());
    assertEquals(expected, indexed);
    for (int i = 0; i < 10; i++) {
      assertEquals(corpus.get(i).id(), indexed.get("copy-" + i), "copy-" + i);
    }
    // Prepared (enriched) on the indexing threads, not on the reading one.
    assertEquals(articles.size(), source.preparedOn.size());
    assertTrue(
        source.preparedOn.values().stream().noneMatch(t -> t.equals("main")),
        source.preparedOn.values().toString());
  }

  @Test
  void sourcesThatChangeBetweenThePassesFailTheBuildAndKeepTheIndexInUse() throws IOException {
    Indexer indexer = new Indexer(new ArticleFields(), 2);
    IndexSummary first = indexer.rebuild(root, corpus, 0L, IndexProgress.NONE);
    AtomicInteger passes = new AtomicInteger();
    BuildArticles changing =
        reader -> {
          List<Article> now =
              passes.incrementAndGet() == 1 ? corpus : corpus.subList(1, corpus.size());
          for (Article a : now) {
            reader.article(a);
          }
        };

    IOException e =
        assertThrows(
            IOException.class,
            () -> indexer.rebuild(root, changing, 0L, IndexProgress.NONE, ThemeQueries.NONE));
    assertTrue(e.getMessage().contains("the sources changed"), e.getMessage());
    assertEquals(first.generation(), new IndexSwap(root).current().orElseThrow());
  }

  @Test
  void anArticleThatFailsToIndexStopsTheBuildWithItsFailure() throws IOException {
    List<Article> many = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      many.addAll(corpus);
    }
    BuildArticles failing =
        new BuildArticles() {
          @Override
          public void forEach(Reader reader) throws IOException {
            int n = 0;
            for (Article a : many) {
              reader.article(renamed(a, "a-" + n++, a.source()));
            }
          }

          @Override
          public Article prepare(Article read) {
            if (read.id().equals("a-100")) {
              throw new IllegalStateException("enricher broke on a-100");
            }
            return read;
          }
        };

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                new Indexer(new ArticleFields(), 2)
                    .rebuild(root, failing, 0L, IndexProgress.NONE, ThemeQueries.NONE));
    assertEquals("enricher broke on a-100", e.getMessage());
    assertTrue(new IndexSwap(root).current().isEmpty());
  }

  private static Map<String, String> groupsIn(Path generation) throws IOException {
    Map<String, String> groups = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(generation))) {
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        Document d = reader.storedFields().document(doc);
        String group = d.get(StoryGroups.GROUP);
        if (group != null) {
          groups.put(d.get(ArticleFields.ID), group);
        }
      }
    }
    return groups;
  }
}
