package org.yanlu.archive.enrich;

import java.util.function.UnaryOperator;
import org.yanlu.archive.article.Article;

/**
 * Adds an article's quotes: direct quotations and reported statements, each with its speaker, the
 * speaker's role and its paragraph. Titles, slogans and terms in quotation marks are left out. Runs
 * after {@link NameEnricher}.
 */
public final class QuoteEnricher implements UnaryOperator<Article> {
  private final SpeechReader reader = new SpeechReader();

  @Override
  public Article apply(Article article) {
    return article.withSpeakers(article.speakers(), reader.read(article).quotes());
  }
}
