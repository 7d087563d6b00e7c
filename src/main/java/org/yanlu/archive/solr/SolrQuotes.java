package org.yanlu.archive.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.search.ApproximateQuotes;
import org.yanlu.archive.search.Highlights;
import org.yanlu.archive.search.QueryLanguage;
import org.yanlu.archive.search.QuoteHit;
import org.yanlu.archive.search.QuoteRequest;
import org.yanlu.archive.search.QuoteResult;

/**
 * Quote search on SolrCloud: the quotes' own documents, faceted by speaker and outlet, an
 * approximate quote reranked by the same code as on the embedded index.
 */
final class SolrQuotes {
  private final QueryLanguage language;
  private final SolrQueries queries;
  private final Highlights highlights;

  SolrQuotes(QueryLanguage language, SolrQueries queries, Highlights highlights) {
    this.language = language;
    this.queries = queries;
    this.highlights = highlights;
  }

  /** One page of quotes, as the embedded index gives them (near quotes are the caller's). */
  QuoteResult search(QuoteRequest request) {
    long start = System.nanoTime();
    ApproximateQuotes approximate = language.approximate(request.query());
    Query highlight = language.highlight(request.query());
    ModifiableSolrParams params = queries.text(request.query());
    params.add("fq", ArticleFields.KIND + ":" + ArticleFields.KIND_QUOTE);
    Map<String, List<String>> selections = new LinkedHashMap<>();
    selections.put(ArticleFields.FACET_SPEAKER, request.speakers());
    selections.put(ArticleFields.FACET_SOURCE, request.sources());
    selections.forEach((dim, values) -> SolrFacets.select(params, dim, values));
    params.set("sort", "score desc," + ArticleFields.ID + " asc");
    int pageStart = (request.page() - 1) * request.size();
    // An approximate quote reranks the top candidates, and its page is cut from them here.
    params.set("start", approximate == null ? pageStart : 0);
    params.set(
        "rows",
        approximate == null
            ? request.size()
            : Math.max(ApproximateQuotes.WINDOW, request.page() * request.size()));
    params.set(
        "fl",
        String.join(
            ",",
            ArticleFields.ID,
            ArticleFields.SPEAKERS_STORED,
            ArticleFields.QUOTE_ROLE,
            ArticleFields.BODY_EXACT,
            ArticleFields.ARTICLE_ID,
            ArticleFields.ARTICLE_TITLE,
            ArticleFields.SOURCE_STORED,
            ArticleFields.DATE_STORED,
            ArticleFields.QUOTE_PARAGRAPH,
            "score"));
    params.set("json.facet", SolrFacets.facetRequest(selections, List.of()));
    QueryResponse response = queries.limited(params);
    List<QuoteHit> hits = new ArrayList<>();
    List<SolrDocument> docs = response.getResults();
    Map<String, ApproximateQuotes.Match> passages = new HashMap<>();
    if (approximate != null) {
      List<ApproximateQuotes.Candidate<SolrDocument>> ranked =
          approximate.rank(
              docs,
              d -> SolrDocs.string(d, ArticleFields.ID),
              SolrDocs::score,
              d -> SolrDocs.strings(d, ArticleFields.BODY_EXACT));
      List<SolrDocument> ordered = new ArrayList<>();
      for (ApproximateQuotes.Candidate<SolrDocument> c : ranked) {
        ordered.add(c.item());
        passages.put(SolrDocs.string(c.item(), ArticleFields.ID), c.match());
      }
      docs =
          ordered.subList(
              Math.min(ordered.size(), pageStart),
              Math.min(ordered.size(), request.page() * request.size()));
    }
    try {
      for (SolrDocument d : docs) {
        String text = SolrDocs.string(d, ArticleFields.BODY_EXACT);
        Object paragraph = d.getFirstValue(ArticleFields.QUOTE_PARAGRAPH);
        hits.add(
            new QuoteHit(
                SolrDocs.string(d, ArticleFields.SPEAKERS_STORED),
                SolrDocs.string(d, ArticleFields.QUOTE_ROLE),
                text,
                highlights.paragraphs(highlight, List.of(text)).get(0),
                SolrDocs.string(d, ArticleFields.ARTICLE_ID),
                SolrDocs.string(d, ArticleFields.ARTICLE_TITLE),
                SolrDocs.string(d, ArticleFields.SOURCE_STORED),
                SolrDocs.string(d, ArticleFields.DATE_STORED),
                paragraph instanceof Number n ? n.intValue() : 0,
                SolrDocs.score(d),
                QuoteHit.number(SolrDocs.string(d, ArticleFields.ID)),
                null));
        ApproximateQuotes.Match m = passages.get(SolrDocs.string(d, ArticleFields.ID));
        if (m != null && m.distance() != Integer.MAX_VALUE) {
          QuoteHit hit = hits.remove(hits.size() - 1);
          hits.add(hit.withPassage(approximate.marked(text), m.distance()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new QuoteResult(
        response.getResults().getNumFound(),
        request.page(),
        request.size(),
        millisSince(start),
        hits,
        SolrFacets.facetCounts(response, selections));
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
