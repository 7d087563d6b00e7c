package org.yanlu.archive.search;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.yanlu.archive.article.Article;

/**
 * The archive on the embedded Lucene index: one folder, one JVM, nothing to install. It answers
 * from a warm {@link Searcher}, which a {@link LiveIndex} keeps on the newest commit.
 */
public final class EmbeddedArchive implements Archive {
  private final Searcher searcher;
  private final QuoteSearcher quotes;
  private final Trends trends;
  private final TimeLimit timeLimit;

  /** The archive of an open searcher, with these themes; closing it closes the searcher. */
  public EmbeddedArchive(Searcher searcher, ThemeCatalog themes) {
    this(searcher, themes, TimeLimit.DEFAULT);
  }

  /**
   * @param timeLimit how long a search, a quote search or a trend may take before it is given up
   *     with {@link SearchTimeoutException}
   */
  public EmbeddedArchive(Searcher searcher, ThemeCatalog themes, Duration timeLimit) {
    this.searcher = searcher;
    this.quotes = new QuoteSearcher(searcher);
    this.trends = new Trends(searcher, themes);
    this.timeLimit = TimeLimit.of(timeLimit);
  }

  /** The searcher this archive answers from, for the schedule that keeps it fresh. */
  public Searcher searcher() {
    return searcher;
  }

  @Override
  public SearchResult search(SearchRequest request) {
    return timeLimit.run(() -> NearQuotes.search(request, searcher::search));
  }

  @Override
  public void export(SearchRequest request, Consumer<Hit> sink) {
    searcher.export(request, sink);
  }

  @Override
  public void exportArticles(SearchRequest request, Consumer<Article> sink) {
    searcher.exportArticles(request, sink);
  }

  @Override
  public ArticleView article(String id, String query) {
    return searcher.article(id, query);
  }

  @Override
  public QuoteResult quotes(QuoteRequest request) {
    return timeLimit.run(() -> NearQuotes.quotes(request, quotes::search));
  }

  @Override
  public TrendTable trends(TrendRequest request) {
    return timeLimit.run(() -> trends.trends(request));
  }

  @Override
  public List<ThemeSummary> themes() {
    return timeLimit.run(trends::themes);
  }

  @Override
  public ArchiveStats stats() {
    return searcher.stats();
  }

  @Override
  public void refresh() {
    searcher.refresh();
  }

  @Override
  public void close() {
    timeLimit.close();
    searcher.close();
  }
}
