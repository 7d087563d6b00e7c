package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanlu.archive.article.Article;

/** The JSON API over HTTP, against a server on a free port over the real corpus. */
class HttpApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final ArchiveServerExtension archive = ArchiveServerExtension.corpus();

  private final ArchiveServer server = archive.server();

  @Test
  void healthSaysOk() throws Exception {
    HttpResponse<String> response = server.get("/api/health");
    assertEquals(200, response.statusCode());
    assertEquals("ok", json(response).path("status").asText());
  }

  @Test
  void statsCountTheIndexedArticles() throws Exception {
    JsonNode stats = json(server.get("/api/stats"));
    assertEquals(server.articles().size(), stats.path("articles").asLong());
    assertTrue(stats.path("indexSizeBytes").asLong() > 0);
    assertFalse(stats.path("builtAt").asText().isEmpty());
  }

  @Test
  void emptyQueryBrowsesEveryArticle() throws Exception {
    JsonNode result = json(server.get("/api/search"));
    assertEquals(server.articles().size(), result.path("total").asLong());
    assertEquals(1, result.path("page").asInt());
    assertEquals(10, result.path("size").asInt());
    assertEquals(Math.min(10, server.articles().size()), result.path("hits").size());
  }

  @Test
  void searchAnswersWithTheFieldNamesOfTheDesign() throws Exception {
    JsonNode result = json(server.get("/api/search?q=" + enc("数字") + "&size=3"));
    assertEquals(
        Set.of("total", "articles", "near", "page", "size", "tookMs", "hits", "facets"),
        names(result));
    JsonNode hit = result.path("hits").get(0);
    assertEquals(
        Set.of(
            "id",
            "title",
            "subtitle",
            "source",
            "date",
            "speakers",
            "snippet",
            "score",
            "alsoIn",
            "copies",
            "story",
            "added"),
        names(hit));
    assertTrue(result.path("facets").has("source"));
    assertTrue(result.path("facets").has("month"));
    assertTrue(result.path("facets").has("speaker"));
    assertTrue(result.path("facets").has("theme"));
    JsonNode value = result.path("facets").path("source").get(0);
    assertEquals(Set.of("value", "count", "selected"), names(value));
  }

  @Test
  void quotedQueryFindsTheArticleThatHoldsItAndMarksTheMatch() throws Exception {
    String quote = "数字福建";
    JsonNode result = json(server.get("/api/search?q=" + enc("\"" + quote + "\"")));
    long holding = server.articles().stream().filter(a -> compact(a).contains(quote)).count();
    assertEquals(holding, result.path("total").asLong());
    String snippet = result.path("hits").get(0).path("snippet").asText();
    assertTrue(snippet.contains("<mark>"), snippet);
  }

  @Test
  void repeatedSourceParametersKeepHitsOfAnyOfThoseOutlets() throws Exception {
    JsonNode sources = json(server.get("/api/search")).path("facets").path("source");
    assertTrue(sources.size() >= 2, "the corpus has at least two outlets");
    String first = sources.get(0).path("value").asText();
    String second = sources.get(1).path("value").asText();
    long expected = sources.get(0).path("count").asLong() + sources.get(1).path("count").asLong();

    JsonNode result =
        json(server.get("/api/search?source=" + enc(first) + "&source=" + enc(second)));

    assertEquals(expected, result.path("total").asLong());
    for (JsonNode hit : result.path("hits")) {
      assertTrue(Set.of(first, second).contains(hit.path("source").asText()), hit.toString());
    }
    List<String> selected = new ArrayList<>();
    for (JsonNode v : result.path("facets").path("source")) {
      if (v.path("selected").asBoolean()) {
        selected.add(v.path("value").asText());
      }
    }
    assertEquals(Set.of(first, second), new HashSet<>(selected));
  }

  @Test
  void dateSortPutsNewestFirst() throws Exception {
    JsonNode hits = json(server.get("/api/search?sort=date_desc&size=100")).path("hits");
    String previous = "9999";
    for (JsonNode hit : hits) {
      String date = hit.path("date").asText("");
      if (!date.isEmpty()) {
        assertTrue(date.compareTo(previous) <= 0, date + " after " + previous);
        previous = date;
      }
    }
  }

  @Test
  void articleAnswersTheWholeArticleWithTheQueryMarked() throws Exception {
    Article article =
        server.articles().stream().filter(a -> compact(a).contains("数字福建")).findFirst().get();
    JsonNode view =
        json(server.get("/api/articles/" + enc(article.id()) + "?q=" + enc("\"数字福建\"")));
    assertEquals(article.id(), view.path("id").asText());
    assertEquals(article.title(), view.path("title").asText());
    assertEquals(article.paragraphs().size(), view.path("paragraphs").size());
    assertTrue(view.path("highlightedParagraphs").toString().contains("<mark>"));
    assertTrue(view.has("related"));
  }

  @Test
  void articleQueryLongerThan500CharactersIsTooLarge() throws Exception {
    String id = enc(server.articles().get(0).id());
    assertError(
        server.get("/api/articles/" + id + "?q=" + enc("数".repeat(501))), 413, "query_too_long");
  }

  @Test
  void unknownArticleIsNotFound() throws Exception {
    assertError(server.get("/api/articles/no-such-article"), 404, "not_found");
  }

  @Test
  void unknownApiPathIsNotFoundAsJson() throws Exception {
    assertError(server.get("/api/nothing-here"), 404, "not_found");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          size=0   | bad_query     | size must be 1 to 100, not 0
          size=101 | bad_query     | size must be 1 to 100, not 101
          size=ten | bad_parameter | size must be a whole number, not "ten"
          page=0   | bad_query     | page must be 1 or more, not 0
          page=-1  | bad_query     | page must be 1 or more, not -1
          page=x   | bad_parameter | page must be a whole number, not "x"
          """)
  void pageAndSizeOutOfRangeAreBadRequestsSayingWhich(String params, String code, String why)
      throws Exception {
    HttpResponse<String> response = server.get("/api/search?" + params);
    assertError(response, 400, code);
    assertTrue(
        JSON.readTree(response.body()).path("message").asText().endsWith(why), response.body());
  }

  @Test
  void pageBeyondTheResultsIsABadRequest() throws Exception {
    long total = json(server.get("/api/search")).path("total").asLong();
    long pastLast = total / 10 + 2;
    assertError(server.get("/api/search?page=" + pastLast), 400, "page_out_of_range");
  }

  @Test
  void lastPageIsAnswered() throws Exception {
    long total = json(server.get("/api/search")).path("total").asLong();
    long last = (total + 9) / 10;
    JsonNode result = json(server.get("/api/search?page=" + last));
    assertEquals(total - (last - 1) * 10, result.path("hits").size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020", "2020-10", "2020-10-01"})
  void datesOfEveryPrecisionAreAccepted(String date) throws Exception {
    HttpResponse<String> response = server.get("/api/search?size=100&from=" + date + "&to=" + date);
    assertEquals(200, response.statusCode(), response.body());
    JsonNode hits = json(response).path("hits");
    assertTrue(hits.size() > 0, response.body());
    // A hit's date, of whatever precision, overlaps the day, month or year asked for.
    for (JsonNode hit : hits) {
      String day = hit.path("date").asText();
      assertTrue(
          !day.isEmpty() && (day.startsWith(date) || date.startsWith(day)), date + " gave " + day);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"from=2020-13", "to=20201", "from=2020/10", "to=2020-02-30", "from=x"})
  void malformedDatesAreBadRequests(String params) throws Exception {
    assertError(server.get("/api/search?" + params), 400, "bad_query");
  }

  @Test
  void queryLongerThan500CharactersIsTooLarge() throws Exception {
    String q = "数".repeat(501);
    assertError(server.get("/api/search?q=" + enc(q)), 413, "query_too_long");
    assertEquals(200, server.get("/api/search?q=" + enc("数".repeat(500))).statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"unclosed", "数字 OR", "((("})
  void malformedQueryIsABadRequestNeverAServerError(String q) throws Exception {
    assertError(server.get("/api/search?q=" + enc(q)), 400, "bad_query");
    assertError(server.get("/api/export?q=" + enc(q)), 400, "bad_query");
  }

  @Test
  void unknownSortIsABadRequest() throws Exception {
    assertError(server.get("/api/search?sort=popular"), 400, "bad_query");
  }

  @Test
  void unknownParametersAreIgnored() throws Exception {
    JsonNode plain = json(server.get("/api/search?q=" + enc("数字")));
    JsonNode withExtra = json(server.get("/api/search?q=" + enc("数字") + "&colour=red&x="));
    assertEquals(plain.path("total"), withExtra.path("total"));
  }

  @Test
  void everyResponseStatesItsCharsetAndForbidsInlineScript() throws Exception {
    for (String path : List.of("/", "/app.js", "/style.css", "/api/search", "/api/nothing")) {
      HttpResponse<String> response = server.get(path);
      String type = response.headers().firstValue("Content-Type").orElse("");
      String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertAll(
          path,
          () -> assertTrue(type.toLowerCase().contains("charset=utf-8"), type),
          () -> assertTrue(policy.contains("default-src 'self'"), policy),
          () -> assertTrue(policy.contains("script-src 'self'"), policy),
          () -> assertFalse(policy.contains("unsafe-inline"), policy));
    }
  }

  @Test
  void frontEndIsServedAtTheRoot() throws Exception {
    HttpResponse<String> response = server.get("/");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertTrue(response.body().contains("<script type=\"module\" src=\"app.js\">"));
  }

  @Test
  void csvExportHasAHeaderAndOneRowPerHit() throws Exception {
    String q = enc("数字");
    long total = json(server.get("/api/search?q=" + q)).path("total").asLong();
    HttpResponse<byte[]> response = server.getBytes("/api/export?q=" + q + "&format=csv");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertEquals(Long.toString(total), response.headers().firstValue("X-Total-Count").orElse(""));
    byte[] body = response.body();
    assertEquals(0xEF, body[0] & 0xFF, "UTF-8 byte order mark");
    assertEquals(0xBB, body[1] & 0xFF);
    assertEquals(0xBF, body[2] & 0xFF);
    List<List<String>> records = CsvRecords.read(new String(body, 3, body.length - 3, "UTF-8"));
    assertEquals(
        List.of("id", "title", "subtitle", "source", "date", "speakers", "score", "story"),
        records.get(0));
    assertEquals(total, records.size() - 1);
  }

  @Test
  void jsonLinesExportHasOneLinePerArticleWhenBrowsingAll() throws Exception {
    HttpResponse<String> response = server.get("/api/export?format=jsonl&sort=date_asc");
    assertEquals(200, response.statusCode());
    List<String> lines = response.body().lines().toList();
    assertEquals(server.articles().size(), lines.size());
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      ids.add(JSON.readTree(line).path("id").asText());
    }
    assertEquals(server.articles().size(), ids.size(), "no article twice");
  }

  @Test
  void exportOfAFilteredSearchMatchesItsTotal() throws Exception {
    JsonNode source = json(server.get("/api/search")).path("facets").path("source").get(0);
    String filter = "source=" + enc(source.path("value").asText());
    HttpResponse<String> response = server.get("/api/export?format=jsonl&" + filter);
    assertEquals(source.path("count").asLong(), response.body().lines().count());
  }

  @Test
  void exportRejectsAnUnknownFormatBeforeSendingAnything() throws Exception {
    assertError(server.get("/api/export?format=xlsx"), 400, "bad_parameter");
    assertError(server.get("/api/export?q=" + enc("数".repeat(501))), 413, "query_too_long");
  }

  private static void assertError(HttpResponse<String> response, int status, String code)
      throws IOException {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode body = JSON.readTree(response.body());
    assertEquals(Set.of("error", "message"), names(body));
    assertEquals(code, body.path("error").asText());
    assertFalse(body.path("message").asText().isBlank());
    assertFalse(response.body().contains("Exception"), "no exception names leak");
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new HashSet<>();
    Iterator<String> it = node.fieldNames();
    it.forEachRemaining(names::add);
    return names;
  }

  /** The article's text as a reader sees it, for comparison with quotes. */
  private static String compact(Article a) {
    return (a.title() + a.subtitle() + String.join("", a.paragraphs())).replaceAll("\\s+", "");
  }
}
