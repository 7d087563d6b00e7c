package org.yanlu.archive.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yanlu.archive.index.ChineseFolding;
import org.yanlu.archive.index.ExactTokenizer;

/**
 * How close a text comes to quotes remembered approximately ({@code "…"~}), and the ranking that
 * follows from it, one class for both hosts: the index finds candidate passages (interval queries
 * over the exact bigram field, see {@link ArchiveQueryParser}), and this reranks a window of them
 * by edit distance over the best stretch of their stored text, and marks that stretch.
 *
 * <p>The distance is the optimal string alignment distance of the quote to the closest stretch of
 * the text (Sellers' semi-global alignment: the stretch may start and end anywhere), counting a
 * wrong, missing or added character as one and two neighbours swapped as one, on text folded as the
 * index folds it (Traditional to Simplified, full-width to half-width, whitespace dropped).
 * Lucene's Levenshtein automata compare whole terms; no Lucene part aligns a string inside a text,
 * so this does. It is immutable and thread-safe.
 */
public final class ApproximateQuotes {
  /** The shortest quote taken approximately: shorter ones share too few character pairs. */
  public static final int MIN_LENGTH = 4;

  /**
   * The longest: the candidate passage must stay within one paragraph, whose bigram positions are
   * 100 apart from the next paragraph's (the exact analyzer's position gap).
   */
  public static final int MAX_LENGTH = 64;

  /** How many top candidates of the index are reranked by distance. */
  public static final int WINDOW = 200;

  private final List<int[]> quotes;
  private final List<QuotePattern> patterns;

  /**
   * @param quotes the approximate quotes of a query, as typed, each at most {@link #MAX_LENGTH}
   *     characters folded
   */
  public ApproximateQuotes(List<String> quotes) {
    if (quotes.isEmpty()) {
      throw new IllegalArgumentException("no approximate quote");
    }
    this.quotes = quotes.stream().map(q -> FoldedText.of(q).chars).toList();
    this.patterns = this.quotes.stream().map(QuotePattern::new).toList();
  }

  /**
   * The best stretch of a text for the quotes: the distances of each quote's closest stretch
   * summed, and the first quote's stretch marked.
   *
   * @param distance the summed distance; {@link Integer#MAX_VALUE} when the text is empty
   * @param paragraph the paragraph the first quote's stretch is in, or -1
   * @param snippet the passage around that stretch, HTML-escaped, the stretch in {@code <mark>} and
   *     the characters that differ from the quote in {@code <mark class="diff">}
   */
  public record Match(int distance, int paragraph, String snippet) {}

  /** The closest stretch of the text of {@code paragraphs} (a stored field's values). */
  public Match match(List<String> paragraphs) {
    return match(paragraphs, null);
  }

  /**
   * As {@link #match(List)}, each paragraph aligned once per quote however many texts hold it:
   * {@code aligned} keeps, per quote, the alignment of each paragraph seen (at paragraph 0). Copies
   * of a story share their paragraphs, and a quote's candidates are often copies.
   */
  private Match match(List<String> paragraphs, List<Map<String, Alignment>> aligned) {
    int total = 0;
    Alignment first = null;
    for (int q = 0; q < patterns.size(); q++) {
      QuotePattern pattern = patterns.get(q);
      Alignment best = null;
      for (int p = 0; p < paragraphs.size(); p++) {
        Alignment a =
            aligned == null
                ? pattern.best(paragraphs.get(p), p)
                : aligned.get(q).computeIfAbsent(paragraphs.get(p), t -> pattern.best(t, 0));
        if (a != null && aligned != null) {
          a = new Alignment(a.distance, a.end, p);
        }
        if (a != null && (best == null || a.distance < best.distance)) {
          best = a;
        }
      }
      if (best == null) {
        return new Match(Integer.MAX_VALUE, -1, "");
      }
      total += best.distance;
      if (first == null) {
        first = best;
      }
    }
    // Only the chosen paragraph is folded with its offsets and aligned cell by cell, to mark it.
    String paragraph = paragraphs.get(first.paragraph);
    FoldedText text = FoldedText.of(paragraph);
    return new Match(
        total, first.paragraph, snippet(paragraph, text, quotes.get(0), first.end, false));
  }

