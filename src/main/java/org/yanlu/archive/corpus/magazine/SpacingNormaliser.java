package org.yanlu.archive.corpus.magazine;

/**
 * Removes the spaces a PDF extraction puts into Chinese text: letter-spacing ({@code 据 介 绍}),
 * spaces between CJK and digits or Latin ({@code 2020 年}, {@code 5G 基站}), spaces around full-width
 * signs. A space between two Latin words or numbers ({@code Stephen Goldsmith}) is a real one and
 * stays, as one space.
 */
public final class SpacingNormaliser {

  /** Normalises body text: no space survives except between two Latin words or numbers. */
  public String normalise(String text) {
    return normalise(text, false);
  }

  /**
   * Normalises a heading; with {@code keepWideGaps} a set gap of three or more spaces (two halves
   * of a headline printed apart) becomes one space instead of none.
   */
  public String normalise(String text, boolean keepWideGaps) {
    String t = text.replace('\u3000', ' ').replace('\u00a0', ' ').replace('\t', ' ').strip();
    StringBuilder out = new StringBuilder(t.length());
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c != ' ') {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < t.length() && t.charAt(end) == ' ') {
        end++;
      }
      char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
      char after = end < t.length() ? t.charAt(end) : ' ';
      boolean wide = keepWideGaps && end - i >= LineShape.WIDE_GAP_SPACES;
      if (wide || (isLatin(before) && isLatin(after))) {
        out.append(' ');
      }
      i = end;
    }
    return out.toString();
  }

  /** Collapses every run of spaces to one (table rows, whose columns the spaces separate). */
  public String collapse(String text) {
    return text.replace('\u3000', ' ').strip().replaceAll(" {2,}", " ");
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
