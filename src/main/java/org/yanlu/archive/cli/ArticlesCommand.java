package org.yanlu.archive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.ArticleJson;
import org.yanlu.archive.corpus.CorpusContents;

/** {@code articles [--corpus DIR]}: prints every parsed article as one JSON line. */
final class ArticlesCommand {
  private final ArticleSource articles;

  ArticlesCommand(ArticleSource articles) {
    this.articles = articles;
  }

  int run(CommandLine line, PrintStream out, PrintStream err) throws IOException {
    Path corpus = line.path("corpus", Main.DEFAULT_CORPUS);
    CorpusContents contents = articles.read(corpus);
    for (Article a : contents.articles()) {
      out.println(ArticleJson.toLine(a));
    }
    ArticleSource.printProblems(contents, err);
    out.flush();
    return 0;
  }
}
