package org.yanlu.archive.enrich;

import java.util.function.UnaryOperator;
import org.yanlu.archive.article.Article;

/**
 * Adds an article's quotes: direct quotations and reported statements, each with its speaker, the
 * speaker's role and its paragraph, after the quotes the source itself gives. Titles, slogans and
 * terms in quotation marks are left out. Runs after {@link NameEnricher}.
 */
public final class QuoteEnricher implements UnaryOperator<Article> {
  private final SpeechReader reader = new SpeechReader();

  @Override
  public Article apply(Article article) {
    return withQuotesOf(article, reader.read(article));
  }

  /** The article with the quotes of what was read of it added after its source's own. */
  static Article withQuotesOf(Article article, SpeechReader.Speech speech) {
    // A quote the source gives is the same quote when its words are, whoever the reader says
    // spoke them: the source's speaker stands.
    return article.withSpeakers(
        article.speakers(),
        SourceFirst.merge(article.quotes(), speech.quotes(), q -> q.text().strip()));
  }
}
