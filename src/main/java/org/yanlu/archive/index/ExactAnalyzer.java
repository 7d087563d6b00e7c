package org.yanlu.archive.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzer of the exact-quote fields: {@link FoldingCharFilter} then {@link ExactTokenizer}.
 * Index and query text go through the same folding and the same cutting into characters, so a quote
 * splits exactly as the text did; only which terms are kept differs by field.
 */
public final class ExactAnalyzer extends Analyzer {
  /** Keeps phrases from matching across two paragraphs of one field. */
  private static final int PARAGRAPH_GAP = 100;

  private final ExactTokenizer.Terms terms;

  public ExactAnalyzer(ExactTokenizer.Terms terms) {
    this.terms = terms;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new ExactTokenizer(terms));
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new FoldingCharFilter(reader, false);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return PARAGRAPH_GAP;
  }
}
