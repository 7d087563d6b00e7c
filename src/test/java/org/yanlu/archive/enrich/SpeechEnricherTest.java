package org.yanlu.archive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;

/** The commands' one reading of each article's speech gives what the two enrichers in turn did. */
class SpeechEnricherTest {
  @Test
  void oneReadingAddsTheSameSpeakersAndQuotesAsTheTwoEnrichersInTurn() throws Exception {
    NameEnricher names = new NameEnricher();
    SpeakerEnricher speakers = new SpeakerEnricher();
    QuoteEnricher quotes = new QuoteEnricher();
    SpeechEnricher speech = new SpeechEnricher();
    List<Article> corpus = new Corpus(CorpusReaders.standard()).read(Path.of("corpus")).articles();
    int quoted = 0;
    for (Article a : corpus) {
      Article named = names.apply(a);
      Article inTurn = quotes.apply(speakers.apply(named));
      Article once = speech.apply(named);
      assertEquals(inTurn, once, a.id());
      quoted += once.quotes().size();
    }
    assertTrue(quoted > 80, "the corpus's quotes are found: " + quoted);
  }
}
