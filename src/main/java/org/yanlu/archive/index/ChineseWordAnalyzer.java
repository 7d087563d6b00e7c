package org.yanlu.archive.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The ranking analyzer: smartcn's word segmenter over folded text, punctuation dropped. It is
 * SmartChineseAnalyzer with {@link FoldingCharFilter} in front, so that {@code 數字中國} and
 * {@code ＡＩ} segment as 数字中国 and ai do.
 */
public final class ChineseWordAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new HMMChineseTokenizer();
    TokenStream stream = new StopFilter(tokenizer, SmartChineseAnalyzer.getDefaultStopSet());
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new FoldingCharFilter(reader);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 100;
  }
}
