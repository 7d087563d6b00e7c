package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yanlu.archive.cli.Main;

/**
 * {@code /api/feed}: any search as an Atom 1.0 feed of its newest additions, read back by Rome's
 * parser as a feed reader would; {@code since} on {@code /api/search} counts what was added after a
 * time. Articles come in through the real {@code index --add} into a served index.
 */
class FeedApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final ArchiveServerExtension archive = ArchiveServerExtension.corpus().live();

  private final ArchiveServer server = archive.server();

  @Test
  void aSearchFeedIsAtomWithItsNewestAdditionsFirstAndLinksThatOpenTheArticles() throws Exception {
    HttpResponse<String> response = server.get("/api/feed?q=5G");
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/atom+xml"));
    Feed feed = atom(response.body());
    assertEquals("atom_1.0", feed.getFeedType());
    assertNotNull(feed.getId());
    assertNotNull(feed.getUpdated());
    assertTrue(feed.getTitle().contains("5G"), feed.getTitle());
    assertEquals("言录 News Archive", feed.getAuthors().get(0).getName());
    assertTrue(
        feed.getOtherLinks().stream().anyMatch(l -> l.getRel().equals("self")), "a self link");
    long total = JSON.readTree(server.get("/api/search?q=5G").body()).get("total").asLong();
    assertEquals(Math.min(total, AtomFeed.DEFAULT_ENTRIES), feed.getEntries().size());
    Date previous = null;
    for (Entry entry : feed.getEntries()) {
      assertFalse(entry.getTitle().isBlank());
      assertNotNull(entry.getId());
      assertNotNull(entry.getUpdated(), "updated is when it was added");
      if (previous != null) {
        assertFalse(entry.getUpdated().after(previous), "newest added first");
      }
      previous = entry.getUpdated();
      assertTrue(entry.getSummary().getValue().contains("<p>"), "outlet, date and snippet");
      Map<String, String> page = query(alternate(entry));
      assertEquals("5G", page.get("q"));
      assertEquals(200, server.get("/api/articles/" + enc(page.get("id"))).statusCode());
    }
    assertTrue(
        feed.getEntries().stream().anyMatch(e -> !e.getAuthors().isEmpty()), "outlets as authors");
    SyndFeed syndicated = new SyndFeedInput().build(new StringReader(response.body()));
    assertEquals(feed.getEntries().size(), syndicated.getEntries().size());
  }

  @Test
  void anArticleAddedWithIndexAddIsAtTheTopOfTheFeedWithinASecond() throws Exception {
    String newest = newestAdded();
    Path file = archive.work().resolve("added.jsonl");
    Files.writeString(
        file,
        line("feed-top-1", "郑州5G智慧港口投入运营", "郑州5G智慧港口今日投入运营，无人集卡往来穿梭。")
            + line("feed-control-1", "控制\u0001字符标题的5G文章", "一篇标题里带着控制字符的5G文章。"),
        StandardCharsets.UTF_8);
    assertEquals(0, cli("index", "--add", file.toString(), "--index", archive.index().toString()));
    long deadline = System.nanoTime() + 1_000_000_000L;
    Feed feed = atom(server.get("/api/feed?q=5G").body());
    while (!topIds(feed).contains("feed-top-1") && System.nanoTime() < deadline) {
      Thread.sleep(50);
      feed = atom(server.get("/api/feed?q=5G").body());
    }
    assertTrue(topIds(feed).contains("feed-top-1"), "at the top within a second: " + topIds(feed));
    assertTrue(topIds(feed).contains("feed-control-1"), topIds(feed).toString());
    Entry control =
        feed.getEntries().stream()
            .filter(e -> e.getId().endsWith("feed-control-1"))
            .findFirst()
            .orElseThrow();
    assertEquals("控制字符标题的5G文章", control.getTitle(), "what XML cannot hold is dropped");
    assertEquals(
        2,
        JSON.readTree(server.get("/api/search?since=" + enc(newest)).body()).get("total").asLong(),
        "new since the newest before");
  }

  @Test
  void theFeedAnswersTheErrorsOfSearch() throws Exception {
    HttpResponse<String> bad = server.get("/api/feed?q=" + enc("\"不成对"));
    assertEquals(400, bad.statusCode());
    assertEquals("bad_query", JSON.readTree(bad.body()).get("error").asText());
    HttpResponse<String> since = server.get("/api/search?since=yesterday");
    assertEquals(400, since.statusCode());
    JsonNode error = JSON.readTree(since.body());
    assertEquals("bad_parameter", error.get("error").asText());
    assertTrue(error.get("message").asText().contains("since"), error.toString());
    assertEquals(400, server.get("/api/feed?since=2020-13-01T00:00:00Z").statusCode());
  }

  @Test
  void sinceCountsOnlyWhatWasAddedAfterTheTime() throws Exception {
    String newest = newestAdded();
    assertEquals(
        0,
        JSON.readTree(server.get("/api/search?since=" + enc(newest)).body()).get("total").asLong());
    String before = Instant.parse(newest).minusMillis(1).toString();
    assertTrue(
        JSON.readTree(server.get("/api/search?since=" + enc(before)).body()).get("total").asLong()
            >= 1);
    String offset = "2000-01-01T08:00:00+08:00";
    assertEquals(
        JSON.readTree(server.get("/api/search").body()).get("total"),
        JSON.readTree(server.get("/api/search?since=" + enc(offset)).body()).get("total"));
  }

  /** The time of the newest addition to the archive, from a search in added order. */
  private String newestAdded() throws Exception {
    JsonNode hits =
        JSON.readTree(server.get("/api/search?sort=added_desc&size=1").body()).get("hits");
    return hits.get(0).get("added").asText();
  }

  private static List<String> topIds(Feed feed) {
    return feed.getEntries().stream().limit(2).map(e -> query(alternate(e)).get("id")).toList();
  }

  private static Feed atom(String xml) throws Exception {
    WireFeed feed = new WireFeedInput().build(new StringReader(xml));
    return (Feed) feed;
  }

  private static String alternate(Entry entry) {
    return entry.getAlternateLinks().stream()
        .filter(l -> "alternate".equals(l.getRel()))
        .map(Link::getHref)
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, String> query(String url) {
    return Arrays.stream(URI.create(url).getRawQuery().split("&"))
        .map(p -> p.split("=", 2))
        .collect(
            Collectors.toMap(
                p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8), (a, b) -> a));
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
}
