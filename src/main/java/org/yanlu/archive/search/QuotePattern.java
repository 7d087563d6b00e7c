package org.yanlu.archive.search;

import org.yanlu.archive.index.ChineseFolding;
import org.yanlu.archive.index.ExactTokenizer;

/**
 * A quote made ready to align against texts bit-parallel: per character of the quote, the bit mask
 * of the places it holds (Hyyrö's bit-vector form of the optimal string alignment distance, "A
 * bit-vector algorithm for computing Levenshtein and Damerau edit distances", 2003, after Myers
 * 1999). A quote of at most 64 characters is one {@code long}, so each character of a text costs a
 * few word operations rather than a column of the table: rereading 200 candidates took most of a
 * misremembered quote's time with the table.
 */
final class QuotePattern {
  /** Open addressing of the quote's characters, twice as many slots as it can hold. */
  private static final int SLOTS = 2 * ApproximateQuotes.MAX_LENGTH;

  private final int[] keys = new int[SLOTS];
  private final long[] masks = new long[SLOTS];
  private final boolean[] used = new boolean[SLOTS];
  private final int length;

  QuotePattern(int[] quote) {
    if (quote.length > ApproximateQuotes.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "an approximate quote holds at most " + ApproximateQuotes.MAX_LENGTH + " characters");
    }
    length = quote.length;
    for (int i = 0; i < quote.length; i++) {
      int slot = slot(quote[i]);
      keys[slot] = quote[i];
      used[slot] = true;
      masks[slot] |= 1L << i;
    }
  }

  private int slot(int c) {
    int slot = (c * 0x9E3779B9) >>> 25; // 7 bits: SLOTS = 128
    while (used[slot] && keys[slot] != c) {
      slot = (slot + 1) & (SLOTS - 1);
    }
    return slot;
  }

  private long mask(int c) {
    int slot = slot(c);
    return used[slot] ? masks[slot] : 0;
  }

  /**
   * The closest stretch of a paragraph, folded as the exact field folds it as it is read (the first
   * of equally close stretches), or null when nothing of it is left folded.
   */
  ApproximateQuotes.Alignment best(String paragraph, int number) {
    if (length == 0) {
      return null;
    }
    long last = 1L << (length - 1);
    long vp = -1L; // column 0: each row one more than the one above (D[i][0] = i)
    long vn = 0;
    long previousEq = 0;
    long previousD0 = 0;
    int score = length;
    int best = Integer.MAX_VALUE;
    int bestEnd = 0;
    int j = 0;
    for (int i = 0; i < paragraph.length(); ) {
      int cp = paragraph.codePointAt(i);
      i += Character.charCount(cp);
      String folded = ChineseFolding.foldsToItself(cp) ? null : ChineseFolding.fold(cp);
      for (int k = 0; folded == null ? k < 1 : k < folded.length(); ) {
        int c = folded == null ? cp : folded.codePointAt(k);
        k += folded == null ? 1 : Character.charCount(c);
        if (ExactTokenizer.isIgnorable(c)) {
          continue;
        }
        j++;
        long eq = mask(c);
        // A swap of neighbours: this character is the quote's next one, the previous its own.
        long swapped = ((~previousD0 & eq) << 1) & previousEq;
        long d0 = swapped | (((eq & vp) + vp) ^ vp) | eq | vn;
        long hp = vn | ~(d0 | vp);
        long hn = vp & d0;
        if ((hp & last) != 0) {
          score++;
        } else if ((hn & last) != 0) {
          score--;
        }
        // Row 0 stays 0 (the stretch may start anywhere), so nothing is shifted in.
        hp <<= 1;
        hn <<= 1;
        vp = hn | ~(d0 | hp);
        vn = hp & d0;
        previousEq = eq;
        previousD0 = d0;
        // Of equally close stretches, the first; one that runs a character further at the same
        // distance covers a wrong character rather than leaving it out as missing.
        if (score < best || (score == best && j == bestEnd + 1)) {
          best = score;
          bestEnd = j;
        }
      }
    }
    return j == 0 ? null : new ApproximateQuotes.Alignment(best, bestEnd, number);
  }
}
