package org.yanlu.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class ExactAnalyzerTest {
  private final Analyzer analyzer = new ExactAnalyzer(ExactTokenizer.Terms.BIGRAMS_AND_UNIGRAMS);

  @Test
  void everyAdjacentPairOfCharactersIsATermWhateverTheScript() throws IOException {
    assertEquals(List.of("5g", "5", "g基", "g", "基站", "基", "站"), terms("5G基站"));
    assertEquals(List.of("、数", "、", "数"), terms("、数"));
  }

  @Test
  void theIndexedFieldsHoldBigramsAndTheLastCharacterEnded() throws IOException {
    Analyzer indexed = new ExactAnalyzer(ExactTokenizer.Terms.BIGRAMS_ENDED);
    assertEquals(List.of("5g", "g基", "基站", "站\uFFFF"), terms(indexed, "5G 基站"));
    assertEquals(List.of("数\uFFFF"), terms(indexed, " 数 "));
  }

  @Test
  void whitespaceIsDroppedSoLetterSpacedTextJoins() throws IOException {
    assertEquals(terms("2020年"), terms("2 020 年"));
    assertEquals(terms("据介绍"), terms("据 介 绍"));
  }

  @Test
  void fullWidthUpperCaseAndTraditionalFoldToTheSameTerms() throws IOException {
    assertEquals(terms("5g数字中国ai"), terms("５Ｇ數字中國ＡＩ"));
  }

  @Test
  void offsetsPointIntoTheOriginalTextAndNeverGoBack() throws IOException {
    String text = "ＡＩ … 5 G㎡數字";
    int lastStart = 0;
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        assertTrue(offset.startOffset() >= lastStart);
        assertTrue(offset.endOffset() >= offset.startOffset());
        assertTrue(offset.endOffset() <= text.length());
        lastStart = offset.startOffset();
      }
      ts.end();
    }
  }

  @Test
  void foldingIsPerCharacterSoAQuotedPieceFoldsAsInItsText() {
    String text = "乾隆年間，數據多跑路";
    for (int i = 0; i < text.length(); i++) {
      assertEquals(
          ChineseFolding.fold(text).charAt(i),
          ChineseFolding.fold(text.substring(i, i + 1)).charAt(0));
    }
  }

  private List<String> terms(String text) throws IOException {
    return terms(analyzer, text);
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }
}
