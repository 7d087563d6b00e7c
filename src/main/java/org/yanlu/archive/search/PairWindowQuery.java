package org.yanlu.archive.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * The texts where some stretch of at most {@code width} positions of a field holds at least {@code
 * least} of a quote's distinct character pairs, scored by the share of the pairs the best such
 * stretch holds: the candidate passages of a misremembered quote.
 *
 * <p>Why not Lucene's intervals, which we used: {@code Intervals.maxwidth(width,
 * Intervals.atLeast(least, pairs))} matches the same texts, but its candidates are every text
 * holding any one pair; it enumerates every minimal interval through a heap per position; and
 * scoring by how many pairs the best stretch holds took one such query per share (four), each
 * walking the positions again. This takes as candidates the texts holding {@code least} pairs
 * anywhere (Lucene's minimum-should-match disjunction, which skips by the rarer pairs), then slides
 * one window over their pairs' positions, once. At a million synthetic articles, misremembered
 * quotes went from p50 207 to 88-100 ms and p99 2.0 to 0.5 s (README, "Since the growth run").
 */
final class PairWindowQuery extends Query {
  private final String field;
  private final List<String> pairs;
  private final int least;
  private final int width;

  /**
   * @param pairs the quote's distinct character pairs, at most 64
   * @param least how many of them a passage holds at the least, from 1
   * @param width the most positions a passage spans, first to last pair
   */
  PairWindowQuery(String field, List<String> pairs, int least, int width) {
    if (pairs.isEmpty() || pairs.size() > Long.SIZE || least < 1 || least > pairs.size()) {
      throw new IllegalArgumentException(
          "pairs " + pairs.size() + ", at least " + least + ": out of range");
    }
    this.field = field;
    this.pairs = List.copyOf(pairs);
    this.least = least;
    this.width = width;
  }

  String field() {
    return field;
  }

  List<String> pairs() {
    return pairs;
  }

  int least() {
    return least;
  }

  int width() {
    return width;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
    for (String pair : pairs) {
      anywhere.add(new TermQuery(new Term(field, pair)), BooleanClause.Occur.SHOULD);
    }
    anywhere.setMinimumNumberShouldMatch(least);
    Weight candidates =
        searcher.createWeight(searcher.rewrite(anywhere.build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new PairWindowWeight(candidates, scoreMode.needsScores(), boost);
  }

  private final class PairWindowWeight extends Weight {
    private final Weight candidates;
    private final boolean scores;
    private final float boost;

    PairWindowWeight(Weight candidates, boolean scores, float boost) {
      super(PairWindowQuery.this);
      this.candidates = candidates;
      this.scores = scores;
      this.boost = boost;
    }

    @Override
    public Scorer scorer(LeafReaderContext context) throws IOException {
      Scorer anywhere = candidates.scorer(context);
      Terms terms = context.reader().terms(field);
      if (anywhere == null || terms == null) {
        return null;
      }
      TermsEnum termsEnum = terms.iterator();
      PostingsEnum[] postings = new PostingsEnum[pairs.size()];
      for (int i = 0; i < postings.length; i++) {
        if (termsEnum.seekExact(new BytesRef(pairs.get(i)))) {
          postings[i] = termsEnum.postings(null, PostingsEnum.POSITIONS);
        }
      }
      return new PairWindowScorer(this, anywhere.iterator(), postings, scores, boost);
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      PairWindowScorer scorer = (PairWindowScorer) scorer(context);
      if (scorer != null
          && scorer.iterator().advance(doc) == doc
          && scorer.twoPhaseIterator().matches()) {
        return Explanation.match(
            scorer.score(),
            "a stretch of at most "
                + width
                + " positions holds "
                + scorer.best
                + " of the "
                + pairs.size()
                + " pairs, at least "
                + least);
      }
      return Explanation.noMatch("no stretch of " + width + " positions holds " + least + " pairs");
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
      return true;
    }
  }

  /** Checks a candidate by sliding a window over its pairs' positions in one pass. */
  private final class PairWindowScorer extends Scorer {
    private final DocIdSetIterator approximation;
    private final PostingsEnum[] postings;
    private final boolean scores;
    private final float boost;
    private final TwoPhaseIterator twoPhase;
    private final int[] inWindow;

    /** A candidate's pair positions, each as position << 6 | pair, sorted. */
    private long[] entries = new long[64];

    /** The most distinct pairs a window of the current text holds. */
    private int best;

    PairWindowScorer(
        Weight weight,
        DocIdSetIterator approximation,
        PostingsEnum[] postings,
        boolean scores,
        float boost) {
      super(weight);
      this.approximation = approximation;
      this.postings = postings;
      this.scores = scores;
      this.boost = boost;
      this.inWindow = new int[postings.length];
      this.twoPhase =
          new TwoPhaseIterator(approximation) {
            @Override
            public boolean matches() throws IOException {
              return bestWindow(approximation.docID()) >= least;
            }

            @Override
            public float matchCost() {
              // Reading every position of every pair the text holds.
              return postings.length * 8f;
            }
          };
    }

    /**
     * The most distinct pairs a window of {@code width} positions of the text holds; stops once a
     * window holds every pair the text does, or {@code least} when scoring is not needed.
     */
    private int bestWindow(int doc) throws IOException {
      int count = 0;
      int present = 0;
      for (int i = 0; i < postings.length; i++) {
        PostingsEnum p = postings[i];
        if (p == null || p.docID() > doc || p.docID() < doc && p.advance(doc) != doc) {
          continue;
        }
        int freq = p.freq();
        present++;
        if (count + freq > entries.length) {
          entries = Arrays.copyOf(entries, Math.max(count + freq, entries.length * 2));
        }
        for (int k = 0; k < freq; k++) {
          entries[count++] = (long) p.nextPosition() << 6 | i;
        }
      }
      Arrays.sort(entries, 0, count);
      Arrays.fill(inWindow, 0);
      // No window holds more pairs than the text does.
      int target = scores ? present : Math.min(least, present);
      int distinct = 0;
      best = 0;
      for (int right = 0, left = 0; right < count && best < target; right++) {
        if (inWindow[(int) (entries[right] & 63)]++ == 0) {
          distinct++;
        }
        long last = entries[right] >>> 6;
        while (last - (entries[left] >>> 6) + 1 > width) {
          if (--inWindow[(int) (entries[left++] & 63)] == 0) {
            distinct--;
          }
        }
        best = Math.max(best, distinct);
      }
      return best;
    }

    @Override
    public int docID() {
      return approximation.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return TwoPhaseIterator.asDocIdSetIterator(twoPhase);
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return twoPhase;
    }

    @Override
    public float score() {
      return boost * best / postings.length;
    }

    @Override
    public float getMaxScore(int upTo) {
      return boost;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor
          .getSubVisitor(BooleanClause.Occur.SHOULD, this)
          .consumeTerms(this, pairs.stream().map(p -> new Term(field, p)).toArray(Term[]::new));
    }
  }

  @Override
  public String toString(String defaultField) {
    return (field.equals(defaultField) ? "" : field + ":")
        + "pairs("
        + String.join(" ", pairs)
        + ")~"
        + least
        + "/"
        + width;
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && field.equals(((PairWindowQuery) other).field)
        && pairs.equals(((PairWindowQuery) other).pairs)
        && least == ((PairWindowQuery) other).least
        && width == ((PairWindowQuery) other).width;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), field, pairs, least, width);
  }
}
