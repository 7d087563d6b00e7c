package org.yanlu.archive.solr.plugin;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.search.BadQueryException;
import org.yanlu.archive.search.QueryLanguage;

/**
 * The archive's query language inside Solr: {@code {!archive}数字中国 -广告} means there exactly what it
 * means on the embedded index, since the same code decides it. {@code {!archive mark=true}…} gives
 * the query whose matches the highlighter marks ({@code hl.q}).
 */
public final class ArchiveQParserPlugin extends QParserPlugin {
  /** The name a request uses: {@code defType=archive} or {@code {!archive}}. */
  public static final String NAME = "archive";

  /** The local parameter that asks for the highlighting query instead of the matching one. */
  public static final String MARK = "mark";

  /** Analyzers and dictionaries are loaded once per node, not per request. */
  private final QueryLanguage language = new QueryLanguage(new ArticleFields());

  @Override
  public QParser createParser(
      String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        boolean mark = localParams != null && localParams.getBool(MARK, false);
        try {
          return mark ? language.highlight(qstr) : language.match(qstr);
        } catch (BadQueryException e) {
          throw new SyntaxError(e.getMessage());
        }
      }
    };
  }
}
