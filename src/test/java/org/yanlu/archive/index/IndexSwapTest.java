package org.yanlu.archive.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;

/** The generation pointer: when an index counts as missing or stale. */
class IndexSwapTest {
  private static final Path CORPUS = Path.of("corpus");

  @TempDir Path root;

  @Test
  void anIndexIsStaleWhenMissingOrBuiltFromAnotherCorpusState() throws IOException {
    IndexSwap swap = new IndexSwap(root);
    long corpusTime = Corpus.lastModified(CORPUS);
    assertTrue(swap.isStale(corpusTime));
    List<Article> articles = new Corpus(CorpusReaders.standard()).read(CORPUS).articles();
    new Indexer(new ArticleFields(), 1)
        .rebuild(root, articles.subList(0, 2), corpusTime, IndexProgress.NONE);
    assertFalse(swap.isStale(corpusTime));
    assertTrue(swap.isStale(corpusTime + 1000));
  }

  @Test
  void aPointerToAMissingGenerationMeansNoIndex() throws IOException {
    Files.writeString(root.resolve(IndexSwap.CURRENT), "gone\n");
    assertTrue(new IndexSwap(root).current().isEmpty());
  }
}
