package org.yanlu.archive.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * A char filter that applies {@link ChineseFolding} to the text before any tokenizer sees it,
 * keeping offsets pointing into the original text so highlights land on the right characters.
 */
public final class FoldingCharFilter extends BaseCharFilter {
  private final boolean keepPunctuation;

  /** The folded text, {@code length} characters, read from {@code pos} on. */
  private char[] folded;

  private int length;
  private int pos;

  /**
   * @param keepPunctuation fold only letters and digits: the word segmenter cuts sentences at
   *     full-width punctuation and runs markedly slower when {@code ，} has become {@code ,}
   */
  public FoldingCharFilter(Reader in, boolean keepPunctuation) {
    super(in);
    this.keepPunctuation = keepPunctuation;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (folded == null) {
      fold();
    }
    if (pos >= length) {
      return -1;
    }
    int n = Math.min(len, length - pos);
    System.arraycopy(folded, pos, cbuf, off, n);
    pos += n;
    return n;
  }

  private void fold() throws IOException {
    TextBuffer read = new TextBuffer();
    read.readAll(input);
    char[] original = read.chars();
    int originalLength = read.length();
    if (foldsToItself(original, originalLength)) {
      folded = original; // most text: nothing to copy character by character
      length = originalLength;
      return;
    }
    StringBuilder out = new StringBuilder(originalLength);
    int diff = 0;
    for (int in = 0; in < originalLength; ) {
      int cp = Character.codePointAt(original, in, originalLength);
      int outStart = out.length();
      if (ChineseFolding.foldsToItself(cp) || keepsAsIs(cp)) {
        out.appendCodePoint(cp);
      } else {
        ChineseFolding.foldInto(cp, out);
      }
      in += Character.charCount(cp);
      // Characters a fold adds (… → ...) all map to the end of the original character, so that
      // corrected offsets never go backwards.
      for (int extra = outStart + 1; extra < out.length(); extra++) {
        diff = in - extra;
        addOffCorrectMap(extra, diff);
      }
      int newDiff = in - out.length();
      if (newDiff != diff) {
        diff = newDiff;
        addOffCorrectMap(out.length(), diff);
      }
    }
    length = out.length();
    folded = new char[length];
    out.getChars(0, length, folded, 0);
  }

  private boolean foldsToItself(char[] text, int length) {
    for (int i = 0; i < length; ) {
      int cp = Character.codePointAt(text, i, length);
      if (!ChineseFolding.foldsToItself(cp) && !keepsAsIs(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Punctuation and symbols, when this filter keeps them: they are not folded. */
  private boolean keepsAsIs(int cp) {
    return keepPunctuation && !Character.isLetterOrDigit(cp);
  }
}
