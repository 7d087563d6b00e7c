package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.enrich.EnrichedCorpus;

/** Quote search over the enriched real corpus: quotes as hits, exact and by relevance. */
class QuoteSearcherTest {
  private static final String WU = "邬贺铨";
  private static final int SUBSTRINGS_PER_QUOTE = 12;

  @RegisterExtension
  static final CorpusIndexExtension index = new CorpusIndexExtension(CorpusIndex::buildEnriched);

  private final Searcher searcher = index.searcher();

  private final QuoteSearcher quotes = new QuoteSearcher(searcher);
  private static List<Article> articles;

  /** A quote with the article it was said in. */
  private record Said(Article article, Quote quote) {}

  @BeforeAll
  static void readCorpus() throws IOException {
    articles = EnrichedCorpus.read(CorpusIndex.CORPUS);
  }

  private List<Said> allQuotes() {
    List<Said> all = new ArrayList<>();
    for (Article a : articles) {
      a.quotes().forEach(q -> all.add(new Said(a, q)));
    }
    return all;
  }

  @Test
  void theCorpusHasQuotesOfSeveralSpeakers() {
    List<Said> all = allQuotes();
    assertTrue(all.size() > 50, "quotes: " + all.size());
    assertEquals(all.size(), quotes.search(QuoteRequest.of("")).total());
    assertEquals(all.size(), searcher.stats().quotes());
  }

  @Test
  void everyQuotedSubstringOfAQuoteFindsThatQuoteAndOnlyQuotesHoldingIt() {
    Random random = new Random(20201103);
    List<Said> all = allQuotes();
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (Said said : all) {
      String text = said.quote().text();
      for (int n = 0; n < SUBSTRINGS_PER_QUOTE; n++) {
        String sub = substring(text, 2 + random.nextInt(14), random);
        String compact = CorpusIndex.compact(sub);
        if (sub.contains("\"") || compact.isEmpty()) {
          continue;
        }
        tried++;
        long holding =
            all.stream()
                .filter(s -> CorpusIndex.compact(s.quote().text()).contains(compact))
                .count();
        QuoteResult result =
            quotes.search(
                new QuoteRequest("\"" + sub + "\"", null, null, 1, SearchRequest.MAX_SIZE));
        boolean found =
            result.hits().stream()
                .anyMatch(
                    h ->
                        h.articleId().equals(said.article().id())
                            && h.paragraph() == said.quote().paragraph()
                            && h.text().equals(text));
        boolean allHold =
            result.hits().stream().allMatch(h -> CorpusIndex.compact(h.text()).contains(compact));
        if (!found || !allHold || result.total() != holding) {
          failures.add(sub + " (total " + result.total() + ", holding " + holding + ")");
        }
      }
    }
    assertTrue(tried > 500, "tried " + tried);
    assertEquals(
        List.of(), failures, failures.size() + " of " + tried + " quoted substrings failed");
  }

  @Test
  void wordsSaidByWuHequanFindHisQuoteFirst() {
    for (String words : List.of("5G 投资回报", "懂工业 懂IT", "工业App 个性化需求", "5G 同步 商用")) {
      QuoteHit first = quotes.search(QuoteRequest.of(words)).hits().get(0);
      assertAll(
          words,
          () -> assertEquals(WU, first.speaker()),
          () -> assertEquals("中国工程院院士、中国互联网协会咨询委员会主任", first.role()));
    }
  }

  @Test
  void aHitCarriesItsArticleAndParagraphAndMarksTheMatch() {
    QuoteHit hit = quotes.search(QuoteRequest.of("\"投资回报\"")).hits().get(0);
    Article article =
        articles.stream().filter(a -> a.id().equals(hit.articleId())).findFirst().orElseThrow();
    assertEquals(article.title(), hit.title());
    assertEquals(article.source(), hit.source());
    assertEquals(article.date().text(), hit.date());
    assertTrue(
        CorpusIndex.compact(article.paragraphs().get(hit.paragraph()))
            .contains(CorpusIndex.compact("投资回报")),
        "the paragraph holds the quote");
    assertTrue(hit.snippet().contains("<mark>"), hit.snippet());
  }

