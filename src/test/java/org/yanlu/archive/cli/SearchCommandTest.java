package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code index} and {@code search} commands, run through Main on the committed corpus. */
class SearchCommandTest {
  @TempDir static Path dir;
  private static Path index;

  @BeforeAll
  static void buildIndex() throws Exception {
    index = dir.resolve("index");
    Run run = run("index", "--corpus", "corpus", "--index", index.toString());
    assertEquals(0, run.code, run.err);
    assertTrue(run.out.startsWith("indexed "), run.out);
    assertTrue(run.err.contains("read "), run.err);
  }

  @Test
  void searchPrintsHitsWithMarkedSnippetsAndFacets() throws Exception {
    Run run = run("search", "数字中国", "--index", index.toString(), "--size", "3");
    assertEquals(0, run.code, run.err);
    assertTrue(run.out.contains("【数字中国】"), run.out);
    assertTrue(run.out.contains("source: "), run.out);
  }

  @Test
  void aMalformedQueryIsReportedWithoutATrace() throws Exception {
    Run run = run("search", "\"5G", "--index", index.toString());
    assertEquals(1, run.code);
    assertTrue(run.err.contains("unbalanced quotes"), run.err);
    assertTrue(!run.err.contains("Exception"), run.err);
  }

  @Test
  void batchPrintsOneJsonLinePerQueryAndGoesOnAfterAnError() throws Exception {
    Path queries = dir.resolve("queries.txt");
    Files.writeString(queries, "扶贫\n\n\"5G\n“让百姓少跑腿、数据多跑路”\n", StandardCharsets.UTF_8);
    Run run =
        run("search", "--batch", queries.toString(), "--index", index.toString(), "--size", "2");
    assertEquals(0, run.code, run.err);
    List<String> lines = run.out.lines().toList();
    assertEquals(3, lines.size(), run.out);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    assertEquals("扶贫", first.get("query").asText());
    assertTrue(first.get("total").asLong() >= 1);
    JsonNode hit = first.get("hits").get(0);
    for (String key : List.of("id", "title", "source", "date", "score", "snippet")) {
      assertTrue(hit.has(key), key);
    }
    assertTrue(json.readTree(lines.get(1)).has("error"));
    assertEquals(1, json.readTree(lines.get(2)).get("total").asLong());
    // Progress goes to stderr, not among the answers; out of a terminal as plain lines.
    List<String> progress = run.err.lines().toList();
    assertTrue(progress.get(progress.size() - 1).startsWith("searched 3 of 3 queries ("), run.err);
  }

  @Test
  void aBatchFileThatCannotBeReadIsReportedWithItsNameAndLine() throws Exception {
    Path gbk = dir.resolve("queries-gbk.txt");
    Files.write(gbk, "扶贫\n数字中国\n".getBytes(Charset.forName("GBK")));
    Path missing = dir.resolve("no-queries.txt");

    Run notUtf8 = run("search", "--batch", gbk.toString(), "--index", index.toString());
    Run none = run("search", "--batch", missing.toString(), "--index", index.toString());

    assertEquals(1, notUtf8.code);
    assertEquals(gbk + ":1: not UTF-8 text\n", notUtf8.err);
    assertEquals(1, none.code);
    assertEquals(missing + ": no such batch file\n", none.err);
    assertEquals("", notUtf8.out + none.out);
  }

  @Test
  void batchAsCsvPrintsOneRowPerHit() throws Exception {
    Path queries = dir.resolve("queries.csv.txt");
    Files.writeString(queries, "扶贫\n人工智能 泡沫\n", StandardCharsets.UTF_8);
    Run run =
        run(
            "search",
            "--batch",
            queries.toString(),
            "--index",
            index.toString(),
            "--format",
            "csv",
            "--size",
            "5");
    assertEquals(0, run.code, run.err);
    List<String> lines = run.out.lines().toList();
    assertEquals("query,total,rank,id,title,source,date,error", lines.get(0));
    assertTrue(lines.get(1).startsWith("扶贫,"), lines.get(1));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("人工智能 泡沫,1,1,")), run.out);
  }

  @Test
  void aSnippetForTheTerminalShowsMarksAsBracketsAndEntitiesAsCharacters() {
    assertEquals(
        "【数字中国】建设〔加快〕：<script> & \"引号\" 'x'/y",
        SearchCommand.plain(
            "<mark>数字中国</mark>建设<mark class=\"diff\">加快</mark>：&lt;script&gt; &amp;"
                + " &quot;引号&quot; &#x27;x&#x27;&#x2F;y"));
  }

  @Test
  void entitiesOurEscaperNeverWritesAreUndoneToo() {
    assertEquals("a\u00a0b © 中 &lt;", SearchCommand.plain("a&nbsp;b &copy; &#20013; &amp;lt;"));
  }

  @Test
  void searchWithoutAnIndexSaysSo(@TempDir Path empty) throws Exception {
    Run run = run("search", "5G", "--index", empty.toString());
    assertEquals(1, run.code);
    assertTrue(run.err.contains("no index"), run.err);
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            List.of(args),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
