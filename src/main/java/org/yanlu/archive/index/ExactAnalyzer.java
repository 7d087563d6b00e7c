package org.yanlu.archive.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzer of the exact-quote fields: {@link FoldingCharFilter} then {@link ExactTokenizer};
 * used unchanged at index and at query time, so a quote splits exactly as the text did.
 */
public final class ExactAnalyzer extends Analyzer {
  /** Keeps phrases from matching across two paragraphs of one field. */
  private static final int PARAGRAPH_GAP = 100;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new ExactTokenizer());
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new FoldingCharFilter(reader);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return PARAGRAPH_GAP;
  }
}
