package org.yanlu.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanlu.archive.cite.CitationFormat;
import org.yanlu.archive.cite.Citations;
import org.yanlu.archive.cite.Reference;
import org.yanlu.archive.cli.Main;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.ArticleView;
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

/**
 * The researchers' features answer alike on both hosts: every copy of a quote (copies, articles,
 * collapse=false, exports with their story), quotes remembered approximately ({@code "…"~}) and the
 * closest passages of an exact quote that finds nothing, and citations. The archive is the
 * committed corpus with the readers' test pages and JSON lines beside it (five of them carry a
 * magazine story, so stories have copies) and a few Tang poems in their 全唐詩 text.
 */
class ResearchersBothHostsIT {
  private static final String COLLECTION = "researchers";

  @TempDir static Path folder;

  private static Archive embedded;
  private static Archive solr;

  @BeforeAll
  static void indexOnBothHosts() throws Exception {
    InProcessSolrCloud cloud = InProcessSolrCloud.shared();
    Path corpus = Files.createDirectories(folder.resolve("corpus"));
    copyAll(Path.of("corpus"), corpus);
    copyAll(Path.of("src/test/resources/jsonl"), corpus);
    copyAll(Path.of("src/test/resources/html"), corpus);
    copyAll(Path.of("src/test/resources/poems"), corpus);
    Path index = folder.resolve("index");
    assertEquals(0, cli("index", "--corpus", corpus.toString(), "--index", index.toString()));
    assertEquals(
        0,
        cli(
            "index",
            "--corpus",
            corpus.toString(),
            "--solr",
            cloud.zkHost(),
            "--collection",
            COLLECTION));
    ThemeCatalog themes = ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE);
    embedded = new EmbeddedArchive(Searcher.open(index), themes);
    solr = new SolrCloudArchive(SolrCloud.connect(cloud.zkHost()), COLLECTION, themes);
  }

  private static void copyAll(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        if (Files.isRegularFile(f)) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
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
            new PrintStream(out, true, StandardCharsets.UTF_8));
    if (code != 0) {
      System.err.println(out.toString(StandardCharsets.UTF_8));
    }
    return code;
  }

  /** Stretches of every article that has copies, quoted exactly. */
  static Stream<String> quotesOfSyndicatedStories() throws Exception {
    if (embedded == null) {
      indexOnBothHosts();
    }
    List<String> quotes = new ArrayList<>();
    for (Hit hit : embedded.search(SearchRequest.builder("").size(100).build()).hits()) {
      if (hit.copies().isEmpty()) {
        continue;
      }
      ArticleView a = embedded.article(hit.id(), null);
      String p = a.paragraphs().get(a.paragraphs().size() / 2).replace("\"", "");
      quotes.add("\"" + p.substring(0, Math.min(10, p.length())) + "\"");
    }
    assertTrue(quotes.size() >= 3, "stories with copies: " + quotes);
    return quotes.stream();
  }

  @ParameterizedTest
  @MethodSource("quotesOfSyndicatedStories")
  void everyArticleHoldingAQuoteIsReachableAlikeOnBothHosts(String quote) {
    for (boolean collapse : List.of(true, false)) {
      SearchRequest request = SearchRequest.builder(quote).size(100).collapse(collapse).build();
      SearchResult onEmbedded = embedded.search(request);
      SearchResult onSolr = solr.search(request);
      assertEquals(onEmbedded.total(), onSolr.total(), quote);
      assertEquals(onEmbedded.articles(), onSolr.articles(), quote);
      assertEquals(stories(onEmbedded), stories(onSolr), quote + " collapse=" + collapse);
    }
    List<String> onEmbedded = new ArrayList<>();
    List<String> onSolr = new ArrayList<>();
    embedded.export(SearchRequest.of(quote), h -> onEmbedded.add(h.id() + "@" + h.story()));
    solr.export(SearchRequest.of(quote), h -> onSolr.add(h.id() + "@" + h.story()));
    assertEquals(onEmbedded.stream().sorted().toList(), onSolr.stream().sorted().toList());
  }

  @Test
  void browsingListsTheSameStoriesWithTheSameCopiesAndOutletsOnBothHosts() {
    SearchRequest request = SearchRequest.builder("").size(100).build();
    SearchResult onEmbedded = embedded.search(request);
    SearchResult onSolr = solr.search(request);
    assertEquals(onEmbedded.total(), onSolr.total());
    assertEquals(onEmbedded.articles(), onSolr.articles());
    assertTrue(onEmbedded.articles() > onEmbedded.total(), "some stories have copies");
    assertEquals(withAlsoIn(onEmbedded), withAlsoIn(onSolr));
  }

  private static List<String> withAlsoIn(SearchResult result) {
    return result.hits().stream()
        .map(h -> h.id() + " alsoIn=" + h.alsoIn() + " copies=" + h.copies())
        .sorted()
        .toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"床前明月光\"~",
        "\"床前明月光\"",
        "\"床前看月光\"~",
        "\"春眠不觉晓处处闻鸟啼\"~",
        "\"中国互联网会协第五届理事\"~",
        "\"数字福建\"~ source:人民日报",
        "\"让档案少跑路\""
      })
  void approximateQuotesAndTheClosestPassagesAreTheSameOnBothHosts(String query) {
    for (Sort sort : List.of(Sort.RELEVANCE, Sort.DATE_DESC)) {
      SearchRequest request = SearchRequest.builder(query).sort(sort).size(20).build();
      SearchResult onEmbedded = embedded.search(request);
      SearchResult onSolr = solr.search(request);
      assertTrue(onEmbedded.total() > 0, query);
      assertEquals(onEmbedded.near(), onSolr.near(), query);
      assertEquals(onEmbedded.total(), onSolr.total(), query);
      assertEquals(onEmbedded.facets(), onSolr.facets(), query);
      assertEquals(ranked(onEmbedded), ranked(onSolr), query + " " + sort);
    }
    QuoteRequest quotes = QuoteRequest.of(query);
    QuoteResult onEmbedded = embedded.quotes(quotes);
    QuoteResult onSolr = solr.quotes(quotes);
    assertEquals(onEmbedded.total(), onSolr.total(), query);
    assertEquals(onEmbedded.near(), onSolr.near(), query);
    assertEquals(quoted(onEmbedded.hits()), quoted(onSolr.hits()), query);
  }

  @Test
  void anOpenedArticleMarksTheClosestPassageAlike() {
    ArticleView onEmbedded = embedded.article("qts-165-jingyesi", "\"床前明月光\"~");
    ArticleView onSolr = solr.article("qts-165-jingyesi", "\"床前明月光\"~");
    assertEquals(onEmbedded.highlightedParagraphs(), onSolr.highlightedParagraphs());
    assertTrue(onSolr.highlightedParagraphs().get(0).contains("<mark class=\"diff\">看</mark>"));
  }

  @Test
  void citationsOfArticlesQuotesAndResultListsAreTheSameOnBothHosts() {
    LocalDate day = LocalDate.of(2026, 11, 30);
    for (String id :
        List.of(
            "qts-165-jingyesi",
            "html-7d1f298090ba",
            "web-escape-2020-10-12",
            "rmydb-2020-10-20-unicom-vr",
            "henan-internet-monthly-2020-10-p04-1")) {
      ArticleView onEmbedded = embedded.article(id, null);
      ArticleView onSolr = solr.article(id, null);
      for (CitationFormat format : CitationFormat.values()) {
        assertEquals(
            Citations.format(Reference.of(onEmbedded, day), format),
            Citations.format(Reference.of(onSolr, day), format),
            id + " " + format);
      }
      for (int q = 0; q < onEmbedded.quotes().size(); q++) {
        assertEquals(
            Citations.format(
                Reference.of(onEmbedded, day).withQuote(onEmbedded.quotes().get(q)),
                CitationFormat.RIS),
            Citations.format(
                Reference.of(onSolr, day).withQuote(onSolr.quotes().get(q)), CitationFormat.RIS));
      }
    }
    SearchRequest request = SearchRequest.builder("5G").collapse(false).build();
    List<String> onEmbedded = new ArrayList<>();
    List<String> onSolr = new ArrayList<>();
    embedded.exportArticles(
        request,
        a -> onEmbedded.add(Citations.format(Reference.of(a, day), CitationFormat.GBT7714)));
    solr.exportArticles(
        request, a -> onSolr.add(Citations.format(Reference.of(a, day), CitationFormat.GBT7714)));
    assertEquals(embedded.search(request).articles(), onEmbedded.size());
    assertEquals(onEmbedded.stream().sorted().toList(), onSolr.stream().sorted().toList());
  }

  /** Each hit in order with its distance, snippet, story and copies. */
  private static List<String> ranked(SearchResult result) {
    return result.hits().stream()
        .map(
            h ->
                h.id()
                    + " d="
                    + h.distance()
                    + " story="
                    + h.story()
                    + " copies="
                    + h.copies()
                    + " "
                    + h.snippet())
        .toList();
  }

  private static List<String> stories(SearchResult result) {
    return result.hits().stream()
        .map(h -> h.id() + " story=" + h.story() + " copies=" + h.copies())
        .sorted()
        .toList();
  }

  private static List<String> quoted(List<QuoteHit> hits) {
    return hits.stream()
        .map(h -> h.articleId() + "#" + h.quote() + " d=" + h.distance() + " " + h.snippet())
        .toList();
  }
}
