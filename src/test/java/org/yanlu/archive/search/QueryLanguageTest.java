package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanlu.archive.article.Article;

/** What the query language means, on the real corpus. */
class QueryLanguageTest {
  @RegisterExtension
  static final CorpusIndexExtension index = new CorpusIndexExtension(CorpusIndex::build);

  private final Searcher searcher = index.searcher();

  private static Map<String, String> textById;

  @BeforeAll
  static void readCorpus() throws IOException {
    textById =
        CorpusIndex.articles().stream()
            .collect(
                Collectors.toMap(
                    Article::id, a -> CorpusIndex.compact(String.join("", CorpusIndex.units(a)))));
  }

  @Test
  void emptyQueryBrowsesAllArticles() {
    assertEquals(textById.size(), searcher.search(SearchRequest.of("")).total());
    assertEquals(textById.size(), searcher.search(SearchRequest.of("   ")).total());
  }

  @Test
  void wordsAreAndedSoEveryHitHoldsBoth() {
    for (String id : ids("人工智能 泡沫")) {
      assertTrue(textById.get(id).contains("人工智能") && textById.get(id).contains("泡沫"), id);
    }
    assertTrue(ids("人工智能 泡沫").size() < ids("人工智能").size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"5G -\"信息基础\"", "5G -“信息基础”", "5G -「信息基础」", "-\"信息基础\" 5G"})
  void minusExcludesArticlesHoldingAQuotedPhrase(String query) {
    Set<String> with5g = ids("5G");
    Set<String> without = ids(query);
    assertTrue(!without.isEmpty() && without.size() < with5g.size(), query);
    for (String id : with5g) {
      assertEquals(!textById.get(id).contains("信息基础"), without.contains(id), id);
    }
  }

  @Test
  void minusExcludesArticlesHoldingTheWord() {
    Set<String> with5g = ids("5G");
    Set<String> without = ids("5G -基站");
    assertTrue(!without.isEmpty() && without.size() < with5g.size());
    for (String id : without) {
      assertTrue(!textById.get(id).contains("基站"), id + " holds 基站");
    }
  }

  @Test
  void aLoneExclusionBrowsesAllArticlesButThose() {
    assertEquals(textById.size() - ids("扶贫").size(), ids("-扶贫").size());
  }

  @Test
  void orFindsArticlesHoldingEither() {
    Set<String> either = new HashSet<>(ids("扶贫"));
    either.addAll(ids("泡沫"));
    assertEquals(either, ids("扶贫 OR 泡沫"));
  }

  @Test
  void sourcePrefixKeepsOnlyThatOutletWhateverTheCaseAndSpacing() {
    SearchResult result = searcher.search(SearchRequest.of("source:\"c114 通信网\""));
    assertTrue(result.total() > 0);
    result.hits().forEach(h -> assertEquals("C114通信网", h.source()));
  }

  @Test
  void traditionalAndFullWidthQueriesFindSimplifiedText() {
    assertEquals(ids("数字中国"), ids("數字中國"));
    assertEquals(ids("\"5G\""), ids("\"５Ｇ\""));
    assertTrue(!ids("\"數字中國\"").isEmpty());
  }

  @Test
  void aWordTheSegmenterCutsDifferentlyIsStillFoundAsAString() {
    for (String id : ids("\"数字福建\"")) {
      assertTrue(ids("数字福建").contains(id), id);
    }
  }

  @Test
  void snippetsAreEscapedTextWithOnlyMarkTags() {
    SearchResult result = searcher.search(SearchRequest.of("数字中国"));
    assertTrue(
        result.hits().get(0).snippet().contains("<mark>数字中国</mark>"),
        result.hits().get(0).snippet());
    for (Hit h : result.hits()) {
      String withoutMarks = h.snippet().replace("<mark>", "").replace("</mark>", "");
      assertTrue(!withoutMarks.contains("<") && !withoutMarks.contains(">"), h.snippet());
      assertTrue(withoutMarks.length() <= 400, "snippet of " + withoutMarks.length());
    }
  }

