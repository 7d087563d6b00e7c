package org.yanlu.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.cli.Main;
import org.yanlu.archive.http.HttpApi;
import org.yanlu.archive.http.WebRoot;
import org.yanlu.archive.search.EmbeddedArchive;
import org.yanlu.archive.search.IndexUnavailableException;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.Searcher;
import org.yanlu.archive.search.ThemeCatalog;

/**
 * The HTTP API served from SolrCloud: the same JSON as from the embedded index, and our bilingual
 * 503 when the cluster cannot answer: a missing collection, a shard with no replica left. A node
 * stopped while a replica of each shard lives elsewhere changes nothing.
 */
class SolrCloudServingIT {
  private static final String COLLECTION = "serving";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path folder;

  private static InProcessSolrCloud cloud;
  private static Javalin embedded;
  private static Javalin solr;
  private static Javalin missing;

  @BeforeAll
  static void serveTheCorpusFromBothHosts() throws Exception {
    cloud = InProcessSolrCloud.shared();
    Path index = folder.resolve("index");
    assertEquals(0, cli("index", "--corpus", "corpus", "--index", index.toString()));
    assertEquals(0, cli("index", "--solr", cloud.zkHost(), "--collection", COLLECTION));
    ThemeCatalog themes = ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE);
    WebRoot web = WebRoot.find(Path.of("web"));
    embedded =
        new HttpApi(new EmbeddedArchive(Searcher.open(index), themes), web, null).create().start(0);
    solr =
        new HttpApi(
                new SolrCloudArchive(SolrCloud.connect(cloud.zkHost()), COLLECTION, themes),
                web,
                null)
            .create()
            .start(0);
    missing =
        new HttpApi(
                new SolrCloudArchive(SolrCloud.connect(cloud.zkHost()), "no-such-archive", themes),
                web,
                null)
            .create()
            .start(0);
  }

  @AfterAll
  static void stop() {
    embedded.stop();
    solr.stop();
    missing.stop();
  }

  private static int cli(String... args) throws Exception {
    return Main.run(
        List.of(args),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @Test
  void theApiAnswersTheSameJsonFromSolrCloud() throws Exception {
    for (String path :
        List.of(
            "/api/search?q=" + enc("\"数字福建\""),
            "/api/search?q=" + enc("5G") + "&source=" + enc("人民邮电报") + "&size=50",
            "/api/search?q=&month=2020-10&sort=date_desc&size=50",
            "/api/quotes?q=" + enc("5G") + "&size=50",
            "/api/articles/henan-internet-monthly-2020-10-p01-1?q=" + enc("数字中国"),
            "/api/themes",
            "/api/trends?q=5G&q=" + enc("人工智能") + "&interval=week")) {
      JsonNode fromEmbedded = get(embedded, path);
      JsonNode fromSolr = get(solr, path);
      assertEquals(comparable(fromEmbedded), comparable(fromSolr), path);
    }
    assertEquals(
        get(embedded, "/api/stats").get("articles"), get(solr, "/api/stats").get("articles"));
  }

  @Test
  void theExportStreamsEveryArticleFromSolrCloud() throws Exception {
    String path = "/api/export?format=jsonl&q=5G";
    String fromEmbedded = getText(embedded, path);
    String fromSolr = getText(solr, path);
    assertEquals(lines(fromEmbedded), lines(fromSolr));
    assertTrue(lines(fromSolr).size() > 5);
  }

  @Test
  void aMissingCollectionIsA503WithOurMessage() throws Exception {
    HttpResponse<String> answer = send(missing, "/api/search?q=5G");
    assertEquals(503, answer.statusCode());
    JsonNode body = JSON.readTree(answer.body());
    assertEquals("index_unavailable", body.get("error").asText());
    assertTrue(body.get("message").asText().contains("集群"), body.toString());
  }

  @Test
  void anUnreachableZooKeeperIsUnavailableNotAHang() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    long start = System.nanoTime();
    IndexUnavailableException e =
        assertThrows(
            IndexUnavailableException.class,
            () -> SolrCloud.connect("127.0.0.1:" + closed + "/solr"));
    assertTrue(e.getMessage().contains("ZooKeeper"), e.getMessage());
    assertTrue((System.nanoTime() - start) / 1_000_000_000 < 30, "given up in seconds");
  }

  @Test
  void aBadQueryIsOur400BeforeSolrIsAsked() throws Exception {
    HttpResponse<String> answer = send(solr, "/api/search?q=" + enc("\"不成对"));
    assertEquals(400, answer.statusCode());
    assertEquals(
        JSON.readTree(send(embedded, "/api/search?q=" + enc("\"不成对")).body()),
        JSON.readTree(answer.body()));
  }

  @Test
  void searchesGoOnWithANodeDownAndAreA503WithNoReplicaLeft() throws Exception {
    String path = "/api/search?q=" + enc("5G") + "&size=50";
    JsonNode before = comparable(get(solr, path));
    SolrCloudArchive direct =
        new SolrCloudArchive(
            SolrCloud.connect(cloud.zkHost()),
            COLLECTION,
            ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE));
    try {
      cloud.stopNode(1);
      assertEquals(before, comparable(get(solr, path)), "a replica of each shard answers");
      cloud.stopNode(0);
      assertEquals(503, send(solr, path).statusCode());
      assertThrows(IndexUnavailableException.class, () -> direct.search(SearchRequest.of("5G")));
    } finally {
      cloud.restartStoppedNodes();
    }
    awaitAnswers(path, before);
    direct.close();
  }

  /** Waits until the restarted nodes' replicas are active and answer as before. */
  private static void awaitAnswers(String path, JsonNode expected) throws Exception {
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (true) {
      HttpResponse<String> answer = send(solr, path);
      if (answer.statusCode() == 200 && comparable(JSON.readTree(answer.body())).equals(expected)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("SolrCloud did not recover: " + answer.body());
      }
      Thread.sleep(500);
    }
  }

  /** An answer without what legitimately differs between hosts: timing, scores, times added. */
  private static JsonNode comparable(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("tookMs");
      object.remove("score");
      object.remove("related");
      // When an article entered the archive: each host's build stamps its own time.
      object.remove("added");
    }
    for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
      strip(children.next());
    }
    // Hits of equal relevance rank by scores that differ with the shards' term statistics: the
    // same hits, compared in one order (date order is compared by the contract test).
    if (node instanceof ObjectNode object && object.get("hits") instanceof ArrayNode hits) {
      List<JsonNode> sorted = new ArrayList<>();
      hits.forEach(sorted::add);
      sorted.sort(Comparator.comparing(JsonNode::toString));
      hits.removeAll();
      hits.addAll(sorted);
    }
  }

  private static List<String> lines(String text) throws Exception {
    return text.lines()
        .map(
            line -> {
              try {
                return comparable(JSON.readTree(line)).toString();
              } catch (Exception e) {
                throw new AssertionError(line, e);
              }
            })
        .sorted()
        .toList();
  }

  private static JsonNode get(Javalin app, String path) throws Exception {
    HttpResponse<String> answer = send(app, path);
    assertEquals(200, answer.statusCode(), path + ": " + answer.body());
    return JSON.readTree(answer.body());
  }

  private static String getText(Javalin app, String path) throws Exception {
    HttpResponse<String> answer = send(app, path);
    assertEquals(200, answer.statusCode(), path + ": " + answer.body());
    return answer.body();
  }

  private static HttpResponse<String> send(Javalin app, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