  /**
   * A whole paragraph HTML-escaped with the first quote's closest stretch marked as in {@link
   * Match#snippet}, for an opened article or a quote hit.
   */
  public String marked(String paragraph) {
    Alignment best = patterns.get(0).best(paragraph, 0);
    if (best == null) {
      return Highlights.escape(paragraph);
    }
    FoldedText text = FoldedText.of(paragraph);
    return snippet(paragraph, text, quotes.get(0), best.end, true);
  }

  /** Marks a paragraph's best stretch only when it is the paragraph the text's match is in. */
  public List<String> markedParagraphs(List<String> paragraphs, List<String> marked) {
    Match m = match(paragraphs);
    if (m.paragraph() < 0) {
      return marked;
    }
    List<String> out = new ArrayList<>(marked);
    out.set(m.paragraph(), marked(paragraphs.get(m.paragraph())));
    return out;
  }

  /**
   * A candidate as the index ranked it.
   *
   * @param score the index's score of its candidate passages (how many of the quote's character
   *     pairs they hold, and how tightly)
   */
  public record Candidate<T>(T item, String id, float score, Match match) {}

  /**
   * The candidates in the order of the quotes' distance: the closest stretch first, then the
   * index's score, then the id, so that both hosts order ties alike.
   */
  public <T> List<Candidate<T>> rank(
      List<T> items,
      Function<T, String> id,
      Function<T, Float> score,
      Function<T, List<String>> text) {
    List<Candidate<T>> ranked = new ArrayList<>(items.size());
    List<Map<String, Alignment>> aligned = new ArrayList<>();
    patterns.forEach(p -> aligned.add(new HashMap<>()));
    for (T item : items) {
      ranked.add(
          new Candidate<>(
              item, id.apply(item), score.apply(item), match(text.apply(item), aligned)));
    }
    ranked.sort(
        Comparator.comparingInt((Candidate<T> c) -> c.match().distance())
            .thenComparing(Candidate::score, Comparator.reverseOrder())
            .thenComparing(Candidate::id));
    return ranked;
  }

  /**
   * The passage around a stretch, or the whole paragraph, with the stretch marked.
   *
   * @param end the folded index just after the stretch
   */
  private static String snippet(
      String paragraph, FoldedText text, int[] quote, int end, boolean whole) {
    boolean[] differs = new boolean[text.chars.length];
    int start = Alignment.trace(quote, text.chars, end, differs);
    if (start >= end) {
      return Highlights.escape(paragraph); // nothing of the quote is there
    }
    int from = text.starts[start];
    int to = text.ends[end - 1];
    int cutFrom = 0;
    int cutTo = paragraph.length();
    if (!whole && paragraph.length() > Highlights.SNIPPET_LENGTH) {
      int room = Math.max(0, Highlights.SNIPPET_LENGTH - (to - from));
      cutFrom = Math.max(0, from - room / 2);
      cutTo = Math.min(paragraph.length(), to + (room - (from - cutFrom)));
      cutFrom = Math.max(0, Math.min(cutFrom, cutTo - Highlights.SNIPPET_LENGTH));
    }
    StringBuilder out = new StringBuilder();
    if (cutFrom > 0) {
      out.append('…');
    }
    out.append(Highlights.escape(paragraph.substring(cutFrom, from)));
    // Runs of agreeing and of differing characters, each in its own element.
    int runStart = from;
    boolean runDiffers = false;
    for (int k = start; k < end; k++) {
      boolean d = differs[k];
      int charStart = text.starts[k];
      if (k == start) {
        runDiffers = d;
      } else if (d != runDiffers && charStart > runStart) {
        mark(out, paragraph.substring(runStart, charStart), runDiffers);
        runStart = charStart;
        runDiffers = d;
      }
    }
    mark(out, paragraph.substring(runStart, to), runDiffers);
    out.append(Highlights.escape(paragraph.substring(to, cutTo)));
    if (cutTo < paragraph.length()) {
      out.append('…');
    }
    return out.toString();
  }

