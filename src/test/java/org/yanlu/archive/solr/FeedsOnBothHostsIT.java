package org.yanlu.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.cli.Main;
import org.yanlu.archive.http.HttpApi;
import org.yanlu.archive.http.WebRoot;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.EmbeddedArchive;
import org.yanlu.archive.search.LiveIndex;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.Searcher;
import org.yanlu.archive.search.ThemeCatalog;

/**
 * Feeds, "new since" counts, batches and added times served from both hosts over HTTP: the same
 * feed entries and batch answers, the same articles new after {@code index --add} (at the top of
 * the feeds, on the embedded index within a second, on SolrCloud once the command returns), and
 * each article's first time kept by a rebuild.
 */
class FeedsOnBothHostsIT {
  private static final String COLLECTION = "feeds";
  private static final String JSON_LINES = "src/test/resources/jsonl/exports-2020-10.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path folder;

  private static String zk;
  private static Path index;
  private static Archive embeddedArchive;
  private static Archive solrArchive;
  private static LiveIndex live;
  private static Javalin embedded;
  private static Javalin solr;

  @BeforeAll
  static void serveTheCorpusFromBothHosts() throws Exception {
    zk = InProcessSolrCloud.shared().zkHost();
    index = folder.resolve("index");
    assertEquals(0, cli("index", "--corpus", "corpus", "--index", index.toString()));
    assertEquals(0, cli("index", "--solr", zk, "--collection", COLLECTION));
    ThemeCatalog themes = ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE);
    WebRoot web = WebRoot.find(Path.of("web"));
    Searcher searcher = Searcher.open(index);
    live = new LiveIndex(searcher, e -> System.err.println("refresh failed: " + e));
    embeddedArchive = new EmbeddedArchive(searcher, themes);
    solrArchive = new SolrCloudArchive(SolrCloud.connect(zk), COLLECTION, themes);
    embedded = new HttpApi(embeddedArchive, web, null).create().start(0);
    solr = new HttpApi(solrArchive, web, null).create().start(0);
  }

  @AfterAll
  static void stop() {
    embedded.stop();
    solr.stop();
    live.close();
    embeddedArchive.close();
    solrArchive.close();
  }

  @Test
  void aSearchsFeedListsTheSameEntriesOnBothHosts() throws Exception {
    for (String path :
        List.of(
            "/api/feed?size=100",
            "/api/feed?size=100&q=5G",
            "/api/feed?size=100&q=" + enc("\"数字\"") + "&month=2020-10")) {
      Set<String> fromEmbedded = entries(feed(embedded, path));
      assertFalse(fromEmbedded.isEmpty(), path);
      assertEquals(fromEmbedded, entries(feed(solr, path)), path);
    }
  }

  @Test
  void aBatchAnswersTheSameJsonAndCsvFromBothHosts() throws Exception {
    String names =
        JSON.writeValueAsString(List.of("5G", "邬贺铨", "\"不成对", "-泡沫 人工智能", "数字中国", "没有这个词的检索"));
    JsonNode fromEmbedded = comparable(JSON.readTree(post(embedded, "/api/batch?size=100", names)));
    JsonNode fromSolr = comparable(JSON.readTree(post(solr, "/api/batch?size=100", names)));
    assertEquals(fromEmbedded, fromSolr);
    assertEquals(
        csvRows(post(embedded, "/api/batch?size=100&format=csv", names)),
        csvRows(post(solr, "/api/batch?size=100&format=csv", names)));
  }

  @Test
  void addedArticlesAreNewAtTheTopOfTheFeedsAndARebuildKeepsEveryFirstTimeOnBothHosts()
      throws Exception {
    String embeddedBefore = newestAdded(embedded);
    String solrBefore = newestAdded(solr);
    assertEquals(0, since(embedded, embeddedBefore));
    assertEquals(0, since(solr, solrBefore));

    assertEquals(0, cli("index", "--add", JSON_LINES, "--index", index.toString()));
    long added = System.nanoTime();
    assertEquals(0, cli("index", "--add", JSON_LINES, "--solr", zk, "--collection", COLLECTION));
    Set<String> newOnSolr = sinceIds(solr, solrBefore);
    assertFalse(newOnSolr.isEmpty());
    assertEquals(newOnSolr, topIds(feed(solr, "/api/feed?size=100"), newOnSolr.size()));
    while (since(embedded, embeddedBefore) == 0 && System.nanoTime() - added < 1_000_000_000L) {
      Thread.sleep(50);
    }
    Set<String> newOnEmbedded = sinceIds(embedded, embeddedBefore);
    assertEquals(newOnSolr, newOnEmbedded, "the same stories new on both");
    assertEquals(newOnEmbedded, topIds(feed(embedded, "/api/feed?size=100"), newOnEmbedded.size()));

    Map<String, Instant> embeddedTimes = times(embeddedArchive);
    Map<String, Instant> solrTimes = times(solrArchive);
    Path corpus = Files.createDirectories(folder.resolve("grown-corpus"));
    try (var files = Files.list(Path.of("corpus"))) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    Files.copy(Path.of(JSON_LINES), corpus.resolve("exports.jsonl"));
    assertEquals(0, cli("index", "--corpus", corpus.toString(), "--index", index.toString()));
    assertEquals(
        0, cli("index", "--corpus", corpus.toString(), "--solr", zk, "--collection", COLLECTION));
    ((EmbeddedArchive) embeddedArchive).searcher().refresh();
    assertEquals(embeddedTimes, times(embeddedArchive), "the embedded rebuild kept every time");
    assertEquals(solrTimes, times(solrArchive), "the SolrCloud rebuild kept every time");
    assertEquals(0, since(embedded, newestAdded(embedded)));
    assertEquals(sinceIds(embedded, embeddedBefore), sinceIds(solr, solrBefore));
  }

  /** Each article's time, read through the archive's export. */
  private static Map<String, Instant> times(Archive archive) {
    Map<String, Instant> times = new HashMap<>();
    archive.export(SearchRequest.of(""), hit -> times.put(hit.id(), hit.added()));
    assertFalse(times.containsValue(null));
    return times;
  }

  private static String newestAdded(Javalin app) throws Exception {
    JsonNode hits = JSON.readTree(get(app, "/api/search?sort=added_desc&size=1")).get("hits");
    return hits.get(0).get("added").asText();
  }

  private static long since(Javalin app, String time) throws Exception {
    return JSON.readTree(get(app, "/api/search?since=" + enc(time))).get("total").asLong();
  }

  private static Set<String> sinceIds(Javalin app, String time) throws Exception {
    Set<String> ids = new TreeSet<>();
    JSON.readTree(get(app, "/api/search?size=100&since=" + enc(time)))
        .get("hits")
        .forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  /** The article ids of a feed's first {@code n} entries. */
  private static Set<String> topIds(Feed feed, int n) {
    Set<String> ids = new TreeSet<>();
    feed.getEntries().stream().limit(n).forEach(e -> ids.add(articleId(e)));
    return ids;
  }

  private static String articleId(Entry e) {
    String href = e.getAlternateLinks().get(0).getHref();
    String id = href.substring(href.indexOf("id=") + 3);
    return URLDecoder.decode(id, StandardCharsets.UTF_8);
  }

  /** A feed's entries as what a reader shows of them, without the host or the time added. */
  private static Set<String> entries(Feed feed) {
    Set<String> entries = new TreeSet<>();
    for (Entry e : feed.getEntries()) {
      String href = e.getAlternateLinks().get(0).getHref();
      entries.add(
          String.join(
              "|",
              e.getId(),
              e.getTitle(),
              e.getAuthors().isEmpty() ? "" : e.getAuthors().get(0).getName(),
              String.valueOf(e.getPublished()),
              e.getSummary().getValue(),
              href.substring(href.indexOf("/?"))));
    }
    return entries;
  }

  /** A batch answer without what differs between hosts: timing, scores, times added, hit order. */
  private static JsonNode comparable(JsonNode body) {
    JsonNode copy = body.deepCopy();
    ((ObjectNode) copy).remove("tookMs");
    for (JsonNode entry : copy.get("results")) {
      if (entry.get("hits") instanceof ArrayNode hits) {
        List<JsonNode> sorted = new ArrayList<>();
        for (JsonNode hit : hits) {
          ((ObjectNode) hit).remove(List.of("score", "added"));
          sorted.add(hit);
        }
        sorted.sort(Comparator.comparing(JsonNode::toString));
        hits.removeAll();
        hits.addAll(sorted);
      }
    }
    return copy;
  }

  /** CSV rows without their rank, which ties of relevance may order differently on shards. */
  private static Set<String> csvRows(String csv) {
    Set<String> rows = new TreeSet<>();
    for (String line : csv.lines().toList()) {
      String[] cells = line.split(",", -1);
      if (cells.length > 2) {
        cells[2] = "";
      }
      rows.add(String.join(",", cells));
    }
    return rows;
  }

  private static Feed feed(Javalin app, String path) throws Exception {
    return (Feed) new WireFeedInput().build(new StringReader(get(app, path)));
  }

  private static String get(Javalin app, String path) throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, answer.statusCode(), path + ": " + answer.body());
    return answer.body();
  }

  private static String post(Javalin app, String path, String json) throws Exception {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, answer.statusCode(), path + ": " + answer.body());
    return answer.body();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static int cli(String... args) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            List.of(args),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (code != 0) {
      System.err.println(String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
    }
    return code;
  }
}
