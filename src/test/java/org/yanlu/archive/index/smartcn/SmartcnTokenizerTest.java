package org.yanlu.archive.index.smartcn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;

/** Our segmenter must give smartcn's tokens exactly: the ranking fields are smartcn's words. */
class SmartcnTokenizerTest {
  private final Tokenizer smartcn = new HMMChineseTokenizer();
  private final Tokenizer ours = new SmartcnTokenizer();

  @Test
  void everyTextOfTheCorpusSegmentsAsSmartcnSegmentsIt() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path folder : List.of(Path.of("corpus"), Path.of("src/test/resources/html"))) {
      for (Article a : new Corpus(CorpusReaders.standard()).read(folder).articles()) {
        texts.add(a.title());
        texts.add(a.subtitle());
        texts.addAll(a.paragraphs());
        // Whole articles run past the tokenizer's buffer, so sentences are cut across refills.
        texts.add(String.join("\n", a.paragraphs()));
      }
    }
    assertSameTokens(texts);
  }

  @Test
  void mixedScriptsSpacesAndOddCharactersSegmentAsSmartcnSegmentsThem() throws IOException {
    String alphabet =
        "的是在了中国人工智能数字经济发展基站网络互联网河南省郑州市政府工作报告"
            + " 　\t\n"
            + "abcXYZ0123456789ＡＢＣｘｙｚ０１２３"
            + ",.;:!?，。、；：！？“”‘’「」《》（）—…·%$#@&*+-=/\\|"
            + "éßж¼€®™㎡①Ⅱ"
            + "\uD840\uDC00\uD83D\uDE00\uD800\uDC00"; // surrogate pairs
    Random random = new Random(20261124);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(60);
      for (int k = 0; k < length; k++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    // A lone surrogate at either end of a sentence, and nothing but spaces.
    texts.addAll(List.of("\uD840", "中\uDC00国", "数据\uD840", "", "   ", "　　\n"));
    assertSameTokens(texts);
  }

  @Test
  void longRunsOfDictionaryWordsWithSpacesInsideSegmentAsSmartcnSegmentsThem() throws IOException {
    // Spaces between Hanzi are skipped when smartcn looks words up: 人 工 智 能 is still 人工智能.
    assertSameTokens(
        List.of(
            "人 工 智 能",
            "中华人民共和国国务院办公厅关于推进互联网加政务服务的指导意见",
            "数 字 中 国 建 设 峰 会",
            "5G 基站建设和IPv6规模部署，1.5亿用户"));
  }

  private void assertSameTokens(List<String> texts) throws IOException {
    for (String text : texts) {
      assertEquals(tokens(smartcn, text), tokens(ours, text), () -> "segmenting: " + text);
    }
  }

  /** Every token with its offsets, type and position increment, and the final offset. */
  private static List<String> tokens(Tokenizer tokenizer, String text) throws IOException {
    tokenizer.setReader(new StringReader(text));
    CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);
    PositionIncrementAttribute increment = tokenizer.addAttribute(PositionIncrementAttribute.class);
    List<String> tokens = new ArrayList<>();
    tokenizer.reset();
    while (tokenizer.incrementToken()) {
      tokens.add(
          term
              + " "
              + offset.startOffset()
              + "-"
              + offset.endOffset()
              + " "
              + type.type()
              + " +"
              + increment.getPositionIncrement());
    }
    tokenizer.end();
    tokens.add("end " + offset.endOffset());
    tokenizer.close();
    return tokens;
  }
}
