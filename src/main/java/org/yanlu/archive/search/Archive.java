package org.yanlu.archive.search;

import java.util.List;
import java.util.function.Consumer;
import org.yanlu.archive.article.Article;

/**
 * The archive as the HTTP API and the command line see it: searches with facets, articles, quotes,
 * exports, themes and trends, and what the archive holds. It has two hosts, the embedded Lucene
 * index ({@link EmbeddedArchive}, the default) and SolrCloud, which answer alike because the same
 * code parses queries and analyses text on both. It speaks the archive's records, never Lucene or
 * SolrJ types, and is thread-safe.
 */
public interface Archive extends AutoCloseable {
  /**
   * One page of stories for a request, with facet counts over every matching article; a selected
   * value of a facet filters the hits but leaves that facet's other values counted as unselected.
   *
   * @throws BadQueryException when the query text is malformed
   * @throws IndexUnavailableException when the host cannot answer
   */
  SearchResult search(SearchRequest request);

  /**
   * Every matching article in the request's sort order, handed to {@code sink} as it is read, so
   * that memory stays flat however many there are; the request's page and size are ignored.
   */
  void export(SearchRequest request, Consumer<Hit> sink);

  /**
   * Every matching article as the archive holds it (without its paragraphs, which a list of
   * references does not need), in the request's sort order, handed to {@code sink} as read.
   */
  void exportArticles(SearchRequest request, Consumer<Article> sink);

  /**
   * The whole article with this id, its paragraphs marked for {@code query} when it is not blank.
   *
   * @throws ArticleNotFoundException when there is no such article
   */
  ArticleView article(String id, String query);

  /** One page of quotes, with quote counts per speaker and outlet. */
  QuoteResult quotes(QuoteRequest request);

  /** One curve per query of the request, with a point for every period of its range. */
  TrendTable trends(TrendRequest request);

  /** Every configured theme with its tagged articles per month over the archive's whole range. */
  List<ThemeSummary> themes();

  /** How many articles and quotes the archive holds, its size and when it was built. */
  ArchiveStats stats();

  /**
   * Picks up what was committed since the last search, at once rather than at the next scheduled
   * check (SolrCloud opens new searchers on each commit itself).
   */
  void refresh();

  /** Closes what the host holds open; searches running meanwhile finish first. */
  @Override
  void close();
}
