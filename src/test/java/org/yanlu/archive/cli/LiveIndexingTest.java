package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;

/**
 * A running server takes in changes without a restart: {@code index --add/--remove} from the
 * command line, files dropped into its corpus folder and {@code POST /api/admin/reindex}, while
 * searches keep being answered.
 */
class LiveIndexingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @TempDir static Path work;
  private static Path corpus;
  private static Path index;
  private static ServeCommand.Running server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    corpus = Files.createDirectories(work.resolve("corpus"));
    index = work.resolve("index");
    for (String name :
        List.of("henan-internet-monthly-2020-10.txt", "henan-internet-monthly-2020-10.meta.json")) {
      Files.copy(Path.of("corpus", name), corpus.resolve(name));
    }
    CommandLine line =
        CommandLine.parse(
            List.of("--port", "0", "--corpus", corpus.toString(), "--index", index.toString()),
            List.of());
    server =
        new ServeCommand(Main.articleSource())
            .start(line, new PrintStream(new ByteArrayOutputStream(), true, "UTF-8"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void addUpdateAndRemoveChangeCountsWhileEverySearchSucceeds() throws Exception {
    List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean running = new AtomicBoolean(true);
    Thread searches =
        new Thread(
            () -> {
              while (running.get()) {
                for (String q : List.of("", "联通", "\"5G\"")) {
                  try {
                    statuses.add(get("/api/search?q=" + enc(q)).statusCode());
                  } catch (Exception e) {
                    statuses.add(-1);
                  }
                }
              }
            });
    searches.start();
    try {
      long before = total("");
      Path file = work.resolve("exports.jsonl");
      Files.writeString(
          file,
          line("live-a", "量子通信试验网在郑州开通", "郑州量子通信试验网今日开通，覆盖全市主要政务机关。")
              + line("live-b", "氢能公交线路首发", "首批氢能公交车今天在洛阳投入运营，线路全长二十公里。"),
          StandardCharsets.UTF_8);
      assertEquals(0, cli("index", "--add", file.toString(), "--index", index.toString()));
      awaitTotal("", before + 2);
      long quotes = stats().get("quotes").asLong();

      assertEquals(0, cli("index", "--add", file.toString(), "--index", index.toString()));
      awaitTotal("", before + 2);
      assertEquals(quotes, stats().get("quotes").asLong(), "quotes replaced, not added again");
      assertEquals(1, total("量子通信试验网"));

      Files.writeString(
          file,
          line("live-a", "量子保密通信干线延伸至郑州", "郑州量子通信试验网今日开通，覆盖全市主要政务机关。"),
          StandardCharsets.UTF_8);
      assertEquals(0, cli("index", "--add", file.toString(), "--index", index.toString()));
      await("the new headline", () -> total("量子保密通信干线") == 1);
      assertEquals(before + 2, total(""));

      assertEquals(0, cli("index", "--remove", "live-a", "live-b", "--index", index.toString()));
      awaitTotal("", before);
      assertEquals(404, get("/api/articles/live-a").statusCode());
      assertEquals(0, total("氢能公交"));
    } finally {
      running.set(false);
      searches.join();
    }
    assertTrue(statuses.size() > 0);
    assertEquals(List.of(200), statuses.stream().distinct().toList(), "every search answered");
  }

  @Test
  void aSyndicatedCopyIsListedOnceWithTheOtherOutletAndCountedInTheOutletFacet() throws Exception {
    Article original =
        new Corpus(CorpusReaders.standard())
            .read(corpus).articles().stream()
                .max(java.util.Comparator.comparingInt(a -> a.body().length()))
                .orElseThrow();
    String phrase =
        original.paragraphs().stream()
            .max(java.util.Comparator.comparingInt(String::length))
            .orElseThrow()
            .substring(0, 12);
    String query = "\"" + phrase + "\"";
    long before = total(query);
    Path file = work.resolve("copy.jsonl");
    Map<String, Object> copy =
        Map.of(
            "id",
            "copy-of-" + original.id(),
            "title",
            "转载：" + original.title(),
            "source",
            "人民日报",
            "date",
            "2020-12-01",
            "paragraphs",
            original.paragraphs());
    Files.writeString(file, JSON.writeValueAsString(copy) + "\n", StandardCharsets.UTF_8);
    assertEquals(0, cli("index", "--add", file.toString(), "--index", index.toString()));

    await("the copy in the outlet facet", () -> facetCount(search(query), "人民日报").orElse(0L) == 1L);
    JsonNode result = search(query);
    assertEquals(before, result.get("total").asLong(), "one story, not two");
    JsonNode hit = hitWithId(result, original.id()).orElseThrow();
    assertEquals(List.of("人民日报"), strings(hit.get("alsoIn")));
    assertTrue(hitWithId(result, "copy-of-" + original.id()).isEmpty());
    assertEquals(404, get("/api/articles/nope-" + original.id()).statusCode());

    assertEquals(
        0, cli("index", "--remove", "copy-of-" + original.id(), "--index", index.toString()));
    await("the copy gone", () -> facetCount(search(query), "人民日报").isEmpty());
  }

  @Test
  void aFileDroppedIntoTheCorpusIsSearchableAndGoesAwayWhenRemoved() throws Exception {
    Path hidden = corpus.resolve(".dropped.jsonl.part");
    Files.writeString(
        hidden,
        line("dropped-1", "黄河流域数据中心集群启用", "黄河流域数据中心集群今日在郑州启用，首期机架一万个。"),
        StandardCharsets.UTF_8);
    Path dropped = corpus.resolve("dropped.jsonl");
    Files.move(hidden, dropped, StandardCopyOption.ATOMIC_MOVE);
    await("the dropped file's article", () -> total("数据中心集群") == 1);

    Files.delete(dropped);
    await("the removed file's article gone", () -> total("数据中心集群") == 0);
  }

  @Test
  void aFileDroppedIntoTheCorpusIsNewOnTopOfTheFeedAndARebuildKeepsEveryFirstTime()
      throws Exception {
    String newest = newestAdded();
    Map<String, String> before = addedTimes();
    Path dropped = corpus.resolve("watched.jsonl");
    Files.writeString(
        dropped,
        line("watched-1", "智能网联汽车测试场在鹤壁启用", "鹤壁智能网联汽车测试场今日启用，全长十二公里。"),
        StandardCharsets.UTF_8);
    await("the dropped file's article", () -> total("\"鹤壁智能网联汽车测试场\"") == 1);
    HttpResponse<String> newer = get("/api/search?since=" + enc(newest));
    assertEquals(
        1,
        JSON.readTree(newer.body()).get("total").asLong(),
        "new since " + newest + ": " + newer.body());
    Feed feed = (Feed) new WireFeedInput().build(new StringReader(get("/api/feed").body()));
    assertTrue(
        feed.getEntries().get(0).getAlternateLinks().get(0).getHref().endsWith("id=watched-1"),
        "on top of the feed");

    Files.delete(dropped);
    await("the removed file's article gone", () -> total("\"鹤壁智能网联汽车测试场\"") == 0);
    Map<String, String> after = addedTimes();
    List<String> magazine =
        before.keySet().stream().filter(id -> id.startsWith("henan-internet-monthly")).toList();
    assertEquals(18, magazine.size());
    for (String id : magazine) {
      assertEquals(before.get(id), after.get(id), "the rebuild kept the time of " + id);
    }
  }

  /** The time of the newest addition, from a search in added order. */
  private static String newestAdded() throws Exception {
    JsonNode hits = JSON.readTree(get("/api/search?sort=added_desc&size=1").body()).get("hits");
    return hits.get(0).get("added").asText();
  }

  /** Each article's time added, as the search reads it back. */
  private static Map<String, String> addedTimes() throws Exception {
    Map<String, String> times = new java.util.HashMap<>();
    JSON.readTree(get("/api/search?size=100").body())
        .get("hits")
        .forEach(h -> times.put(h.get("id").asText(), h.get("added").asText()));
    return times;
  }

  @Test
  void reindexWithTheAdminTokenTakesInTheCorpusAtOnce() throws Exception {
    Files.writeString(
        corpus.resolve("reindexed.jsonl"),
        line("reindexed-1", "智慧农业示范园落户周口", "周口智慧农业示范园今日揭牌，物联网覆盖万亩良田。"),
        StandardCharsets.UTF_8);
    HttpResponse<String> response = post("/api/admin/reindex", "Bearer " + adminToken());
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(JSON.readTree(response.body()).has("articles"), response.body());
    await("the reindexed article", () -> total("智慧农业示范园") == 1);
  }

  @Test
  void reindexWithoutATokenIsUnauthorizedEvenFromThisMachine() throws Exception {
    HttpResponse<String> response = post("/api/admin/reindex", null);
    assertEquals(401, response.statusCode());
    assertEquals("unauthorized", JSON.readTree(response.body()).get("error").asText());
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
  }

  @Test
  void reindexWithAWrongTokenIsForbidden() throws Exception {
    String token = adminToken();
    String wrong = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
    HttpResponse<String> response = post("/api/admin/reindex", "Bearer " + wrong);
    assertEquals(403, response.statusCode());
    assertEquals("forbidden", JSON.readTree(response.body()).get("error").asText());
  }

  @Test
  void theServerListensOnLoopbackOnlyByDefault() throws Exception {
    Optional<InetAddress> external =
        Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
            .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
            .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
            .findFirst();
    assumeTrue(external.isPresent(), "this machine has no address but loopback");
    try (Socket socket = new Socket()) {
      assertThrows(
          ConnectException.class,
          () -> socket.connect(new InetSocketAddress(external.get(), server.port()), 2_000));
    }
  }

  /**
   * The operator's token, made by the server in its index folder unless the environment has one.
   */
  private static String adminToken() throws IOException {
    String fromEnvironment = System.getenv(AdminTokenFile.ENV);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment.strip();
    }
    return Files.readString(index.resolve(AdminTokenFile.FILE), StandardCharsets.UTF_8).strip();
  }

  private static String line(String id, String title, String text) throws Exception {
    return JSON.writeValueAsString(
            Map.of("id", id, "title", title, "source", "郑州日报", "date", "2020-11-20", "text", text))
        + "\n";
  }

  private static int cli(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return Main.run(List.of(args), new PrintStream(out, true, "UTF-8"), new PrintStream(out));
  }

  /** Something that becomes true once the server has taken in a change. */
  @FunctionalInterface
  private interface Condition {
    boolean holds() throws Exception;
  }

  private static void await(String what, Condition condition) throws Exception {
    Instant deadline = Instant.now().plus(DEADLINE);
    while (!condition.holds()) {
      assertTrue(Instant.now().isBefore(deadline), "never saw " + what);
      Thread.onSpinWait();
    }
  }

  private static void awaitTotal(String q, long expected) throws Exception {
    await("total " + expected + " for [" + q + "]", () -> total(q) == expected);
  }

  /**
   * How many stories a search finds exactly: the closest passages an exact quote falls back to
   * count none.
   */
  private static long total(String q) throws Exception {
    JsonNode result = search(q);
    return result.path("near").asBoolean() ? 0 : result.get("total").asLong();
  }

  private static JsonNode search(String q) throws Exception {
    HttpResponse<String> response = get("/api/search?size=100&q=" + enc(q));
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static JsonNode stats() throws Exception {
    return JSON.readTree(get("/api/stats").body());
  }

  private static Optional<Long> facetCount(JsonNode result, String outlet) {
    for (JsonNode value : result.get("facets").get("source")) {
      if (value.get("value").asText().equals(outlet)) {
        return Optional.of(value.get("count").asLong());
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonNode> hitWithId(JsonNode result, String id) {
    for (JsonNode hit : result.get("hits")) {
      if (hit.get("id").asText().equals(id)) {
        return Optional.of(hit);
      }
    }
    return Optional.empty();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String path, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
            .POST(HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
