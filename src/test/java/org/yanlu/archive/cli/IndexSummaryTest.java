package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.search.ArticleView;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.Searcher;

/**
 * What {@code index} says about the corpus it read: the records skipped by reason, problems and
 * warnings with their lines; and an untitled record reaches the index, marked in the article view.
 */
class IndexSummaryTest {
  @TempDir Path work;

  @Test
  void theSummaryCountsSkippedRecordsByReasonAndAnUntitledRecordIsIndexed() throws Exception {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(
        corpus.resolve("exports.jsonl"),
        String.join(
            "\n",
            "{\"id\": \"poem-1\", \"source\": \"诗刊\", \"text\": \"大漠孤烟直，长河落日圆。\"}",
            "{\"id\": \"titled\", \"title\": \"郑州开通量子通信试验网\", \"text\": \"覆盖全市主要政务机关。\","
                + " \"url\": \"javascript:alert(1)\"}",
            "{\"id\": \"empty\", \"title\": \"只有标题\"}",
            "{\"id\": \"broken\", \"title\": ",
            "{\"id\": \"empty-2\", \"title\": \"也只有标题\", \"paragraphs\": [\"  \"]}",
            ""),
        StandardCharsets.UTF_8);
    Path index = work.resolve("index");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code =
        Main.run(
            List.of("index", "--corpus", corpus.toString(), "--index", index.toString()),
            new PrintStream(out, true, "UTF-8"),
            new PrintStream(err, true, "UTF-8"));

    String summary = out.toString(StandardCharsets.UTF_8);
    String log = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, log);
    assertTrue(
        summary.contains("skipped: 3 records (2 no body, 1 not valid JSON); 1 kept with a warning"),
        summary);
    assertTrue(log.contains("exports.jsonl:2: url dropped"), log);
    assertTrue(log.contains("warning: " + corpus.resolve("exports.jsonl") + ":1: no title"), log);
    try (Searcher searcher = Searcher.open(index)) {
      assertEquals(2, searcher.search(SearchRequest.of("")).total());
      ArticleView poem = searcher.article("poem-1", "");
      assertTrue(poem.untitled());
      assertEquals("大漠孤烟直，长河落日圆", poem.title());
      assertEquals("", searcher.article("titled", "").url());
    }
  }
}
