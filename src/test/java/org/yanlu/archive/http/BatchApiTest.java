package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yanlu.archive.cli.Main;

/**
 * {@code POST /api/batch}: a list of names searched at once on the enriched corpus, each answered
 * in order as {@code /api/search} answers it alone, a bad query with its own error; CSV rows per
 * query and hit; the same answers as {@code search --batch} on the command line.
 */
class BatchApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> NAMES =
      List.of("扶贫", "\"不成对", "“让百姓少跑腿、数据多跑路”", "邬贺铨", "没有这个词的检索");

  @RegisterExtension
  static final ArchiveServerExtension archive = ArchiveServerExtension.enrichedCorpus();

  private final ArchiveServer server = archive.server();

  @Test
  void eachQueryIsAnsweredInOrderAsItsSearchAndABadOneGetsItsOwnError() throws Exception {
    HttpResponse<String> response =
        server.post("/api/batch?size=3", "application/json", JSON.writeValueAsString(NAMES));
    assertEquals(200, response.statusCode(), response.body());
    JsonNode body = JSON.readTree(response.body());
    assertEquals(NAMES.size(), body.get("queries").asInt());
    JsonNode results = body.get("results");
    assertEquals(NAMES.size(), results.size());
    for (int i = 0; i < NAMES.size(); i++) {
      JsonNode entry = results.get(i);
      assertEquals(NAMES.get(i), entry.get("query").asText(), "in order");
      HttpResponse<String> alone = server.get("/api/search?size=3&q=" + enc(NAMES.get(i)));
      JsonNode single = JSON.readTree(alone.body());
      if (alone.statusCode() != 200) {
        assertEquals(single.get("error"), entry.get("error"), NAMES.get(i));
        assertEquals(single.get("message"), entry.get("message"));
        assertFalse(entry.has("hits"));
        continue;
      }
      assertEquals(single.get("total"), entry.get("total"), NAMES.get(i));
      assertEquals(single.get("facets").get("source"), entry.get("facets").get("source"));
      assertEquals(single.get("facets").get("month"), entry.get("facets").get("month"));
      assertEquals(List.of("source", "month"), fieldNames(entry.get("facets")));
      assertEquals(ids(single.get("hits")), ids(entry.get("hits")));
    }
    assertEquals("bad_query", results.get(1).get("error").asText());
    assertTrue(results.get(0).get("total").asLong() > 0);
    assertEquals(1, results.get(2).get("total").asLong());
    assertEquals(0, results.get(4).get("total").asLong());
  }

  @Test
  void textWithOneQueryALineGetsTheSameAnswersAsAJsonArray() throws Exception {
    JsonNode fromJson =
        JSON.readTree(
                server
                    .post("/api/batch", "application/json", JSON.writeValueAsString(NAMES))
                    .body())
            .get("results");
    HttpResponse<String> text =
        server.post(
            "/api/batch", "text/plain; charset=utf-8", "\n" + String.join("\r\n\n", NAMES) + "\n");
    assertEquals(200, text.statusCode(), text.body());
    JsonNode fromText = JSON.readTree(text.body()).get("results");
    assertEquals(NAMES.size(), fromText.size(), "blank lines are not queries");
    assertEquals(fromJson, fromText);
  }

  @Test
  void csvHasOneRowPerQueryAndHitWithFormulaCellsGuarded() throws Exception {
    List<String> queries = List.of("扶贫", "-泡沫 人工智能", "\"不成对", "没有这个词的检索");
    HttpResponse<String> response =
        server.post("/api/batch?format=csv&size=2", "text/plain", String.join("\n", queries));
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    assertTrue(response.body().startsWith("\uFEFF"), "marked as UTF-8 for spreadsheets");
    List<List<String>> rows = CsvRecords.read(response.body());
    assertEquals(BatchApi.CSV_COLUMNS, rows.get(0));
    JsonNode answers =
        JSON.readTree(
                server.post("/api/batch?size=2", "text/plain", String.join("\n", queries)).body())
            .get("results");
    List<List<String>> expected = new ArrayList<>();
    for (JsonNode entry : answers) {
      String query = entry.get("query").asText();
      String cell = query.startsWith("-") ? "'" + query : query;
      if (entry.has("error")) {
        expected.add(List.of(cell, "", "", "", "", "", "", entry.get("message").asText()));
      } else if (entry.get("hits").isEmpty()) {
        expected.add(List.of(cell, entry.get("total").asText(), "", "", "", "", "", ""));
      }
      int rank = 0;
      for (JsonNode hit : entry.get("hits") == null ? JSON.createArrayNode() : entry.get("hits")) {
        rank++;
        expected.add(
            List.of(
                cell,
                entry.get("total").asText(),
                String.valueOf(rank),
                hit.get("id").asText(),
                hit.get("title").asText(),
                hit.get("source").asText(),
                hit.get("date").isNull() ? "" : hit.get("date").asText(),
                ""));
      }
    }
    assertEquals(expected, rows.subList(1, rows.size()));
    assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("'-泡沫 人工智能")), "guarded");
  }

  @Test
  void theBatchAnswersAsSearchBatchOnTheCommandLine() throws Exception {
    Path file = archive.work().resolve("names.txt");
    Files.writeString(file, String.join("\n", NAMES) + "\n", StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        Main.run(
            List.of("search", "--batch", file.toString(), "--index", archive.index().toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertEquals(0, code);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
      lines.add(JSON.readTree(line));
    }
    JsonNode api =
        JSON.readTree(server.post("/api/batch", "text/plain", String.join("\n", NAMES)).body())
            .get("results");
    assertEquals(api.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      assertEquals(api.get(i), lines.get(i), NAMES.get(i));
    }

    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    Main.run(
        List.of(
            "search",
            "--batch",
            file.toString(),
            "--index",
            archive.index().toString(),
            "--format",
            "csv"),
        new PrintStream(csv, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String fromApi =
        server.post("/api/batch?format=csv", "text/plain", String.join("\n", NAMES)).body();
    assertEquals(
        CsvRecords.read(fromApi), CsvRecords.read(csv.toString(StandardCharsets.UTF_8)), "CSV");
  }

  @Test
  void moreThanAThousandQueriesIsA413WithOurJson() throws Exception {
    List<String> many = new ArrayList<>();
    for (int i = 0; i <= BatchApi.MAX_QUERIES; i++) {
      many.add("名字" + i);
    }
    HttpResponse<String> response =
        server.post("/api/batch", "application/json", JSON.writeValueAsString(many));
    assertEquals(413, response.statusCode());
    JsonNode error = JSON.readTree(response.body());
    assertEquals("too_many_queries", error.get("error").asText());
    assertTrue(error.get("message").asText().contains("1000"), error.toString());
    assertEquals(
        200,
        server
            .post(
                "/api/batch?size=1",
                "application/json",
                JSON.writeValueAsString(many.subList(0, BatchApi.MAX_QUERIES)))
            .statusCode(),
        "a thousand is allowed");
  }

  @Test
  void aBodyThatIsNoListOfQueriesIsA400() throws Exception {
    for (String body : List.of("", "  \n \n", "[1, 2]", "[\"5G\"", "{\"q\": \"5G\"}")) {
      String type = body.startsWith("{") ? "application/json" : "text/plain";
      HttpResponse<String> response = server.post("/api/batch", type, body);
      assertEquals(400, response.statusCode(), body);
      assertEquals("bad_parameter", JSON.readTree(response.body()).get("error").asText(), body);
    }
    HttpResponse<String> xml = server.post("/api/batch?format=xml", "text/plain", "5G");
    assertEquals(400, xml.statusCode(), "format");
    assertEquals("bad_parameter", JSON.readTree(xml.body()).get("error").asText(), xml.body());
    assertTrue(JSON.readTree(xml.body()).get("message").asText().contains("xml"), xml.body());
  }

  private static List<String> ids(JsonNode hits) {
    List<String> ids = new ArrayList<>();
    hits.forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
