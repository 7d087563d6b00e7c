package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yanlu.archive.article.Article;

/**
 * The exact-quote guarantee over the real corpus: a quoted substring of any article finds that
 * article, and every article it finds holds the string.
 */
class ExactQuotePropertyTest {
  private static final int QUOTES_PER_ARTICLE = 120;

  @RegisterExtension
  static final CorpusIndexExtension index = new CorpusIndexExtension(CorpusIndex::build);

  private final Searcher searcher = index.searcher();

  private static List<Article> articles;
  private static final Map<String, List<String>> compactUnits = new HashMap<>();

  @BeforeAll
  static void readCorpus() throws IOException {
    articles = CorpusIndex.articles();
    for (Article a : articles) {
      compactUnits.put(a.id(), CorpusIndex.units(a).stream().map(CorpusIndex::compact).toList());
    }
  }

  @Test
  void everyQuotedSubstringOfTwoToFifteenCharactersFindsItsArticleAndOnlyArticlesHoldingIt() {
    Random random = new Random(20201024);
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (Article a : articles) {
      List<String> units =
          CorpusIndex.units(a).stream().filter(u -> CorpusIndex.compact(u).length() >= 2).toList();
      for (int n = 0; n < QUOTES_PER_ARTICLE && !units.isEmpty(); n++) {
        String unit = units.get(random.nextInt(units.size()));
        String quote = randomSubstring(unit, 2 + random.nextInt(14), random);
        if (quote.contains("\"") || CorpusIndex.compact(quote).isEmpty()) {
          continue;
        }
        tried++;
        check(a.id(), quote, "\"" + quote + "\"", failures);
      }
    }
    assertTrue(tried > 1000, "tried " + tried);
    assertEquals(
        List.of(),
        failures.subList(0, Math.min(20, failures.size())),
        failures.size() + " of " + tried + " quotes failed");
  }

  @Test
  void curlyAndCornerQuotesAreExactQuotesToo() {
    List<String> failures = new ArrayList<>();
    check(articles.get(0).id(), "让百姓少跑腿、数据多跑路", "“让百姓少跑腿、数据多跑路”", failures);
    check(articles.get(0).id(), "让百姓少跑腿、数据多跑路", "「让百姓少跑腿、数据多跑路」", failures);
    assertEquals(List.of(), failures);
  }

  @Test
  void everySingleCharacterQuoteFindsExactlyTheArticlesHoldingIt() {
    List<String> failures = new ArrayList<>();
    Random random = new Random(7);
    for (Article a : articles) {
      String text = String.join("", CorpusIndex.units(a)).replaceAll("[\\s\"]", "");
      for (int n = 0; n < 10 && !text.isEmpty(); n++) {
        int at = text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length())));
        String ch = new String(Character.toChars(text.codePointAt(at)));
        check(a.id(), ch, "\"" + ch + "\"", failures);
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void latinDigitAndMixedQuotesMatchExactly() {
    List<String> failures = new ArrayList<>();
    for (String quote : List.of("5G", "IPv6", "1.5 亿", "2020 年", "60 万座", "5G 基站")) {
      Set<String> holding = new HashSet<>();
      for (Article a : articles) {
        if (compactUnits.get(a.id()).stream()
            .anyMatch(u -> u.contains(CorpusIndex.compact(quote)))) {
          holding.add(a.id());
        }
      }
      assertTrue(!holding.isEmpty(), quote + " is in the corpus");
      Set<String> found = ids("\"" + quote + "\"");
      if (!found.equals(holding)) {
        failures.add(quote + ": found " + found + " but held by " + holding);
      }
    }
    assertEquals(List.of(), failures);
  }

  private void check(String articleId, String quote, String query, List<String> failures) {
    Set<String> found;
    try {
      found = ids(query);
    } catch (BadQueryException e) {
      failures.add(query + " → " + e.getMessage());
      return;
    }
    if (!found.contains(articleId)) {
      failures.add(query + " misses " + articleId);
    }
    String needle = CorpusIndex.compact(quote);
    for (String id : found) {
      if (compactUnits.get(id).stream().noneMatch(u -> u.contains(needle))) {
        failures.add(query + " finds " + id + ", which does not hold it");
      }
    }
  }

  private Set<String> ids(String query) {
    Set<String> ids = new HashSet<>();
    searcher.export(SearchRequest.of(query), hit -> ids.add(hit.id()));
    return ids;
  }

  private static String randomSubstring(String text, int length, Random random) {
    int cps = text.codePointCount(0, text.length());
    int len = Math.min(length, cps);
    int start = random.nextInt(cps - len + 1);
    int from = text.offsetByCodePoints(0, start);
    return text.substring(from, text.offsetByCodePoints(from, len));
  }
}
