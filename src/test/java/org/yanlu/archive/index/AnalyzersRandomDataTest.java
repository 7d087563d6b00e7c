package org.yanlu.archive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.TestUtil;

/**
 * Lucene's own analysis checks on each analyzer that also runs inside Solr: random text through
 * {@code checkRandomData} (reuse, several threads on one analyzer, char filters in front, offsets
 * and positions read as a graph), and text that mixes Chinese with Latin, digits, full-width forms,
 * spaces and characters outside the Basic Multilingual Plane, as extracted news text does.
 *
 * <p>A JUnit 4 test because {@link BaseTokenStreamTestCase} is one; the vintage engine runs it. A
 * failure prints its seed; {@code mvn test -Dtest=AnalyzersRandomDataTest -Dtests.seed=…} replays
 * it, and {@code -Dtests.multiplier=3} runs three times as much random text.
 */
public class AnalyzersRandomDataTest extends BaseTokenStreamTestCase {

  /** The analyzers Solr gets, each made anew: the bigram fields', the query's and the words'. */
  private static final List<Supplier<Analyzer>> ANALYZERS =
      List.of(
          () -> new ExactAnalyzer(ExactTokenizer.Terms.BIGRAMS_ENDED),
          () -> new ExactAnalyzer(ExactTokenizer.Terms.BIGRAMS_AND_UNIGRAMS),
          ChineseWordAnalyzer::new);

  public void testUnigramAndBigramAtOnePositionStartTogetherAndTheBigramEndsWithTheNextCharacter()
      throws IOException {
    try (Analyzer a = new ExactAnalyzer(ExactTokenizer.Terms.BIGRAMS_AND_UNIGRAMS)) {
      // The bigram spans two positions, so it ends where the next character's unigram ends.
      assertAnalyzesTo(
          a,
          "bj ５G",
          new String[] {"bj", "b", "j5", "j", "5g", "5", "g"},
          new int[] {0, 0, 1, 1, 3, 3, 4},
          new int[] {2, 1, 4, 2, 5, 4, 5},
          null,
          new int[] {1, 0, 1, 0, 1, 0, 1},
          new int[] {2, 1, 2, 1, 2, 1, 1});
    }
  }

  public void testBigramFieldsHoldOneTermAtEachPositionTheLastCharacterEnded() throws IOException {
    try (Analyzer a = new ExactAnalyzer(ExactTokenizer.Terms.BIGRAMS_ENDED)) {
      assertAnalyzesTo(
          a,
          "5G 基站",
          new String[] {"5g", "g基", "基站", "站" + ExactTokenizer.END},
          new int[] {0, 1, 3, 4},
          new int[] {2, 4, 5, 5},
          null,
          new int[] {1, 1, 1, 1},
          new int[] {1, 1, 1, 1});
    }
  }

  public void testBigramFieldsAnalyzerPassesLuceneRandomChecks() throws IOException {
    checkRandomText(ANALYZERS.get(0), 10);
  }

  public void testQueryAndHighlightAnalyzerPassesLuceneRandomChecks() throws IOException {
    checkRandomText(ANALYZERS.get(1), 10);
  }

  public void testWordAnalyzerPassesLuceneRandomChecks() throws IOException {
    // Fewer long texts, as smartcn's own test has: segmenting 8k-character sentences is slow.
    checkRandomText(ANALYZERS.get(2), 3);
  }

