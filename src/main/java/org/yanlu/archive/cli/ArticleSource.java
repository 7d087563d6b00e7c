package org.yanlu.archive.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusContents;

/** The corpus readers followed by the enrichers: what every command takes articles from. */
final class ArticleSource {
  private final Corpus corpus;
  private final List<UnaryOperator<Article>> enrichers;

  ArticleSource(Corpus corpus, List<UnaryOperator<Article>> enrichers) {
    this.corpus = corpus;
    this.enrichers = List.copyOf(enrichers);
  }

  CorpusContents read(Path root) throws IOException {
    CorpusContents raw = corpus.read(root);
    return new CorpusContents(raw.articles().stream().map(this::enrich).toList(), raw.problems());
  }

  Article enrich(Article article) {
    Article a = article;
    for (UnaryOperator<Article> enricher : enrichers) {
      a = enricher.apply(a);
    }
    return a;
  }
}
