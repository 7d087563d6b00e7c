package org.yanlu.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanlu.archive.cli.Main;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.ArticleView;
import org.yanlu.archive.search.BadQueryException;
import org.yanlu.archive.search.BatchSearch;
import org.yanlu.archive.search.EmbeddedArchive;
import org.yanlu.archive.search.Hit;
import org.yanlu.archive.search.QuoteHit;
import org.yanlu.archive.search.QuoteRequest;
import org.yanlu.archive.search.QuoteResult;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.SearchResult;
import org.yanlu.archive.search.Searcher;
import org.yanlu.archive.search.Sort;
import org.yanlu.archive.search.ThemeCatalog;
import org.yanlu.archive.search.TrendRequest;

/**
 * The contract of the two hosts: the committed corpus indexed by {@code index} into the embedded
 * index and by {@code index --solr} into a real SolrCloud (two nodes, 2 shards × 2 replicas) gives
 * the same totals, the same articles for every exact quote and topic query, the same facet counts,
 * quotes, articles, themes, trends and exports.
 */
class BothHostsIT {
  private static final String COLLECTION = "contract";

  @TempDir static Path folder;

  private static Archive embedded;
  private static Archive solr;
  private static List<ArticleView> articles;

  @BeforeAll
  static void indexTheCorpusOnBothHosts() throws Exception {
    InProcessSolrCloud cloud = InProcessSolrCloud.shared();
    Path index = folder.resolve("index");
    assertEquals(0, cli("index", "--corpus", "corpus", "--index", index.toString()));
    assertEquals(
        0,
        cli("index", "--corpus", "corpus", "--solr", cloud.zkHost(), "--collection", COLLECTION));
    ThemeCatalog themes = ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE);
    embedded = new EmbeddedArchive(Searcher.open(index), themes);
    solr = new SolrCloudArchive(SolrCloud.connect(cloud.zkHost()), COLLECTION, themes);
    articles = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    embedded.export(SearchRequest.of(""), hit -> ids.add(hit.id()));
    for (String id : ids) {
      articles.add(embedded.article(id, null));
    }
  }

  @AfterAll
  static void close() {
    embedded.close();
    solr.close();
  }

  private static int cli(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        Main.run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    if (code != 0) {
      System.err.println(out.toString(StandardCharsets.UTF_8));
    }
    return code;
  }

  @Test
  void bothHostsHoldTheSameArticlesAndQuotes() {
    assertEquals(18, embedded.stats().articles());
    assertEquals(embedded.stats().articles(), solr.stats().articles());
    assertEquals(embedded.stats().quotes(), solr.stats().quotes());
    assertTrue(solr.stats().indexSizeBytes() > 0, "the replicas' size is counted");
    assertTrue(solr.stats().builtAt() != null, "the build's time is kept with the alias");
  }

  /** Random stretches of every article, quoted: each finds the same articles on both hosts. */
  static Stream<String> quotes() throws Exception {
    indexTheCorpusOnBothHostsOnce();
    Random random = new Random(20201012);
    List<String> quotes = new ArrayList<>();
    for (ArticleView a : articles) {
      for (int n = 0; n < 6; n++) {
        String p = a.paragraphs().get(random.nextInt(a.paragraphs().size()));
        int length = 1 + random.nextInt(Math.min(14, p.length()));
        int start = random.nextInt(p.length() - length + 1);
        String quote = p.substring(start, start + length).replace("\"", "").strip();
        if (!quote.isEmpty()) {
          quotes.add("\"" + quote + "\"");
        }
      }
      quotes.add("\"" + a.title().replace("\"", "") + "\"");
    }
    return quotes.stream();
  }

  private static void indexTheCorpusOnBothHostsOnce() throws Exception {
    if (embedded == null) {
      indexTheCorpusOnBothHosts();
    }
  }

  @ParameterizedTest
  @MethodSource("quotes")
  void anExactQuoteFindsTheSameArticlesOnBothHosts(String quote) {
    SearchRequest request = SearchRequest.builder(quote).size(100).build();
    SearchResult onEmbedded = embedded.search(request);
    SearchResult onSolr = solr.search(request);
    assertTrue(onEmbedded.total() > 0, "the quote is in the corpus: " + quote);
    assertEquals(onEmbedded.total(), onSolr.total(), quote);
    assertEquals(ids(onEmbedded.hits()), ids(onSolr.hits()), quote);
    assertEquals(exported(embedded, request), exported(solr, request), quote);
    assertEquals(marked(onEmbedded.hits()), marked(onSolr.hits()), "the same hits are marked");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "数字中国",
        "數字中國",
        "5G 基站",
        "人工智能 -泡沫",
        "5G OR 工业互联网",
        "ＡＩ",
        "source:人民日报",
        "speaker:邬贺铨",
        "theme:数字中国",
        "“让百姓少跑腿、数据多跑路”",
        "\"IPv6\""
      })
  void aQueryFindsTheSameArticlesAndCountsTheSameFacets(String query) {
    SearchRequest request = SearchRequest.builder(query).size(100).build();
    SearchResult onEmbedded = embedded.search(request);
    SearchResult onSolr = solr.search(request);
    assertEquals(onEmbedded.total(), onSolr.total(), query);
    assertEquals(ids(onEmbedded.hits()), ids(onSolr.hits()), query);
    assertEquals(onEmbedded.facets(), onSolr.facets(), query);
  }

  @Test
  void selectedFacetsFilterAndKeepTheirOtherValuesCountedOnBothHosts() {
    SearchRequest request =
        SearchRequest.builder("")
            .sources(List.of("人民日报", "C114通信网"))
            .months(List.of("2020-10"))
            .sort(Sort.DATE_DESC)
            .size(100)
            .build();
    SearchResult onEmbedded = embedded.search(request);
    SearchResult onSolr = solr.search(request);
    assertTrue(onEmbedded.total() > 0);
    assertEquals(onEmbedded.total(), onSolr.total());
    assertEquals(ids(onEmbedded.hits()), ids(onSolr.hits()));
    assertEquals(onEmbedded.facets(), onSolr.facets());
    assertTrue(onSolr.facets().get("source").size() > 2, "other outlets keep their counts");
    assertEquals(dates(onEmbedded.hits()), dates(onSolr.hits()), "newest first on both");
  }

  @Test
  void aDateRangeKeepsTheSameArticlesOnBothHosts() {
    SearchRequest request =
        SearchRequest.builder("5G")
            .from("2020-10")
            .to("2020-10")
            .sort(Sort.DATE_ASC)
            .size(50)
            .build();
    assertEquals(ids(embedded.search(request).hits()), ids(solr.search(request).hits()));
    assertEquals(dates(embedded.search(request).hits()), dates(solr.search(request).hits()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "5G", "\"数字\"", "speaker:邬贺铨"})
  void quotesAreTheSameOnBothHosts(String query) {
    QuoteRequest request = new QuoteRequest(query, List.of(), List.of(), 1, 100);
    QuoteResult onEmbedded = embedded.quotes(request);
    QuoteResult onSolr = solr.quotes(request);
    assertEquals(onEmbedded.total(), onSolr.total(), query);
    assertEquals(quoted(onEmbedded.hits()), quoted(onSolr.hits()), query);
    assertEquals(onEmbedded.facets(), onSolr.facets(), query);
  }

  @Test
  void aSpeakersQuotesAndAnOutletsAreSelectedAlikeOnBothHosts() {
    QuoteRequest request =
        new QuoteRequest("", List.of("邬贺铨", "刘烈宏"), List.of("C114通信网", "人民邮电报"), 1, 100);
    QuoteResult onEmbedded = embedded.quotes(request);
    QuoteResult onSolr = solr.quotes(request);
    assertTrue(onEmbedded.total() > 0);
    assertEquals(onEmbedded.total(), onSolr.total());
    assertEquals(quoted(onEmbedded.hits()), quoted(onSolr.hits()));
    assertEquals(onEmbedded.facets(), onSolr.facets());
  }

  @Test
  void peopleOrganisationsAndPlacesFilterAlikeOnBothHosts() {
    SearchRequest request =
        SearchRequest.builder("")
            .themes(List.of("5G"))
            .size(100)
            .people(List.of("刘烈宏"))
            .places(List.of("中国", "北京"))
            .build();
    SearchResult onEmbedded = embedded.search(request);
    SearchResult onSolr = solr.search(request);
    assertTrue(onEmbedded.total() > 0);
    assertEquals(onEmbedded.total(), onSolr.total());
    assertEquals(ids(onEmbedded.hits()), ids(onSolr.hits()));
    assertEquals(onEmbedded.facets(), onSolr.facets());
  }

  @Test
  void everyArticleReadsBackTheSameOnBothHostsWithTheSameMarks() {
    for (ArticleView a : articles) {
      ArticleView onEmbedded = embedded.article(a.id(), "5G \"数字\"");
      ArticleView onSolr = solr.article(a.id(), "5G \"数字\"");
      assertEquals(withoutRelated(onEmbedded), withoutRelated(onSolr), a.id());
      assertTrue(onSolr.related().stream().noneMatch(r -> r.id().equals(a.id())));
    }
  }

  @Test
  void themesAndTrendsCountTheSameOnBothHosts() {
    assertEquals(embedded.themes(), solr.themes());
    for (String interval : List.of("month", "week", "year")) {
      TrendRequest request =
          TrendRequest.of(List.of("5G", "数字中国", "\"人工智能\""), interval, null, null);
      assertEquals(embedded.trends(request), solr.trends(request), interval);
    }
  }

  @Test
  void aMalformedQueryIsRefusedAlikeBeforeSolrIsAsked() {
    for (String bad : List.of("\"不成对", "5G OR", "- 广告")) {
      String onEmbedded =
          assertThrows(BadQueryException.class, () -> embedded.search(SearchRequest.of(bad)))
              .getMessage();
      String onSolr =
          assertThrows(BadQueryException.class, () -> solr.search(SearchRequest.of(bad)))
              .getMessage();
      assertEquals(onEmbedded, onSolr);
    }
  }

  @Test
  void theCommandLineSearchesSolrCloud() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        Main.run(
            List.of(
                "search",
                "\"数字福建\"",
                "--solr",
                InProcessSolrCloud.shared().zkHost(),
                "--collection",
                COLLECTION),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, printed);
    assertTrue(printed.contains("henan-internet-monthly-2020-10-p01-1"), printed);
    assertTrue(printed.startsWith("1 hits"), printed);
  }

  @Test
  void everyArticleHasItsAddedTimeAndTheNewestAdditionsComeFirstOnBothHosts() {
    SearchRequest newest = SearchRequest.builder("").size(100).sort(Sort.ADDED_DESC).build();
    for (Archive host : List.of(embedded, solr)) {
      List<Hit> hits = host.search(newest).hits();
      assertTrue(hits.stream().allMatch(h -> h.added() != null), "every article has its time");
      for (int i = 1; i < hits.size(); i++) {
        assertFalse(hits.get(i).added().isAfter(hits.get(i - 1).added()), "newest added first");
      }
      Instant last = hits.get(0).added();
      assertEquals(
          0,
          host.search(newest.toBuilder().since(last).build()).total(),
          "nothing after the newest");
      assertEquals(
          host.search(newest).total(),
          host.search(newest.toBuilder().since(last.minusSeconds(3600)).build()).total(),
          "everything added since before the build");
    }
    assertEquals(ids(embedded.search(newest).hits()), ids(solr.search(newest).hits()));
    assertEquals(
        dates(embedded.search(newest).hits()),
        dates(solr.search(newest).hits()),
        "a build's articles, added together, newest published first on both");
  }

  @Test
  void aBatchOfQueriesIsAnsweredAlikeOnBothHosts() {
    List<String> queries = List.of("5G", "邬贺铨", "\"不成对", "“让百姓少跑腿、数据多跑路”", "数字中国 -福建", "没有这个词的检索");
    SearchRequest filters = SearchRequest.builder("").size(100).build();
    List<BatchSearch.Answer> onEmbedded = new ArrayList<>();
    List<BatchSearch.Answer> onSolr = new ArrayList<>();
    new BatchSearch(embedded).run(queries, filters, onEmbedded::add);
    new BatchSearch(solr).run(queries, filters, onSolr::add);
    assertEquals(queries.size(), onSolr.size());
    for (int i = 0; i < queries.size(); i++) {
      BatchSearch.Answer e = onEmbedded.get(i);
      BatchSearch.Answer s = onSolr.get(i);
      assertEquals(queries.get(i), s.query(), "in order");
      if (e.error() != null) {
        assertEquals(e.error().getMessage(), s.error().getMessage());
        continue;
      }
      assertEquals(e.result().total(), s.result().total(), queries.get(i));
      assertEquals(e.result().facets().get("source"), s.result().facets().get("source"));
      assertEquals(e.result().facets().get("month"), s.result().facets().get("month"));
      assertEquals(ids(e.result().hits()), ids(s.result().hits()), queries.get(i));
    }
  }

  private static Set<String> ids(List<Hit> hits) {
    Set<String> ids = new TreeSet<>();
    hits.forEach(h -> ids.add(h.id()));
    assertEquals(hits.size(), ids.size(), "no article twice");
    return ids;
  }

  /** The hits whose snippet marks a match: those whose body holds the quote. */
  private static Set<String> marked(List<Hit> hits) {
    Set<String> ids = new TreeSet<>();
    hits.stream().filter(h -> h.snippet().contains("<mark>")).forEach(h -> ids.add(h.id()));
    return ids;
  }

  private static List<String> dates(List<Hit> hits) {
    return hits.stream().map(h -> String.valueOf(h.date())).toList();
  }

  private static Set<String> exported(Archive archive, SearchRequest request) {
    Set<String> ids = new HashSet<>();
    archive.export(request, h -> assertTrue(ids.add(h.id()), "exported once: " + h.id()));
    assertFalse(ids.isEmpty());
    return new TreeSet<>(ids);
  }

  private static Set<String> quoted(List<QuoteHit> hits) {
    Function<QuoteHit, String> key = h -> h.articleId() + "|" + h.speaker() + "|" + h.text();
    Set<String> keys = new TreeSet<>();
    hits.forEach(h -> keys.add(key.apply(h) + "|" + h.snippet()));
    return keys;
  }

  private static ArticleView withoutRelated(ArticleView a) {
    return a.withRelated(List.of());
  }
}