  @Test
  void speakerFilterKeepsOnlyTheirQuotesAndTheOtherSpeakersCounts() {
    long his = allQuotes().stream().filter(s -> s.quote().speaker().equals(WU)).count();
    QuoteResult all = quotes.search(QuoteRequest.of(""));
    QuoteResult result = quotes.search(QuoteRequest.bySpeaker(WU, SearchRequest.MAX_SIZE));
    assertEquals(his, result.total());
    assertTrue(result.hits().stream().allMatch(h -> h.speaker().equals(WU)));
    assertEquals(all.facets().get("speaker").size(), result.facets().get("speaker").size());
    assertTrue(
        result.facets().get("speaker").stream()
            .anyMatch(c -> c.value().equals(WU) && c.selected() && c.count() == his));
  }

  @Test
  void sourceFilterKeepsOnlyQuotesFromThatOutlet() {
    Article wu =
        articles.stream()
            .filter(a -> a.quotes().stream().anyMatch(q -> q.speaker().equals(WU)))
            .findFirst()
            .orElseThrow();
    QuoteResult result =
        quotes.search(new QuoteRequest("", null, List.of(wu.source()), 1, SearchRequest.MAX_SIZE));
    long expected =
        allQuotes().stream().filter(s -> s.article().source().equals(wu.source())).count();
    assertEquals(expected, result.total());
    assertTrue(result.hits().stream().allMatch(h -> h.source().equals(wu.source())));
  }

  @Test
  void aQuotedTermOrSloganIsNotAQuoteOfItsOwn() {
    for (String term : List.of("数字福建", "互联网+", "新基建")) {
      QuoteResult result = quotes.search(QuoteRequest.of("“" + term + "”"));
      assertTrue(
          result.hits().stream()
              .noneMatch(h -> CorpusIndex.compact(h.text()).equals(CorpusIndex.compact(term))),
          term + ": " + result.hits());
    }
  }

  @Test
  void speakerFacetOfArticlesCountsArticlesNotQuotes() {
    Map<String, Long> articlesPerSpeaker =
        articles.stream()
            .flatMap(a -> a.speakers().stream().distinct())
            .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    List<FacetCount> facet = searcher.search(SearchRequest.of("")).facets().get("speaker");
    assertFalse(facet.isEmpty());
    for (FacetCount c : facet) {
      assertEquals(articlesPerSpeaker.get(c.value()), c.count(), c.value());
    }
  }

  @Test
  void personFilterNarrowsArticlesAndKeepsTheOtherPeopleCounted() {
    SearchResult all = searcher.search(SearchRequest.of(""));
    FacetCount person = all.facets().get("person").get(0);
    SearchResult filtered =
        searcher.search(SearchRequest.builder("").people(List.of(person.value())).build());
    assertEquals(person.count(), filtered.total());
    assertEquals(
        all.facets().get("person").stream().map(c -> c.value() + c.count()).toList(),
        filtered.facets().get("person").stream().map(c -> c.value() + c.count()).toList());
    assertTrue(
        filtered.facets().get("person").stream()
            .anyMatch(c -> c.value().equals(person.value()) && c.selected()));
    long outletCounts = filtered.facets().get("source").stream().mapToLong(FacetCount::count).sum();
    assertEquals(filtered.total(), outletCounts, "other facets count only the filtered articles");
  }

  @Test
  void organisationAndPlaceFiltersKeepArticlesNamingThem() {
    SearchResult all = searcher.search(SearchRequest.of(""));
    FacetCount org = all.facets().get("organisation").get(0);
    FacetCount place = all.facets().get("place").get(0);
    assertEquals(
        org.count(),
        searcher
            .search(SearchRequest.builder("").organisations(List.of(org.value())).build())
            .total());
    assertEquals(
        place.count(),
        searcher.search(SearchRequest.builder("").places(List.of(place.value())).build()).total());
  }

  @Test
  void theArticleListsItsQuotesWithSpeakerAndRole() {
    Article wu =
        articles.stream()
            .filter(a -> a.quotes().stream().anyMatch(q -> q.speaker().equals(WU)))
            .findFirst()
            .orElseThrow();
    ArticleView view = searcher.article(wu.id(), null);
    assertEquals(wu.quotes(), view.quotes());
    assertTrue(view.quotes().stream().anyMatch(q -> q.speaker().equals(WU) && !q.role().isEmpty()));
  }

  private static String substring(String text, int length, Random random) {
    int[] cps = text.codePoints().toArray();
    int len = Math.min(length, cps.length);
    int from = random.nextInt(cps.length - len + 1);
    return new String(cps, from, len);
  }
}
