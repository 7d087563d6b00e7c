package org.yanlu.archive.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.yanlu.archive.index.smartcn.SmartcnTokenizer;

/**
 * The ranking analyzer: smartcn's word segmentation over folded text, punctuation dropped. It is
 * SmartChineseAnalyzer with {@link FoldingCharFilter} in front, so that {@code 數字中國} and {@code ＡＩ}
 * segment as 数字中国 and ai do, and with {@link SmartcnTokenizer}, which gives smartcn's words several
 * times faster, in place of smartcn's own tokenizer.
 */
public final class ChineseWordAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new SmartcnTokenizer();
    TokenStream stream = new StopFilter(tokenizer, SmartChineseAnalyzer.getDefaultStopSet());
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new FoldingCharFilter(reader, true);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return 100;
  }
}
