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
  private String folded;
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
    if (pos >= folded.length()) {
      return -1;
    }
    int n = Math.min(len, folded.length() - pos);
    folded.getChars(pos, pos + n, cbuf, off);
    pos += n;
    return n;
  }

  private void fold() throws IOException {
    StringBuilder original = new StringBuilder();
    char[] buf = new char[4096];
    for (int n = input.read(buf); n != -1; n = input.read(buf)) {
      original.append(buf, 0, n);
    }
    if (foldsToItself(original)) {
      folded = original.toString(); // most text: nothing to copy character by character
      return;
    }
    StringBuilder out = new StringBuilder(original.length());
    int diff = 0;
    for (int in = 0; in < original.length(); ) {
      int cp = Character.codePointAt(original, in);
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
    folded = out.toString();
  }

  private boolean foldsToItself(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
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
