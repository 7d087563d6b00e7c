package org.yanlu.archive.solr;

import java.time.Duration;
import java.time.LocalDate;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.search.QueryLanguage;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.SearchTimeoutException;
import org.yanlu.archive.search.Sort;

/**
 * The requests the SolrCloud host builds on: query text in the archive's language (parsed here
 * first, so that a malformed query is the archive's 400 before Solr is asked), the articles a
 * search request keeps and their order, and searches within the time limit, on the archive's alias.
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

  /** The articles a search request keeps: its words, dates and selected facet values. */
  ModifiableSolrParams articles(SearchRequest request) {
    ModifiableSolrParams params = text(request.query());
    params.add("fq", isArticle());
    LocalDate from = request.fromDay();
    LocalDate to = request.toDay();
    if (from != null || to != null) {
      params.add(
          "fq",
          ArticleFields.DAY
              + ":["
              + (from == null ? "*" : from.toEpochDay())
              + " TO "
              + (to == null ? "*" : to.toEpochDay())
              + "]");
    }
    if (request.since() != null) {
      // After the instant: a time of the same millisecond (or earlier) was there already.
      params.add("fq", ArticleFields.ADDED + ":{" + request.since().toEpochMilli() + " TO *]");
    }
    request.selections().forEach((dim, values) -> SolrFacets.select(params, dim, values));
    return params;
  }

  /** Newest added first; articles added together (a whole first build) newest published first. */
  private static String addedOrder() {
    return ArticleFields.ADDED
        + " desc,"
        + ArticleFields.DAY
        + " desc,score desc,"
        + ArticleFields.ID
        + " asc";
  }

  /** Solr's sort for an order of the archive; ties go to the lower id, as on the embedded index. */
  static String sort(Sort sort) {
    return switch (sort) {
      case RELEVANCE -> "score desc," + ArticleFields.ID + " asc";
      case DATE_DESC -> ArticleFields.DAY + " desc,score desc," + ArticleFields.ID + " asc";
      case DATE_ASC -> ArticleFields.DAY + " asc,score desc," + ArticleFields.ID + " asc";
      case ADDED_DESC -> addedOrder();
    };
  }

  /** The filter that keeps articles (not their quotes' documents). */
  static String isArticle() {
    return ArticleFields.KIND + ":" + ArticleFields.KIND_ARTICLE;
  }
}
