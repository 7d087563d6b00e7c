package org.yanlu.archive.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Splits folded text into every adjacent pair of characters (a bigram at each position), the last
 * character paired with an end mark, or into pairs and single characters, ignoring whitespace.
 *
 * <p>Why not StandardTokenizer + CJKBigramFilter: that chain keeps Latin words and numbers whole
 * and drops punctuation, so a quote that cuts a number or word at its edge, or holds punctuation,
 * finds nothing. Here every character is a character: a quoted string of n ≥ 2 characters is
 * exactly the phrase of its n − 1 bigrams, and a single character the prefix of its bigrams.
 * Whitespace is dropped on both sides because extracted text has stray spaces ({@code 2 020 年})
 * that the reader never means.
 */
public final class ExactTokenizer extends Tokenizer {
  /** What follows the last character of a text in its {@link Terms#BIGRAMS_ENDED} term. */
  public static final char END = '\uFFFF';

  /** Which terms the tokenizer gives at each character's position. */
  public enum Terms {
    /**
     * The pair starting at each character, and the last character paired with {@link #END}, so that
     * every character starts some term: what the index holds. A quote of n ≥ 2 characters is the
     * phrase of its n − 1 pairs; a quote of one character is a prefix query over the same terms, so
     * it needs no field of its own.
     */
    BIGRAMS_ENDED,
    /**
     * The pair and the character alone, at one position: for the query text and highlighting. The
     * pair spans two positions, as CJKBigramFilter's bigrams beside unigrams do: tokens ending at
     * one position must end at one offset (Lucene's token graph rule, which its analysis tests
     * check), and the pair ends where the next character does. Positions are as before, and neither
     * the index nor the highlighter reads the span.
     */
    BIGRAMS_AND_UNIGRAMS
  }

  private final Terms terms;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLength = addAttribute(PositionLengthAttribute.class);

  private final TextBuffer text = new TextBuffer();

  private int[] chars = new int[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int count;
  private int index;
  private boolean unigramNext;
  private int finalOffset;

  public ExactTokenizer(Terms terms) {
    this.terms = terms;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (index >= count) {
      return false;
    }
    if (terms == Terms.BIGRAMS_ENDED) {
      boolean last = index + 1 == count;
      setTerm(index, last ? 1 : 2);
      if (last) {
        term.append(END);
      }
      offset.setOffset(correctOffset(starts[index]), correctOffset(ends[last ? index : index + 1]));
      index++;
      return true;
    }
    if (!unigramNext && index + 1 < count) {
      setTerm(index, 2);
      offset.setOffset(correctOffset(starts[index]), correctOffset(ends[index + 1]));
      posInc.setPositionIncrement(1);
      posLength.setPositionLength(2);
      unigramNext = true;
      return true;
    }
    setTerm(index, 1);
    offset.setOffset(correctOffset(starts[index]), correctOffset(ends[index]));
    posInc.setPositionIncrement(unigramNext ? 0 : 1);
    unigramNext = false;
    index++;
    return true;
  }

  private void setTerm(int from, int codePoints) {
    char[] buffer = term.resizeBuffer(4 * codePoints);
    int length = 0;
    for (int i = from; i < from + codePoints; i++) {
      length += Character.toChars(chars[i], buffer, length);
    }
    term.setLength(length);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    count = 0;
    index = 0;
    unigramNext = false;
    text.readAll(input);
    char[] value = text.chars();
    int length = text.length();
    for (int i = 0; i < length; ) {
      int cp = Character.codePointAt(value, i, length);
      int next = i + Character.charCount(cp);
      if (!isIgnorable(cp)) {
        add(cp, i, next);
      }
      i = next;
    }
    finalOffset = correctOffset(length);
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(finalOffset, finalOffset);
  }

  /** {@link #isIgnorable} of every character of the Basic Multilingual Plane, looked up once. */
  private static final boolean[] IGNORABLE_BMP = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int cp = 0; cp <= Character.MAX_VALUE; cp++) {
      IGNORABLE_BMP[cp] = computeIgnorable(cp);
    }
  }

  /** Whitespace and invisible format characters are not part of what a reader quotes. */
  public static boolean isIgnorable(int cp) {
    return cp <= Character.MAX_VALUE ? IGNORABLE_BMP[cp] : computeIgnorable(cp);
  }

  private static boolean computeIgnorable(int cp) {
    return cp == END
        || Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT
        || Character.getType(cp) == Character.CONTROL;
  }

  private void add(int cp, int start, int end) {
    if (count == chars.length) {
      chars = Arrays.copyOf(chars, count * 2);
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    chars[count] = cp;
    starts[count] = start;
    ends[count] = end;
    count++;
  }
}
