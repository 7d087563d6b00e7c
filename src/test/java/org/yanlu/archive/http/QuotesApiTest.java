package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Quote;

/**
 * {@code /api/quotes} and the name filters of {@code /api/search}, over HTTP against a server on a
 * free port over the real corpus enriched with speakers and quotes.
 */
class QuotesApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WU = "邬贺铨";

  @RegisterExtension
  static final ArchiveServerExtension archive = ArchiveServerExtension.enrichedCorpus();

  private final ArchiveServer server = archive.server();

  @Test
  void quoteSearchAnswersQuoteHitsWithSpeakerAndArticle() throws Exception {
    JsonNode result = json(server.get("/api/quotes?q=" + enc("\"投资回报\"")));
    assertEquals(
        Set.of("total", "page", "size", "tookMs", "hits", "facets", "near"), names(result));
    assertTrue(result.path("total").asLong() >= 2);
    JsonNode hit = result.path("hits").get(0);
    assertEquals(
        Set.of(
            "speaker",
            "role",
            "text",
            "snippet",
            "articleId",
            "title",
            "source",
            "date",
            "paragraph",
            "score",
            "quote"),
        names(hit));
    assertEquals(WU, hit.path("speaker").asText());
    assertFalse(hit.path("role").asText().isEmpty());
    for (JsonNode h : result.path("hits")) {
      assertTrue(h.path("text").asText().contains("投资回报"), h.toString());
    }
  }

  @Test
  void wordsSaidByWuHequanFindHisQuoteFirst() throws Exception {
    JsonNode first = json(server.get("/api/quotes?q=" + enc("工业App 个性化需求"))).path("hits").get(0);
    assertEquals(WU, first.path("speaker").asText());
  }

  @Test
  void repeatedSpeakerParametersKeepQuotesOfAnyOfThem() throws Exception {
    long his = quotesOf(WU);
    String other =
        server.articles().stream()
            .flatMap(a -> a.quotes().stream())
            .map(Quote::speaker)
            .filter(s -> !s.equals(WU) && !s.isBlank())
            .findFirst()
            .orElseThrow();
    JsonNode result =
        json(server.get("/api/quotes?size=100&speaker=" + enc(WU) + "&speaker=" + enc(other)));
    assertEquals(his + quotesOf(other), result.path("total").asLong());
    for (JsonNode h : result.path("hits")) {
      assertTrue(Set.of(WU, other).contains(h.path("speaker").asText()), h.toString());
    }
  }

  @Test
  void sourceParameterKeepsQuotesOfThatOutlet() throws Exception {
    Article wu = articleQuoting(WU);
    JsonNode result = json(server.get("/api/quotes?size=100&source=" + enc(wu.source())));
    assertTrue(result.path("total").asLong() >= quotesOf(WU));
    for (JsonNode h : result.path("hits")) {
      assertEquals(wu.source(), h.path("source").asText());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"size=0", "size=101", "size=ten", "page=0", "page=x", "q=%22abc"})
  void badParametersAreBadRequestsAsInSearch(String params) throws Exception {
    HttpResponse<String> quotes = server.get("/api/quotes?" + params);
    HttpResponse<String> search = server.get("/api/search?" + params);
    assertEquals(400, quotes.statusCode(), quotes.body());
    assertEquals(Set.of("error", "message"), names(JSON.readTree(quotes.body())));
    // The same refusal, code and words, as the article search gives.
    assertEquals(JSON.readTree(search.body()), JSON.readTree(quotes.body()));
  }

  @Test
  void pageBeyondTheQuotesAndOverlongQueriesAreRefused() throws Exception {
    HttpResponse<String> deep = server.get("/api/quotes?page=1000");
    HttpResponse<String> longQuery = server.get("/api/quotes?q=" + enc("数".repeat(501)));
    assertEquals(400, deep.statusCode());
    assertEquals("page_out_of_range", JSON.readTree(deep.body()).path("error").asText());
    assertTrue(JSON.readTree(deep.body()).path("message").asText().contains("1000"), deep.body());
    assertEquals(413, longQuery.statusCode());
    assertEquals("query_too_long", JSON.readTree(longQuery.body()).path("error").asText());
    assertTrue(
        JSON.readTree(longQuery.body()).path("message").asText().contains("501"), longQuery.body());
  }

  @Test
  void personFilterOfArticleSearchKeepsTheOtherPeopleCounted() throws Exception {
    JsonNode all = json(server.get("/api/search"));
    JsonNode person = all.path("facets").path("person").get(0);
    String name = person.path("value").asText();
    JsonNode filtered = json(server.get("/api/search?person=" + enc(name)));
    assertEquals(person.path("count").asLong(), filtered.path("total").asLong());
    assertEquals(
        all.path("facets").path("person").size(), filtered.path("facets").path("person").size());
    for (String dim : new String[] {"organisation", "place"}) {
      String value = all.path("facets").path(dim).get(0).path("value").asText();
      JsonNode one = json(server.get("/api/search?" + dim + "=" + enc(value)));
      assertEquals(
          all.path("facets").path(dim).get(0).path("count").asLong(), one.path("total").asLong());
    }
  }

  @Test
  void articleListsItsQuotesWithSpeakerRoleAndParagraph() throws Exception {
    Article wu = articleQuoting(WU);
    JsonNode quotes = json(server.get("/api/articles/" + enc(wu.id()))).path("quotes");
    assertEquals(wu.quotes().size(), quotes.size());
    JsonNode first = quotes.get(0);
    assertEquals(Set.of("speaker", "role", "text", "paragraph"), names(first));
    assertEquals(wu.quotes().get(0).role(), first.path("role").asText());
  }

  private long quotesOf(String speaker) {
    return server.articles().stream()
        .flatMap(a -> a.quotes().stream())
        .filter(q -> q.speaker().equals(speaker))
        .count();
  }

  private Article articleQuoting(String speaker) {
    return server.articles().stream()
        .filter(a -> a.quotes().stream().anyMatch(q -> q.speaker().equals(speaker)))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
