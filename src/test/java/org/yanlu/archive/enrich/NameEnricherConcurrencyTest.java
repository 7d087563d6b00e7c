package org.yanlu.archive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;

/**
 * The indexer's threads share one name enricher without a lock: threads started together, from the
 * enricher's first article on, must find in the corpus exactly the names one thread finds.
 */
class NameEnricherConcurrencyTest {
  private static final int THREADS = 4;
  private static final int ROUNDS = 3;

  /** What an enricher found in one article. */
  private record Names(List<?> people, List<String> organisations, List<String> places) {
    static Names of(Article a) {
      return new Names(a.people(), a.organisations(), a.places());
    }
  }

  @Test
  void threadsFindWhatOneThreadFinds() throws Exception {
    List<Article> articles =
        new Corpus(CorpusReaders.standard()).read(Path.of("corpus")).articles();
    NameEnricher alone = new NameEnricher();
    List<Names> expected = articles.stream().map(a -> Names.of(alone.apply(a))).toList();
    assertFalse(expected.stream().allMatch(n -> n.people().isEmpty()), "the corpus names people");

    NameEnricher shared = new NameEnricher();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Names>>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * articles.size() / THREADS;
        runs.add(
            pool.submit(
                () -> {
                  // Each thread starts at another article, so that different texts meet.
                  Names[] found = new Names[articles.size()];
                  for (int round = 0; round < ROUNDS; round++) {
                    for (int k = 0; k < articles.size(); k++) {
                      int i = (offset + k) % articles.size();
                      found[i] = Names.of(shared.apply(articles.get(i)));
                    }
                  }
                  return List.of(found);
                }));
      }
      for (Future<List<Names>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
