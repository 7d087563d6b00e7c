package org.yanlu.archive.enrich;

import java.util.List;
import java.util.function.UnaryOperator;
import org.yanlu.archive.article.Article;

/** The enrichers every build runs, in order: names first, then speakers and their quotes. */
public final class Enrichers {
  private Enrichers() {}

  /** A new chain: each enricher is safe to share between the indexing threads. */
  public static List<UnaryOperator<Article>> standard() {
    return List.of(new NameEnricher(), new SpeechEnricher());
  }

  /** {@code article} after every enricher of {@code chain}. */
  public static Article apply(List<UnaryOperator<Article>> chain, Article article) {
    Article a = article;
    for (UnaryOperator<Article> enricher : chain) {
      a = enricher.apply(a);
    }
    return a;
  }
}
