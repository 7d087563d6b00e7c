package org.yanlu.archive.index;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits folded text into every adjacent pair of characters (a bigram at each position) plus each
 * single character at the same position, ignoring whitespace.
 *
 * <p>Why not StandardTokenizer + CJKBigramFilter: that chain keeps Latin words and numbers whole
 * and drops punctuation, so a quote that cuts a number or word at its edge, or holds punctuation,
 * finds nothing. Here every character is a character: a quoted string of n ≥ 2 characters is
 * exactly the phrase of its n − 1 bigrams, and a single character is its unigram term. Whitespace
 * is dropped on both sides because extracted text has stray spaces ({@code 2 020 年}) that the
 * reader never means.
 */
public final class ExactTokenizer extends Tokenizer {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc =
      addAttribute(PositionIncrementAttribute.class);

  private int[] chars = new int[64];
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int count;
  private int index;
  private boolean unigramNext;
  private int finalOffset;

  @Override
  public boolean incrementToken() {
    clearAttributes();
    if (index >= count) {
      return false;
    }
    if (!unigramNext && index + 1 < count) {
      term.setEmpty().append(new String(chars, index, 2));
      offset.setOffset(correctOffset(starts[index]), correctOffset(ends[index + 1]));
      posInc.setPositionIncrement(1);
      unigramNext = true;
      return true;
    }
    term.setEmpty().append(new String(chars, index, 1));
    offset.setOffset(correctOffset(starts[index]), correctOffset(ends[index]));
    posInc.setPositionIncrement(unigramNext ? 0 : 1);
    unigramNext = false;
    index++;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    count = 0;
    index = 0;
    unigramNext = false;
    StringBuilder text = new StringBuilder();
    char[] buf = new char[4096];
    for (int n = input.read(buf); n != -1; n = input.read(buf)) {
      text.append(buf, 0, n);
    }
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      int next = i + Character.charCount(cp);
      if (!isIgnorable(cp)) {
        add(cp, i, next);
      }
      i = next;
    }
    finalOffset = correctOffset(text.length());
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(finalOffset, finalOffset);
  }

  /** Whitespace and invisible format characters are not part of what a reader quotes. */
  static boolean isIgnorable(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT
        || Character.getType(cp) == Character.CONTROL;
  }

  private void add(int cp, int start, int end) {
    if (count == chars.length) {
      chars = java.util.Arrays.copyOf(chars, count * 2);
      starts = java.util.Arrays.copyOf(starts, count * 2);
      ends = java.util.Arrays.copyOf(ends, count * 2);
    }
    chars[count] = cp;
    starts[count] = start;
    ends[count] = end;
    count++;
  }
}
