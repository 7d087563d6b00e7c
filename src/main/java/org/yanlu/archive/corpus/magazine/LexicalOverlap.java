package org.yanlu.archive.corpus.magazine;

import java.util.HashSet;
import java.util.Set;

/**
 * How much two Chinese texts share, by their character bigrams: tells which open story a block of
 * text continues when the layout alone does not.
 */
public final class LexicalOverlap {
  private LexicalOverlap() {}

  /** Cosine of the two texts' bigram sets, 0 when either has none. */
  public static double similarity(String a, String b) {
    Set<String> x = bigrams(a);
    Set<String> y = bigrams(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String g : x) {
      if (y.contains(g)) {
        shared++;
      }
    }
    return shared / Math.sqrt((double) x.size() * y.size());
  }

  static Set<String> bigrams(String text) {
    Set<String> grams = new HashSet<>();
    int prev = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (LineShape.isCjk(cp) || Character.isLetterOrDigit(cp)) {
        if (prev >= 0) {
          grams.add(new String(Character.toChars(prev)) + new String(Character.toChars(cp)));
        }
        prev = cp;
      } else if (!Character.isWhitespace(cp)) {
        prev = -1;
      }
    }
    return grams;
  }
}
