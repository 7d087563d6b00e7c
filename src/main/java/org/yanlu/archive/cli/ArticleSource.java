package org.yanlu.archive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusContents;
import org.yanlu.archive.corpus.CorpusProblem;
import org.yanlu.archive.corpus.CorpusProblems;
import org.yanlu.archive.enrich.Enrichers;
import org.yanlu.archive.index.BuildArticles;

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
    return raw.withArticles(raw.articles().stream().map(this::enrich).toList());
  }

  /**
   * The corpus as a build reads it, twice (see {@link BuildArticles}): the enrichers run on the
   * indexing threads, and what reading met goes to {@code problems} from the first pass only.
   */
  BuildArticles forBuild(Path root, CorpusProblems problems) {
    return new BuildArticles() {
      private boolean readOnce;

      @Override
      public void forEach(Reader reader) throws IOException {
        CorpusProblems met = readOnce ? new CorpusProblems() : problems;
        readOnce = true;
        corpus.forEach(root, met, reader::article);
      }

      @Override
      public Article prepare(Article read) {
        return enrich(read);
      }
    };
  }

  /** Prints what reading met: problems first, then warnings about articles kept but changed. */
  static void printProblems(CorpusContents contents, PrintStream log) {
    for (CorpusProblem p : contents.problems()) {
      log.println("problem: " + p);
    }
    for (CorpusProblem w : contents.warnings()) {
      log.println("warning: " + w);
    }
  }

  Article enrich(Article article) {
    return Enrichers.apply(enrichers, article);
  }
}