  public void testEveryAnalyzerKeepsOffsetsAndPositionsConsistentOnMixedChineseText()
      throws IOException {
    for (Supplier<Analyzer> analyzer : ANALYZERS) {
      try (Analyzer a = analyzer.get()) {
        for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
          int maxLength = random().nextInt(10) == 0 ? 2000 : 40;
          String text = mixedChineseText(random(), maxLength);
          checkAnalysisConsistency(random(), a, random().nextBoolean(), text);
        }
      }
    }
  }

  public void testAnalyzersBuiltOnManyThreadsAtOnceGiveTheSameTokens() throws Exception {
    // Construction touches shared state (folding and ignorable tables, smartcn's dictionaries, a
    // shared sentence BreakIterator cloned per tokenizer); Solr builds its analyzers in parallel
    // while cores load, so fresh analyzers made at once must agree with one made alone.
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      texts.add(mixedChineseText(random(), 200));
    }
    List<List<String>> expected = new ArrayList<>();
    for (Supplier<Analyzer> analyzer : ANALYZERS) {
      expected.add(tokensOfAll(analyzer, texts));
    }
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<List<String>>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  List<List<String>> tokens = new ArrayList<>();
                  for (Supplier<Analyzer> analyzer : ANALYZERS) {
                    tokens.add(tokensOfAll(analyzer, texts));
                  }
                  return tokens;
                }));
      }
      start.countDown();
      for (Future<List<List<String>>> result : results) {
        assertEquals(expected, result.get());
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  /**
   * The random-data runs Lucene's own analysis tests make: many short texts, then a few long ones
   * (each run uses several threads on the one analyzer and checks them against a single thread).
   */
  private static void checkRandomText(Supplier<Analyzer> analyzer, int longTexts)
      throws IOException {
    try (Analyzer a = analyzer.get()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), a, longTexts * RANDOM_MULTIPLIER, 8192);
      for (int i = 0; i < 20 * RANDOM_MULTIPLIER; i++) {
        checkAnalysisConsistency(
            random(), a, random().nextBoolean(), TestUtil.randomRealisticUnicodeString(random()));
        checkAnalysisConsistency(
            random(), a, random().nextBoolean(), TestUtil.randomUnicodeString(random(), 100));
      }
    }
  }

  /** Each text's tokens as "term start-end +posInc ×posLen", from a freshly built analyzer. */
  private static List<String> tokensOfAll(Supplier<Analyzer> analyzer, List<String> texts)
      throws IOException {
    List<String> tokens = new ArrayList<>();
    try (Analyzer a = analyzer.get()) {
      for (String text : texts) {
        try (TokenStream ts = a.tokenStream("f", text)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
          PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
          PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            tokens.add(
                term
                    + " "
                    + offset.startOffset()
                    + "-"
                    + offset.endOffset()
                    + " +"
                    + posInc.getPositionIncrement()
                    + " ×"
                    + posLen.getPositionLength());
          }
          ts.end();
          tokens.add("end " + offset.endOffset());
        }
      }
    }
    return tokens;
  }

  private static final String TRADITIONAL = "數據國說們來對時會學發經過還這個與為從當開關實際東車門長問題點體電腦網絡";
  private static final String PUNCTUATION = "，。、；：？！“”‘’《》（）【】…—·「」";

  /** Characters that fold to several: ㎡ → m2, ½ → 1⁄2, ﬁ → fi, ⑴ → (1). */
  private static final String FOLDS_TO_SEVERAL = "㎡㎞①⑴ﬁ℃™½…";

  private static final String SPACES = " \u3000\t\n\u00A0\u200B\uFEFF\r";

  /**
   * Text as news extraction gives it, mostly Chinese: Simplified and Traditional characters, Latin
   * words and digits, full-width forms, Chinese punctuation, stray and wide spaces, invisible
   * format characters, characters that fold to several, kana and hangul, characters outside the
   * Basic Multilingual Plane (rare Chinese and emoji), combining marks, the tokenizer's own end
   * mark, and now and then a lone surrogate.
   */
  static String mixedChineseText(Random random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder out = new StringBuilder(length * 2);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(100);
      if (kind < 40) {
        out.append((char) TestUtil.nextInt(random, 0x4E00, 0x9FA5));
      } else if (kind < 48) {
        out.append(pick(random, TRADITIONAL));
      } else if (kind < 56) {
        out.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
      } else if (kind < 62) {
        out.append((char) ('0' + random.nextInt(10)));
      } else if (kind < 68) {
        out.append((char) TestUtil.nextInt(random, 0xFF01, 0xFF5E));
      } else if (kind < 76) {
        out.append(pick(random, SPACES));
      } else if (kind < 84) {
        out.append(pick(random, PUNCTUATION));
      } else if (kind < 87) {
        out.append(pick(random, FOLDS_TO_SEVERAL));
      } else if (kind < 89) {
        out.append((char) TestUtil.nextInt(random, 0x3041, 0x30FA));
      } else if (kind < 91) {
        out.append((char) TestUtil.nextInt(random, 0xAC00, 0xD7A3));
      } else if (kind < 94) {
        out.appendCodePoint(TestUtil.nextInt(random, 0x20000, 0x2A6D6));
      } else if (kind < 96) {
        out.appendCodePoint(TestUtil.nextInt(random, 0x1F600, 0x1F64F));
      } else if (kind < 98) {
        out.append((char) TestUtil.nextInt(random, 0x0300, 0x036F));
      } else if (kind < 99) {
        out.append(ExactTokenizer.END);
      } else {
        out.append((char) TestUtil.nextInt(random, 0xD800, 0xDFFF));
      }
    }
    return out.toString();
  }

  private static char pick(Random random, String chars) {
    return chars.charAt(random.nextInt(chars.length()));
  }
}
