package org.yanlu.archive.enrich;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;

/**
 * A corpus read by the standard readers and enriched with names, speakers and quotes in the order
 * the command line runs them: the articles as the product indexes them, for tests of other
 * packages.
 */
public final class EnrichedCorpus {
  private EnrichedCorpus() {}

  public static List<Article> read(Path corpus) throws IOException {
    NameEnricher names = new NameEnricher();
    SpeakerEnricher speakers = new SpeakerEnricher();
    QuoteEnricher quotes = new QuoteEnricher();
    return new Corpus(CorpusReaders.standard())
        .read(corpus).articles().stream()
            .map(a -> quotes.apply(speakers.apply(names.apply(a))))
            .toList();
  }
}
