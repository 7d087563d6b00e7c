package org.yanlu.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.yanlu.archive.index.ArticleFields;

/**
 * The search over quotes: answers with the quote documents the indexer writes beside each article,
 * so that a hit is one thing someone said, not the article around it. It reads the same index
 * through the {@link Searcher}, and the same query language: a quoted string finds every quote that
 * holds it, words rank quotes by relevance (and a word that names the speaker ranks their quotes
 * high).
 */
public final class QuoteSearcher {
  /** Values listed per facet. */
  private static final int FACET_VALUES = 20;

  private static final List<String> FACETS =
      List.of(ArticleFields.FACET_SPEAKER, ArticleFields.FACET_SOURCE);

  private static final Set<String> HIT_FIELDS =
      Set.of(
          ArticleFields.ID,
          ArticleFields.ARTICLE_ID,
          ArticleFields.ARTICLE_TITLE,
          ArticleFields.BODY_EXACT,
          ArticleFields.SOURCE_STORED,
          ArticleFields.DATE_STORED,
          ArticleFields.SPEAKERS_STORED,
          ArticleFields.QUOTE_ROLE,
          ArticleFields.QUOTE_PARAGRAPH);

  private final Searcher searcher;
  private final Highlights highlights;

  public QuoteSearcher(Searcher searcher) {
    this.searcher = searcher;
    this.highlights = new Highlights(searcher.fields());
  }

  /**
   * One page of quotes for a request, with quote counts per speaker and outlet; a selected speaker
   * or outlet filters the hits but leaves the other values of its facet counted as if unselected.
   *
   * @throws BadQueryException when the query text is malformed
   */
  public QuoteResult search(QuoteRequest request) {
    long start = System.nanoTime();
    ArticleFields fields = searcher.fields();
    ArchiveQueryParser.Parsed parsed = new ArchiveQueryParser(fields).parseText(request.query());
    BooleanQuery base =
        new BooleanQuery.Builder()
            .add(parsed.match(), BooleanClause.Occur.MUST)
            .add(
                new TermQuery(new Term(ArticleFields.KIND, ArticleFields.KIND_QUOTE)),
                BooleanClause.Occur.FILTER)
            .build();
    DrillDownQuery query = new DrillDownQuery(fields.facetsConfig(), base);
    request.speakers().forEach(v -> query.add(ArticleFields.FACET_SPEAKER, v));
    request.sources().forEach(v -> query.add(ArticleFields.FACET_SOURCE, v));
    return searcher.withSearcher(
        s -> {
          if (s.facetState() == null) {
            return new QuoteResult(
                0, request.page(), request.size(), millisSince(start), List.of(), Map.of());
          }
          ApproximateQuotes approximate = parsed.approximateQuotes();
          int pageEnd = request.page() * request.size();
          int topN = approximate == null ? pageEnd : Math.max(ApproximateQuotes.WINDOW, pageEnd);
          DrillSideways.DrillSidewaysResult result =
              new DrillSideways(s, fields.facetsConfig(), s.facetState()).search(query, topN);
          ScoreDoc[] all = result.hits.scoreDocs;
          Map<Integer, ApproximateQuotes.Match> passages = new java.util.HashMap<>();
          if (approximate != null) {
            all = ApproximateRerank.rerank(s, approximate, all, passages);
          }
          int from = Math.min(all.length, (request.page() - 1) * request.size());
          List<QuoteHit> hits = new ArrayList<>();
          for (ScoreDoc sd : Arrays.copyOfRange(all, from, Math.min(all.length, pageEnd))) {
            QuoteHit hit = hit(s.storedFields().document(sd.doc, HIT_FIELDS), parsed, sd.score);
            ApproximateQuotes.Match m = passages.get(sd.doc);
            hits.add(
                m == null || m.distance() == Integer.MAX_VALUE
                    ? hit
                    : hit.withPassage(approximate.marked(hit.text()), m.distance()));
          }
          return new QuoteResult(
              result.hits.totalHits.value,
              request.page(),
              request.size(),
              millisSince(start),
              hits,
              facets(result.facets, request));
        });
  }

  private QuoteHit hit(Document d, ArchiveQueryParser.Parsed parsed, float score)
      throws IOException {
    String text = d.get(ArticleFields.BODY_EXACT);
    IndexableField paragraph = d.getField(ArticleFields.QUOTE_PARAGRAPH);
    return new QuoteHit(
        d.get(ArticleFields.SPEAKERS_STORED),
        d.get(ArticleFields.QUOTE_ROLE),
        text,
        highlights.paragraphs(parsed.highlight(), List.of(text)).get(0),
        d.get(ArticleFields.ARTICLE_ID),
        d.get(ArticleFields.ARTICLE_TITLE),
        d.get(ArticleFields.SOURCE_STORED),
        d.get(ArticleFields.DATE_STORED),
        paragraph == null ? 0 : paragraph.numericValue().intValue(),
        Float.isNaN(score) ? 0f : score,
        QuoteHit.number(d.get(ArticleFields.ID)),
        null);
  }

  private static Map<String, List<FacetCount>> facets(Facets facets, QuoteRequest request)
      throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (String dim : FACETS) {
      List<String> selected =
          dim.equals(ArticleFields.FACET_SPEAKER) ? request.speakers() : request.sources();
      List<FacetCount> counts = new ArrayList<>();
      FacetResult result = topChildren(facets, dim);
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          counts.add(new FacetCount(lv.label, lv.value.longValue(), selected.contains(lv.label)));
        }
      }
      for (String value : selected) {
        if (counts.stream().noneMatch(c -> c.value().equals(value))) {
          counts.add(new FacetCount(value, specificValue(facets, dim, value), true));
        }
      }
      out.put(dim, counts);
    }
    return out;
  }

  private static FacetResult topChildren(Facets facets, String dim) throws IOException {
    try {
      return facets.getTopChildren(FACET_VALUES, dim);
    } catch (IllegalArgumentException e) {
      // No document of the index has a value of this dimension (no quotes before enrichment).
      return null;
    }
  }

  private static long specificValue(Facets facets, String dim, String value) throws IOException {
    try {
      Number n = facets.getSpecificValue(dim, value);
      return n == null ? 0 : Math.max(0, n.longValue());
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
