package org.yanlu.archive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.enrich.Enrichers;
import org.yanlu.archive.index.BuildArticles;

/**
 * The growth series' whole build ({@code GrowthStep --enrich yes}) enriches the synthetic articles
 * as {@code index} enriches a corpus, so that it pays for names and quotes as a real build does.
 */
class SyntheticCorpusTest {
  @Test
  void theEnrichedBuildFindsWhatTheEnrichersFindInEachArticle() throws IOException {
    List<Article> real = new Corpus(CorpusReaders.standard()).read(Path.of("corpus")).articles();
    SyntheticCorpus synthetic = SyntheticCorpus.from(real, 42);
    int size = 40;

    List<Article> plain = prepared(synthetic.first(size));
    List<Article> enriched = prepared(synthetic.enriched(size));

    assertEquals(size, enriched.size());
    assertTrue(plain.stream().allMatch(a -> a.quotes().isEmpty() && a.people().isEmpty()));
    long withQuotes = enriched.stream().filter(a -> !a.quotes().isEmpty()).count();
    long withPeople = enriched.stream().filter(a -> !a.people().isEmpty()).count();
    // The real paragraphs hold 86 quotes; articles drawn from them hold quotes and speakers too.
    assertTrue(withQuotes > size / 2, "articles with quotes: " + withQuotes);
    assertTrue(withPeople > size / 2, "articles with people: " + withPeople);
    for (int i = 0; i < size; i++) {
      assertEquals(Enrichers.apply(Enrichers.standard(), plain.get(i)), enriched.get(i));
    }
  }

  /** The articles as a build takes them: read, then prepared on an indexing thread. */
  private static List<Article> prepared(BuildArticles articles) throws IOException {
    List<Article> out = new ArrayList<>();
    articles.forEach(a -> out.add(articles.prepare(a)));
    return out;
  }
}
