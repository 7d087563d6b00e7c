package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.Indexer;

/**
 * Quotes remembered wrong ({@code "…"~}) and exact quotes that find nothing, over the committed
 * corpus with a few Tang poems in their 全唐詩 text (Traditional, as printed there) beside it.
 */
class ApproximateQuoteTest {
  static final Path POEMS = Path.of("src/test/resources/poems");

  @TempDir static Path root;
  private static EmbeddedArchive archive;
  private static List<Article> corpus;

  @BeforeAll
  static void indexTheCorpusAndThePoems() throws IOException {
    corpus = CorpusIndex.articles();
    List<Article> all = new ArrayList<>(corpus);
    all.addAll(new Corpus(CorpusReaders.standard()).read(POEMS).articles());
    new Indexer(new ArticleFields(), 2)
        .rebuild(root, all, Corpus.lastModified(CorpusIndex.CORPUS), IndexProgress.NONE);
    archive =
        new EmbeddedArchive(Searcher.open(root), ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE));
  }

  @AfterAll
  static void close() {
    archive.close();
  }

  @Test
  void theLineEveryoneTypesFindsTheQuanTangShiTextAsTheClosestPassage() {
    SearchResult result = archive.search(SearchRequest.of("\"床前明月光\""));
    assertTrue(result.near(), "no exact match, so the closest passages");
    Hit first = result.hits().get(0);
    assertEquals("qts-165-jingyesi", first.id());
    assertEquals(1, first.distance());
    assertTrue(
        first.snippet().contains("<mark>床前</mark><mark class=\"diff\">看</mark><mark>月光</mark>"),
        first.snippet());
  }

  @Test
  void anApproximateQuoteFindsTheLineWithOneWrongCharacter() {
    SearchResult result = archive.search(SearchRequest.of("\"床前明月光\"~"));
    assertFalse(result.near(), "asked for approximately: not a fallback");
    assertEquals("qts-165-jingyesi", result.hits().get(0).id());
    assertEquals(1, result.hits().get(0).distance());
  }

  @Test
  void oneWrongCharacterRanksAboveTwoWhateverTheIndexScored() {
    ApproximateQuotes quote = new ApproximateQuotes(List.of("举头望明月，低头思故乡"));
    List<List<String>> texts =
        List.of(
            List.of("舉杯望明月，低頭思故里。"),
            List.of("床前看月光，疑是地上霜。", "舉頭望山月，低頭思故鄉。"),
            List.of("春眠不覺曉，處處聞啼鳥。"));
    List<ApproximateQuotes.Candidate<List<String>>> ranked =
        quote.rank(texts, t -> t.get(0), t -> (float) texts.indexOf(t) * -1f, t -> t);
    assertEquals(texts.get(1), ranked.get(0).item());
    assertEquals(1, ranked.get(0).match().distance());
    assertEquals(texts.get(0), ranked.get(1).item());
    assertEquals(2, ranked.get(1).match().distance());
    assertEquals(texts.get(2), ranked.get(2).item());
  }

  @Test
  void aSwappedPairCountsAsOneDifferenceAndBothCharactersAreMarked() {
    ApproximateQuotes quote = new ApproximateQuotes(List.of("疑是上地霜"));
    ApproximateQuotes.Match m = quote.match(List.of("床前看月光，疑是地上霜。"));
    assertEquals(1, m.distance());
    assertTrue(
        m.snippet().contains("<mark>疑是</mark><mark class=\"diff\">地上</mark><mark>霜</mark>"),
        m.snippet());
  }

  @Test
  void theTextAsPrintedTypedInSimplifiedPutsItsSourceFirstAtDistanceZero() {
    SearchResult result = archive.search(SearchRequest.of("\"床前看月光\"~"));
    assertEquals("qts-165-jingyesi", result.hits().get(0).id());
    assertEquals(0, result.hits().get(0).distance());
    assertTrue(result.hits().get(0).snippet().contains("<mark>床前看月光</mark>"));
  }

  @Test
  void anExactQuoteStillFindsExactlyAndCarriesNoDistance() {
    SearchResult result = archive.search(SearchRequest.of("\"床前看月光\""));
    assertFalse(result.near());
    assertEquals(1, result.total());
    assertEquals(null, result.hits().get(0).distance());
  }

  /** The slips a reader makes in a remembered quote. */
  enum Slip {
    WRONG {
      String apply(String s) {
        return s.substring(0, 5) + "国" + s.substring(6);
      }
    },
    MISSING {
      String apply(String s) {
        return s.substring(0, 5) + s.substring(6);
      }
    },
    ADDED {
      String apply(String s) {
        return s.substring(0, 5) + "的" + s.substring(5);
      }
    },
    SWAPPED {
      String apply(String s) {
        return s.substring(0, 5) + s.charAt(6) + s.charAt(5) + s.substring(7);
      }
    },
    TWO_WRONG {
      String apply(String s) {
        return s.substring(0, 3) + "国" + s.substring(4, 8) + "民" + s.substring(9);
      }
    };

    abstract String apply(String s);
  }

  @ParameterizedTest
  @EnumSource(Slip.class)
  void aSlipInAQuoteFromTheCorpusStillRanksItsArticleFirst(Slip slip) {
    int found = 0;
    int tried = 0;
    for (Article a : corpus) {
      String quote = null;
      for (String p : a.paragraphs()) {
        String text = CorpusIndex.compact(p);
        for (int start = 0; quote == null && start + 12 <= text.length(); start += 6) {
          String stretch = text.substring(start, start + 12);
          if (stretch.codePoints().allMatch(Character::isIdeographic)) {
            quote = slip.apply(stretch);
          }
        }
      }
      if (quote == null) {
        continue;
      }
      tried++;
      SearchResult result = archive.search(SearchRequest.of("\"" + quote + "\"~"));
      // The same stretch can stand in two articles (one report printed twice): both come first.
      Integer closest = result.hits().isEmpty() ? null : result.hits().get(0).distance();
      if (result.hits().stream()
          .anyMatch(h -> h.id().equals(a.id()) && h.distance().equals(closest))) {
        found++;
        assertTrue(closest <= 2, quote);
      }
    }
    assertTrue(tried >= 8, "enough stretches of plain text: " + tried);
    assertEquals(tried, found, slip + ": the source first for every stretch");
  }

  @Test
  void theSnippetMarksTheDifferencesAndEscapesEverythingElse() {
    SearchResult result = archive.search(SearchRequest.of("\"让档案少跑路\"~"));
    Hit hit = result.hits().get(0);
    assertEquals("web-escape-2020-10-12", hit.id());
    assertFalse(hit.snippet().contains("<script"), hit.snippet());
    assertTrue(hit.snippet().contains("&lt;script&gt;"), hit.snippet());
    assertTrue(hit.snippet().contains("&amp;"), hit.snippet());
    assertTrue(hit.snippet().contains("<mark class=\"diff\">多</mark>"), hit.snippet());
    String withoutMarks =
        hit.snippet()
            .replace("<mark>", "")
            .replace("<mark class=\"diff\">", "")
            .replace("</mark>", "");
    assertFalse(withoutMarks.contains("<"), "no other tag: " + hit.snippet());
  }

  @Test
  void approximateQuotesWorkWithFiltersFacetsAndQuotes() {
    SearchRequest request =
        SearchRequest.builder("\"春眠不覺曉處處聞鳥啼\"~").sources(List.of("全唐詩")).build();
    SearchResult filtered = archive.search(request);
    assertEquals(List.of("qts-160-chunxiao"), filtered.hits().stream().map(Hit::id).toList());
    assertTrue(
        filtered.facets().get("source").stream()
            .anyMatch(c -> c.value().equals("唐诗三百首") && c.count() == 1 && !c.selected()),
        "the other outlet keeps its count: " + filtered.facets().get("source"));
    QuoteResult quotes = archive.quotes(QuoteRequest.of("\"让档案少跑路\"~"));
    assertEquals(1, quotes.hits().size());
    assertEquals(1, quotes.hits().get(0).distance());
    assertTrue(quotes.hits().get(0).snippet().contains("<mark class=\"diff\">多</mark>"));
    QuoteResult near = archive.quotes(QuoteRequest.of("\"让档案少跑路\""));
    assertTrue(near.near());
  }

  @Test
  void anOpenedArticleMarksTheClosestPassage() {
    ArticleView a = archive.article("qts-165-jingyesi", "\"床前明月光\"~");
    assertTrue(
        a.highlightedParagraphs().get(0).contains("<mark class=\"diff\">看</mark>"),
        a.highlightedParagraphs().toString());
  }

  @Test
  void anExactQuoteInTwoVersionsOfAPoemReachesBoth() {
    SearchResult result = archive.search(SearchRequest.of("\"夜來風雨聲\""));
    assertEquals(2, result.articles());
    Hit hit = result.hits().get(0);
    List<String> all = new ArrayList<>(List.of(hit.id()));
    hit.copies().forEach(c -> all.add(c.id()));
    assertEquals(List.of("qts-160-chunxiao", "tssbs-chunxiao"), all.stream().sorted().toList());
  }

  @Test
  void tooLongAnApproximateQuoteIsABadQuery() {
    String longer = "数".repeat(ApproximateQuotes.MAX_LENGTH + 1);
    BadQueryException e =
        assertThrows(
            BadQueryException.class, () -> archive.search(SearchRequest.of("\"" + longer + "\"~")));
    assertTrue(e.getMessage().contains("64"), e.getMessage());
    assertNotNull(archive.search(SearchRequest.of("\"数字\"~")), "a short one is exact");
  }
}
