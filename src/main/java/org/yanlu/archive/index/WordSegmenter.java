package org.yanlu.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Text cut into words by an analysis chain, for the code above the index that needs words but no
 * Lucene types (the benchmark's query mix and its analyzer timings). It is thread-safe, as Lucene's
 * analyzers are.
 */
public final class WordSegmenter {
  private final Analyzer analyzer;
  private final String field;

  private WordSegmenter(Analyzer analyzer, String field) {
    this.analyzer = analyzer;
    this.field = field;
  }

  /** The terms an analyzer gives a field's text: the query parser's words and exact pairs. */
  public static WordSegmenter of(Analyzer analyzer, String field) {
    return new WordSegmenter(analyzer, field);
  }

  /** The archive's word analyzer: folding, then smartcn's words ({@link ChineseWordAnalyzer}). */
  public static WordSegmenter archive() {
    return new WordSegmenter(new ChineseWordAnalyzer(), ArticleFields.BODY);
  }

  /** Lucene's stock SmartChineseAnalyzer, the baseline the benchmark compares indexing with. */
  public static WordSegmenter smartcnAlone() {
    return new WordSegmenter(new SmartChineseAnalyzer(), ArticleFields.BODY);
  }

  /** The words of a text, in order. */
  public List<String> words(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  /** How many words a text holds, without keeping them. */
  public long count(String text) {
    long n = 0;
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      ts.reset();
      while (ts.incrementToken()) {
        n++;
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }
}
