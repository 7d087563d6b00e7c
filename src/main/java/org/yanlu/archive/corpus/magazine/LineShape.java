package org.yanlu.archive.corpus.magazine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the layout of a printed line tells: its width in half-width units, and whether it ends a
 * sentence. A CJK magazine column holds a fixed number of full-width characters, so a line that
 * ends a sentence well short of the column width ends a paragraph.
 */
public final class LineShape {
  private static final String SENTENCE_END = "。！？!?…；;";
  private static final String CLOSERS = "”’」』）)》\"'";

  /**
   * Spaces in a row that make a gap set in the layout (two halves of a headline, labels side by
   * side); the extraction puts one, sometimes two, between letter-spaced characters and words.
   */
  static final int WIDE_GAP_SPACES = 3;

  private static final Pattern WIDE_GAP = Pattern.compile("\\S {" + WIDE_GAP_SPACES + ",}\\S");

  private LineShape() {}

  /** Width in half-width units: CJK and full-width characters count 2, spaces nothing. */
  public static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || cp == '\u3000') {
        continue;
      }
      w += isWide(cp) ? 2 : 1;
    }
    return w;
  }

  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE6F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x2014 && cp <= 0x2026 && cp != 0x2022)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** Whether the line ends a sentence: 。！？… or ；, possibly followed by closing quotes. */
  public static boolean endsSentence(String text) {
    String t = text.strip();
    int i = t.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(t.charAt(i)) >= 0) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    // Closing quotes are skipped so that 。” ends a sentence; a quote straight after text
    // (……发展”) does not, the sentence goes on after it.
    return SENTENCE_END.indexOf(t.charAt(i)) >= 0;
  }

  /** Whether the line ends with a colon, which introduces a list or a quotation. */
  public static boolean endsWithColon(String text) {
    String t = text.strip();
    return t.endsWith("：") || t.endsWith(":");
  }

  /** Whether the line holds a run of several spaces between printed characters (a set gap). */
  public static boolean hasWideGap(String text) {
    return WIDE_GAP.matcher(text).find();
  }

  /** The parts of a line that gaps set in the layout separate, stripped. */
  public static List<String> splitAtWideGaps(String text) {
    return List.of(text.strip().split(" {" + WIDE_GAP_SPACES + ",}"));
  }

  /** Whether the line has sentence-internal punctuation, which headings do not have. */
  public static boolean hasClausePunctuation(String text) {
    return text.matches(".*[，。；,].*");
  }

  public static boolean isCjk(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN;
  }
}
