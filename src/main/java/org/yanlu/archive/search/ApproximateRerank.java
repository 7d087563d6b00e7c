package org.yanlu.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.yanlu.archive.index.ArticleFields;

/**
 * A misremembered quote's candidates (articles or quotes) put in the order of their distance to it,
 * read from their stored text, and the page's hits given the passage that matched.
 */
final class ApproximateRerank {
  /** What reranking an approximate quote's candidates reads of each. */
  private static final Set<String> PASSAGE_FIELDS =
      Set.of(ArticleFields.ID, ArticleFields.BODY_EXACT);

  private ApproximateRerank() {}

  /**
   * The top candidates of an approximate quote in the order of their distance to it, each one's
   * best passage kept in {@code passages} by doc.
   */
  static ScoreDoc[] rerank(
      IndexSearcher s,
      ApproximateQuotes approximate,
      ScoreDoc[] top,
      Map<Integer, ApproximateQuotes.Match> passages)
      throws IOException {
    Map<Integer, Document> loaded = new HashMap<>();
    StoredFields stored = s.storedFields();
    for (int i : DocOrder.of(top)) {
      loaded.put(top[i].doc, stored.document(top[i].doc, PASSAGE_FIELDS));
    }
    List<ApproximateQuotes.Candidate<ScoreDoc>> ranked =
        approximate.rank(
            Arrays.asList(top),
            d -> loaded.get(d.doc).get(ArticleFields.ID),
            d -> d.score,
            d -> Arrays.asList(loaded.get(d.doc).getValues(ArticleFields.BODY_EXACT)));
    ScoreDoc[] ordered = new ScoreDoc[ranked.size()];
    for (int i = 0; i < ordered.length; i++) {
      ordered[i] = ranked.get(i).item();
      passages.put(ordered[i].doc, ranked.get(i).match());
    }
    return ordered;
  }

  /** The hits with their best passage for the approximate quotes, marked, and its distance. */
  static List<Hit> withPassages(
      IndexSearcher s,
      ApproximateQuotes approximate,
      ScoreDoc[] docs,
      List<Hit> hits,
      Map<Integer, ApproximateQuotes.Match> passages)
      throws IOException {
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      ApproximateQuotes.Match m = passages.get(docs[i].doc);
      if (m == null) {
        Document d = s.storedFields().document(docs[i].doc, PASSAGE_FIELDS);
        m = approximate.match(Arrays.asList(d.getValues(ArticleFields.BODY_EXACT)));
      }
      out.add(
          m.distance() == Integer.MAX_VALUE
              ? hits.get(i)
              : hits.get(i).withPassage(m.snippet(), m.distance()));
    }
    return out;
  }
}
