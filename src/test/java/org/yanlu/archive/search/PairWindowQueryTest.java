package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.index.ArticleFields;

/**
 * The candidate passages of misremembered quotes, checked against Lucene's own interval queries,
 * which mean the same, on the committed corpus: the same texts match, and each scores the share of
 * the quote's pairs that the best stretch holds.
 */
class PairWindowQueryTest {
  @TempDir static Path root;
  private static Searcher searcher;
  private static List<Article> corpus;

  @BeforeAll
  static void index() throws IOException {
    corpus = CorpusIndex.articles();
    searcher = CorpusIndex.build(root);
  }

  @AfterAll
  static void close() {
    searcher.close();
  }

  @Test
  void matchesWhatLuceneIntervalsMatchAndScoresTheBestStretchsShare() {
    Random random = new Random(20261130);
    ArchiveQueryParser parser = new ArchiveQueryParser(new ArticleFields());
    int checked = 0;
    int partial = 0;
    for (int q = 0; q < 300; q++) {
      PairWindowQuery query = pairQuery(parser, "\"" + misremembered(random) + "\"~");
      if (query == null) {
        continue; // too short to approximate: an exact quote
      }
      Set<Integer> ours = new TreeSet<>();
      Set<Integer> intervals = new TreeSet<>();
      searcher.withSearcher(
          s -> {
            IndexSearcher plain = new IndexSearcher(s.getIndexReader());
            TopDocs found = plain.search(query, Math.max(1, plain.getIndexReader().maxDoc()));
            for (ScoreDoc d : found.scoreDocs) {
              ours.add(d.doc);
              int held = Math.round(d.score * query.pairs().size());
              assertTrue(matches(plain, query, held, d.doc), query + " doc " + d.doc);
              if (held < query.pairs().size()) {
                assertFalse(matches(plain, query, held + 1, d.doc), query + " doc " + d.doc);
              }
            }
            TopDocs lucene = plain.search(intervals(query, query.least()), Integer.MAX_VALUE);
            for (ScoreDoc d : lucene.scoreDocs) {
              intervals.add(d.doc);
            }
            return null;
          });
      assertEquals(intervals, ours, query.toString());
      checked += ours.isEmpty() ? 0 : 1;
      partial += ours.size() > 1 ? 1 : 0;
    }
    assertTrue(checked > 200, "quotes that found some text: " + checked);
    assertTrue(partial > 20, "quotes whose pairs are in several texts: " + partial);
  }

  @Test
  void aPassageHoldingEveryPairScoresOne() {
    Article article = corpus.get(3);
    String paragraph = ArticleFields.keyword(article.paragraphs().get(1));
    PairWindowQuery query =
        pairQuery(
            new ArchiveQueryParser(new ArticleFields()),
            "\"" + paragraph.substring(0, Math.min(20, paragraph.length())) + "\"~");
    float best =
        searcher.withSearcher(
            s -> new IndexSearcher(s.getIndexReader()).search(query, 1).scoreDocs[0].score);
    assertEquals(1f, best);
  }

  /** A stretch of some paragraph of the corpus with one to three characters changed or dropped. */
  private static String misremembered(Random random) {
    Article article = corpus.get(random.nextInt(corpus.size()));
    List<String> paragraphs = article.paragraphs();
    String paragraph = ArticleFields.keyword(paragraphs.get(random.nextInt(paragraphs.size())));
    int length = Math.min(paragraph.length(), 6 + random.nextInt(30));
    int start = random.nextInt(paragraph.length() - length + 1);
    StringBuilder quote = new StringBuilder(paragraph.substring(start, start + length));
    int slips = 1 + random.nextInt(3);
    for (int i = 0; i < slips && quote.length() > 4; i++) {
      int at = random.nextInt(quote.length());
      if (random.nextBoolean()) {
        quote.setCharAt(at, "的了是在和有人这中大".charAt(random.nextInt(10)));
      } else {
        quote.deleteCharAt(at);
      }
    }
    return quote.toString().replace("\"", "");
  }

  private static PairWindowQuery pairQuery(ArchiveQueryParser parser, String text) {
    Query parsed = parser.parseText(text).match();
    List<PairWindowQuery> found = new ArrayList<>();
    parsed.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            if (parent instanceof PairWindowQuery p) {
              found.add(p);
            }
            return this;
          }
        });
    return found.isEmpty() ? null : found.get(0);
  }

  /** Lucene's query for the texts holding {@code least} of the pairs within the query's width. */
  private static Query intervals(PairWindowQuery query, int least) {
    IntervalsSource[] pairs =
        query.pairs().stream().map(Intervals::term).toArray(IntervalsSource[]::new);
    IntervalsSource any = pairs.length == 1 ? pairs[0] : Intervals.atLeast(least, pairs);
    return new IntervalQuery(query.field(), Intervals.maxwidth(query.width(), any));
  }

  private static boolean matches(IndexSearcher s, PairWindowQuery query, int least, int doc) {
    try {
      Query lucene = intervals(query, least);
      return Arrays.stream(s.search(lucene, Integer.MAX_VALUE).scoreDocs)
          .anyMatch(d -> d.doc == doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
