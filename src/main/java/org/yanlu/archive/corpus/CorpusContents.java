package org.yanlu.archive.corpus;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yanlu.archive.article.Article;

/**
 * What reading a corpus gave: its articles in file order, the problems met on the way, the warnings
 * about articles kept but changed, and the records skipped, counted by reason.
 */
public record CorpusContents(
    List<Article> articles,
    List<CorpusProblem> problems,
    List<CorpusProblem> warnings,
    Map<String, Integer> skipped) {
  public CorpusContents {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
    skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
  }

  /** Contents with problems only, nothing skipped or warned about. */
  public CorpusContents(List<Article> articles, List<CorpusProblem> problems) {
    this(articles, problems, List.of(), Map.of());
  }

  /** The same contents with other articles, such as the enriched ones. */
  public CorpusContents withArticles(List<Article> newArticles) {
    return new CorpusContents(newArticles, problems, warnings, skipped);
  }
}
