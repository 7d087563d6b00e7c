package org.yanlu.archive.solr;

import java.time.Duration;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.search.QueryLanguage;
import org.yanlu.archive.search.SearchTimeoutException;

/**
 * The requests the SolrCloud host builds on: query text in the archive's language (parsed here
 * first, so that a malformed query is the archive's 400 before Solr is asked) and searches within
 * the time limit, on the archive's alias.
 */
final class SolrQueries {
  private final SolrCloud cloud;
  private final String alias;
  private final QueryLanguage language;
  private final Duration timeLimit;

  SolrQueries(SolrCloud cloud, String alias, QueryLanguage language, Duration timeLimit) {
    this.cloud = cloud;
    this.alias = alias;
    this.language = language;
    this.timeLimit = timeLimit;
  }

  /** The query text in the archive's language, or every document when it is blank. */
  ModifiableSolrParams text(String text) {
    language.match(text);
    ModifiableSolrParams params = new ModifiableSolrParams();
    if (text == null || text.isBlank()) {
      params.set("q", "*:*");
      params.set("defType", "lucene");
    } else {
      params.set("q", text);
      params.set("defType", "archive");
    }
    return params;
  }

  /**
   * Runs a search with the time limit: Solr stops collecting at {@code timeAllowed} and says its
   * results are partial, which would be wrong counts, so it is the archive's 503 instead.
   */
  QueryResponse limited(ModifiableSolrParams params) {
    params.set("timeAllowed", String.valueOf(timeLimit.toMillis()));
    QueryResponse response = cloud.query(alias, params);
    Object partial =
        response.getHeader() == null ? null : response.getHeader().get("partialResults");
    if (Boolean.TRUE.equals(partial) || "true".equals(String.valueOf(partial))) {
      throw new SearchTimeoutException(timeLimit);
    }
    return response;
  }

  /** Runs a request without a time limit (an article, the counts behind the archive's range). */
  QueryResponse query(ModifiableSolrParams params) {
    return cloud.query(alias, params);
  }

  /** The filter that keeps articles (not their quotes' documents). */
  static String isArticle() {
    return ArticleFields.KIND + ":" + ArticleFields.KIND_ARTICLE;
  }
}
