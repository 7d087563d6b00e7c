package org.yanlu.archive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.cli.Main;

/** The {@code articles} command prints the magazine's articles as JSON lines with stable keys. */
class ArticlesOutputTest {
  private static final List<String> KEYS =
      List.of(
          "id",
          "title",
          "subtitle",
          "source",
          "date",
          "datePrecision",
          "publication",
          "issue",
          "pages",
          "paragraphs",
          "sections",
          "speakers");

  @Test
  void articlesCommandPrintsOneJsonLinePerArticleWithTheIssueKeys() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        Main.run(
            List.of("articles", "--corpus", "corpus"),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(18, lines.size());
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode a = json.readTree(line);
      for (String key : KEYS) {
        assertTrue(a.has(key), key + " missing in " + line);
      }
      assertTrue(a.get("paragraphs").isArray() && a.get("paragraphs").size() > 0);
    }
    JsonNode series = json.readTree(lines.get(13));
    assertEquals("互联网思想", series.get("source").asText());
    assertEquals(5, series.get("sections").size());
    assertEquals("day", series.get("datePrecision").asText());
  }
}
