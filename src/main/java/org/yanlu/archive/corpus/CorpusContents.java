package org.yanlu.archive.corpus;

import java.util.List;
import org.yanlu.archive.article.Article;

/** What reading a corpus gave: its articles in file order, and the problems met on the way. */
public record CorpusContents(List<Article> articles, List<CorpusProblem> problems) {
  public CorpusContents {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
  }
}