  @Test
  void everySnippetIsCutFromItsOwnArticle() {
    for (String query : List.of("扶贫", "5G 基站", "\"数字\"", "")) {
      for (int page = 1; page <= 2; page++) {
        SearchResult result =
            searcher.search(SearchRequest.builder(query).page(page).size(10).build());
        for (Hit h : result.hits()) {
          String text =
              Parser.unescapeEntities(
                  h.snippet().replace("<mark>", "").replace("</mark>", ""), false);
          assertTrue(!text.isBlank(), query + ": empty snippet for " + h.id());
          assertTrue(
              textById.get(h.id()).contains(CorpusIndex.compact(text)),
              query + ": snippet of " + h.id() + " is not its text: " + text);
        }
      }
    }
  }

  @Test
  void aOneCharacterQuoteIsMarkedInTheSnippet() {
    SearchResult result = searcher.search(SearchRequest.of("\"贫\""));
    assertTrue(result.total() > 0);
    result.hits().forEach(h -> assertTrue(h.snippet().contains("<mark>贫</mark>"), h.snippet()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"5G", "“5G 基站", "「扶贫", "-", "5G -", "+", "扶贫 OR", "OR 扶贫", "扶贫 AND", "(扶贫", "扶贫)", "\"\"",
        "“  ”"
      })
  void malformedQueriesGiveABilingualBadQueryError(String query) {
    BadQueryException e =
        assertThrows(BadQueryException.class, () -> searcher.search(SearchRequest.of(query)));
    assertTrue(e.getMessage().matches("(?s).*\\p{IsHan}.*/.*[a-z].*"), e.getMessage());
  }

  @Test
  void theLongestQueriesAllowedAreAnswered() {
    String words = "数 中 发 互 建 5 ".repeat(50).substring(0, SearchRequest.MAX_QUERY_LENGTH);
    String ors = "数 OR 中 OR 发 OR 互 OR 建 OR ".repeat(19) + "数 OR 中 OR 发 OR 互 OR     5";
    assertEquals(SearchRequest.MAX_QUERY_LENGTH, words.length());
    assertEquals(SearchRequest.MAX_QUERY_LENGTH, ors.length());
    // A word said again does not change which articles match: the same as each word once.
    assertEquals(
        searcher.search(SearchRequest.of("数 中 发 互 建 5")).total(),
        searcher.search(SearchRequest.of(words)).total());
    assertEquals(
        searcher.search(SearchRequest.of("数 OR 中 OR 发 OR 互 OR 建 OR 5")).total(),
        searcher.search(SearchRequest.of(ors)).total());
  }

  @Test
  void aQueryOfTenThousandCharactersIsABadQuery() {
    BadQueryException e =
        assertThrows(BadQueryException.class, () -> SearchRequest.of("扶".repeat(10_000)));
    assertTrue(
        e.getMessage().endsWith("query too long: 10000 characters, at most 500"), e.getMessage());
  }

  /**
   * Classic Lucene syntax that the query language does not offer is text: not a field ({@code
   * 来源:}), a wildcard, a range, a boost ({@code ^2}) or fuzziness ({@code ~}). Each query finds
   * what its words as text find: the articles that hold it, or those of the same words without the
   * punctuation the analyzer drops.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          IPv6:    | IPv6
          [5G]     | 5G
          5G^2     | 5G ^2
          来源:人民 |
          a\\b*     |
          {x}      |
          what?    |
          ~        |
          !        |
          """)
  void classicSyntaxWeDoNotOfferIsTakenAsText(String query, String sameAs) {
    Set<String> expected =
        sameAs == null
            ? textById.entrySet().stream()
                .filter(e -> e.getValue().contains(CorpusIndex.compact(query)))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet())
            : ids(sameAs);
    assertEquals(expected, ids(query), query);
  }

  private Set<String> ids(String query) {
    Set<String> ids = new HashSet<>();
    searcher.export(SearchRequest.of(query), h -> ids.add(h.id()));
    return ids;
  }

  @Test
  void exportStreamsEveryHitAcrossBatches() {
    List<Hit> all = new java.util.ArrayList<>();
    searcher.export(SearchRequest.of("的"), all::add);
    assertEquals(searcher.search(SearchRequest.of("的")).total(), all.size());
    assertEquals(all.size(), all.stream().map(Hit::id).distinct().count());
  }
}
