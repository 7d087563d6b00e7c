package org.yanlu.archive.enrich;

import java.util.function.UnaryOperator;
import org.yanlu.archive.article.Article;

/**
 * Adds an article's speakers and quotes from one reading of its speech: what {@link
 * SpeakerEnricher} and then {@link QuoteEnricher} add, with the article read once rather than twice
 * (the reading does not depend on the speakers the first adds). Runs after {@link NameEnricher}; it
 * is what the archive's commands run.
 */
public final class SpeechEnricher implements UnaryOperator<Article> {
  private final SpeechReader reader = new SpeechReader();

  @Override
  public Article apply(Article article) {
    SpeechReader.Speech speech = reader.read(article);
    return QuoteEnricher.withQuotesOf(SpeakerEnricher.withSpeakersOf(article, speech), speech);
  }
}
