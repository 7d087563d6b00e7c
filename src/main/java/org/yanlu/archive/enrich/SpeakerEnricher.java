package org.yanlu.archive.enrich;

import java.util.function.UnaryOperator;
import org.yanlu.archive.article.Article;

/**
 * Adds an article's speakers: the people it reports as speaking, stating, presenting or being
 * interviewed, and the people its headings name ({@code 达闼科技黄晓庆：}), after the speakers the source
 * itself gives. Runs after {@link NameEnricher}.
 */
public final class SpeakerEnricher implements UnaryOperator<Article> {
  private final SpeechReader reader = new SpeechReader();

  @Override
  public Article apply(Article article) {
    return withSpeakersOf(article, reader.read(article));
  }

  /** The article with the speakers of what was read of it added after its source's own. */
  static Article withSpeakersOf(Article article, SpeechReader.Speech speech) {
    return article.withSpeakers(
        SourceFirst.merge(article.speakers(), speech.speakers()), article.quotes());
  }
}
