package org.yanlu.archive.search;

import java.util.List;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.yanlu.archive.index.ArticleFields;

/**
 * The archive's query language as Lucene queries, for a host that runs them itself: the Solr query
 * parser plugin asks it what a query means, so that both hosts decide it with the same code. It is
 * thread-safe; each call parses with a parser of its own.
 */
public final class QueryLanguage {
  private final ArticleFields fields;

  public QueryLanguage(ArticleFields fields) {
    this.fields = fields;
  }

  /**
   * The query that selects what {@code text} asks for; blank text selects everything.
   *
   * @throws BadQueryException with a bilingual message when the text is malformed
   */
  public Query match(String text) {
    return new ArchiveQueryParser(fields).parseText(text).match();
  }

  /**
   * The query whose matches the highlighter marks in {@code body_exact}, or one that marks nothing
   * when the text has no words or quotes.
   *
   * @throws BadQueryException with a bilingual message when the text is malformed
   */
  public Query highlight(String text) {
    Query highlight = new ArchiveQueryParser(fields).parseText(text).highlight();
    return highlight == null ? new MatchNoDocsQuery("nothing to mark") : highlight;
  }

  /**
   * The ranking of the query's approximate quotes ({@code "…"~}), or null when it has none.
   *
   * @throws BadQueryException with a bilingual message when the text is malformed
   */
  public ApproximateQuotes approximate(String text) {
    List<String> quotes = new ArchiveQueryParser(fields).parseText(text).approximate();
    return quotes.isEmpty() ? null : new ApproximateQuotes(quotes);
  }

  /**
   * The query text with its exact quotes taken approximately, for the closest passages when they
   * found nothing; null when it has no quote that can be.
   */
  public static String approximately(String text) {
    return QuerySyntax.approximately(text);
  }
}
