package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The distance of {@link ApproximateQuotes} (computed bit-parallel) equals the optimal string
 * alignment distance of the quote to the closest stretch of a text, as the textbook table computes
 * it, on random texts over a few characters (so that wrong, missing, added and swapped characters
 * all occur), and picks the paragraph a table would.
 */
class ApproximateDistanceTest {
  private static final String ALPHABET = "数字中国福建";

  @Test
  void theBitParallelDistanceEqualsTheTableOnRandomTexts() {
    Random random = new Random(20261130);
    for (int round = 0; round < 5000; round++) {
      String quote = random(random, 4 + random.nextInt(61));
      String text = random(random, random.nextInt(120));
      int expected = text.isEmpty() ? Integer.MAX_VALUE : table(quote, text);
      ApproximateQuotes.Match m = new ApproximateQuotes(List.of(quote)).match(List.of(text));
      assertEquals(expected, m.distance(), quote + " in " + text);
    }
  }

  @Test
  void theClosestParagraphIsChosenOfSeveral() {
    Random random = new Random(7);
    for (int round = 0; round < 1000; round++) {
      String quote = random(random, 4 + random.nextInt(20));
      List<String> paragraphs = List.of(random(random, 30), random(random, 30), random(random, 30));
      int best = Integer.MAX_VALUE;
      int where = -1;
      for (int p = 0; p < paragraphs.size(); p++) {
        int d = table(quote, paragraphs.get(p));
        if (d < best) {
          best = d;
          where = p;
        }
      }
      ApproximateQuotes.Match m = new ApproximateQuotes(List.of(quote)).match(paragraphs);
      assertEquals(best, m.distance());
      assertEquals(where, m.paragraph());
    }
  }

  @Test
  void rankingTextsThatShareParagraphsMatchesEachAsAlone() {
    Random random = new Random(11);
    List<String> shared = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      shared.add(random(random, 10 + random.nextInt(40)));
    }
    for (int round = 0; round < 200; round++) {
      ApproximateQuotes quotes =
          new ApproximateQuotes(
              List.of(
                  random(random, 4 + random.nextInt(12)), random(random, 4 + random.nextInt(8))));
      List<List<String>> texts = new ArrayList<>();
      for (int t = 0; t < 20; t++) {
        List<String> text = new ArrayList<>();
        for (int p = random.nextInt(6); p >= 0; p--) {
          text.add(shared.get(random.nextInt(shared.size())));
        }
        texts.add(text);
      }
      List<ApproximateQuotes.Candidate<List<String>>> ranked =
          quotes.rank(texts, String::valueOf, text -> 0f, text -> text);
      for (ApproximateQuotes.Candidate<List<String>> c : ranked) {
        assertEquals(quotes.match(c.item()), c.match(), c.id());
      }
    }
  }

  private static String random(Random random, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  /**
   * The optimal string alignment distance of the quote to its closest stretch of the text, by the
   * full table: row 0 all zero (the stretch starts anywhere), the least of the last row.
   */
  private static int table(String quote, String text) {
    int m = quote.length();
    int n = text.length();
    int[][] d = new int[m + 1][n + 1];
    for (int i = 0; i <= m; i++) {
      d[i][0] = i;
    }
    int best = m;
    for (int j = 1; j <= n; j++) {
      for (int i = 1; i <= m; i++) {
        char q = quote.charAt(i - 1);
        char t = text.charAt(j - 1);
        int v = d[i - 1][j - 1] + (q == t ? 0 : 1);
        v = Math.min(v, d[i][j - 1] + 1);
        v = Math.min(v, d[i - 1][j] + 1);
        if (i > 1 && j > 1 && q == text.charAt(j - 2) && quote.charAt(i - 2) == t && q != t) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
      best = Math.min(best, d[m][j]);
    }
    return best;
  }
}