  private static void mark(StringBuilder out, String text, boolean differs) {
    if (text.isEmpty()) {
      return;
    }
    out.append(differs ? "<mark class=\"diff\">" : "<mark>")
        .append(Highlights.escape(text))
        .append("</mark>");
  }

  /** Text folded as the exact field folds it, each folded character with its original offsets. */
  private record FoldedText(int[] chars, int[] starts, int[] ends) {
    static FoldedText of(String text) {
      int[] chars = new int[text.length()];
      int[] starts = new int[text.length()];
      int[] ends = new int[text.length()];
      int n = 0;
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (ChineseFolding.foldsToItself(cp)) {
          if (!ExactTokenizer.isIgnorable(cp)) {
            chars = grow(chars, n);
            starts = grow(starts, n);
            ends = grow(ends, n);
            chars[n] = cp;
            starts[n] = i;
            ends[n++] = next;
          }
        } else {
          String folded = ChineseFolding.fold(cp);
          for (int k = 0; k < folded.length(); ) {
            int f = folded.codePointAt(k);
            k += Character.charCount(f);
            if (!ExactTokenizer.isIgnorable(f)) {
              chars = grow(chars, n);
              starts = grow(starts, n);
              ends = grow(ends, n);
              chars[n] = f;
              starts[n] = i;
              ends[n++] = next;
            }
          }
        }
        i = next;
      }
      return new FoldedText(
          java.util.Arrays.copyOf(chars, n),
          java.util.Arrays.copyOf(starts, n),
          java.util.Arrays.copyOf(ends, n));
    }

    private static int[] grow(int[] a, int n) {
      return n < a.length ? a : java.util.Arrays.copyOf(a, Math.max(8, a.length * 2));
    }
  }

  /** The closest stretch of one text to one quote. */
  record Alignment(int distance, int end, int paragraph) {
    /**
     * Walks the alignment back from the end of the closest stretch, marking the text characters
     * that differ from the quote (wrong, added or swapped), and answers where the stretch starts.
     */
    static int trace(int[] q, int[] t, int end, boolean[] differs) {
      int m = q.length;
      int[][] d = new int[m + 1][end + 1];
      for (int i = 0; i <= m; i++) {
        d[i][0] = i;
      }
      for (int j = 1; j <= end; j++) {
        for (int i = 1; i <= m; i++) {
          int v = d[i - 1][j - 1] + (q[i - 1] == t[j - 1] ? 0 : 1);
          v = Math.min(v, d[i][j - 1] + 1);
          v = Math.min(v, d[i - 1][j] + 1);
          if (i > 1
              && j > 1
              && q[i - 1] == t[j - 2]
              && q[i - 2] == t[j - 1]
              && q[i - 1] != t[j - 1]) {
            v = Math.min(v, d[i - 2][j - 2] + 1);
          }
          d[i][j] = v;
        }
      }
      int i = m;
      int j = end;
      while (i > 0 && j > 0) {
        boolean same = q[i - 1] == t[j - 1];
        if (d[i][j] == d[i - 1][j - 1] + (same ? 0 : 1)) {
          differs[j - 1] = !same;
          i--;
          j--;
        } else if (i > 1
            && j > 1
            && q[i - 1] == t[j - 2]
            && q[i - 2] == t[j - 1]
            && d[i][j] == d[i - 2][j - 2] + 1) {
          differs[j - 1] = true;
          differs[j - 2] = true;
          i -= 2;
          j -= 2;
        } else if (d[i][j] == d[i][j - 1] + 1) {
          differs[j - 1] = true;
          j--;
        } else {
          i--;
        }
      }
      return j;
    }
  }
}
