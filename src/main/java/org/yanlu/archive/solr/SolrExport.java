package org.yanlu.archive.solr;

import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.search.Hit;
import org.yanlu.archive.search.QueryLanguage;
import org.yanlu.archive.search.SearchRequest;

/**
 * Exports from SolrCloud, read a batch at a time with Solr's cursor, so that memory stays flat
 * however many hits there are.
 */
final class SolrExport {
  /** Hits per request of an export. */
  private static final int EXPORT_BATCH = 500;

  private final QueryLanguage language;
  private final SolrQueries queries;
  private final SolrStoryHits storyHits;

  SolrExport(QueryLanguage language, SolrQueries queries, SolrStoryHits storyHits) {
    this.language = language;
    this.queries = queries;
    this.storyHits = storyHits;
  }

  /** Every hit of a request in its sort order, with its story and copies. */
  void hits(SearchRequest request, Consumer<Hit> sink) {
    Query highlight = language.highlight(request.query());
    ModifiableSolrParams params = queries.articles(request);
    params.set("sort", SolrQueries.sort(request.sort()));
    params.set("rows", EXPORT_BATCH);
    params.set("fl", SolrStoryHits.HIT_FIELDS);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = queries.query(params);
      SolrStoryHits.withStories(
              storyHits.hits(response.getResults(), highlight), response.getResults(), response)
          .forEach(sink);
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor) || response.getResults().isEmpty()) {
        return;
      }
      cursor = next;
    }
  }

  /** Every matching article as indexed, without its paragraphs, in the request's sort order. */
  void articles(SearchRequest request, Consumer<Article> sink) {
    ModifiableSolrParams params = queries.articles(request);
    params.set("sort", SolrQueries.sort(request.sort()));
    params.set("rows", EXPORT_BATCH);
    params.set("fl", ArticleFields.ID + "," + ArticleFields.ARTICLE_JSON);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = queries.query(params);
      for (SolrDocument d : response.getResults()) {
        sink.accept(
            ArticleFields.article(
                SolrDocs.string(d, ArticleFields.ID),
                SolrDocs.string(d, ArticleFields.ARTICLE_JSON),
                List.of()));
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor) || response.getResults().isEmpty()) {
        return;
      }
      cursor = next;
    }
  }
}
