package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus's counts committed in {@code expected-counts.json} (articles, dates, sections, quotes,
 * speakers, outlets, months) are what {@code articles} reads from {@code corpus/} today: a change
 * that moves one shows up here with the count, the way Anserini checks its regressions.
 */
class ExpectedCountsTest {
  private static final Path COMMITTED = Path.of("expected-counts.json");

  @Test
  void committedCorpusHasTheCommittedCounts() throws Exception {
    Run run = articles("--check", COMMITTED.toString());

    assertEquals(0, run.code(), run.out() + run.err());
    assertTrue(run.out().contains("all 24 counts as expected"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void aCountThatMovedFailsTheCheckWithOneLinePerCount(@TempDir Path dir) throws Exception {
    Path moved = dir.resolve("counts.json");
    Files.writeString(
        moved,
        Files.readString(COMMITTED)
            .replace("\"quotes\": 86", "\"quotes\": 85")
            .replace("\"人民日报\": 1,", "\"人民日报\": 1,\n    \"新华社\": 2,"));

    Run run = articles("--check", moved.toString());

    assertEquals(1, run.code(), run.out());
    assertEquals(
        List.of(
            moved + ": 2 of 25 counts differ",
            "  quotes: expected 85, got 86",
            "  source/新华社: expected 2, got 0"),
        run.out().lines().toList());
  }

  @Test
  void writtenCountsAreTheCommittedFile(@TempDir Path dir) throws Exception {
    Path written = dir.resolve("counts.json");

    Run run = articles("--write-counts", written.toString());

    assertEquals(0, run.code(), run.err());
    assertEquals(Files.readString(COMMITTED), Files.readString(written));
  }

  @Test
  void aCountsFileThatIsNotCountsIsAUsageError(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("counts.json");
    Files.writeString(bad, "{\"articles\": \"eighteen\"}");

    Run missing = articles("--check", dir.resolve("none.json").toString());
    Run notCounts = articles("--check", bad.toString());

    assertEquals(2, missing.code());
    assertEquals(
        "--check: " + dir.resolve("none.json") + ": no such file",
        missing.err().lines().findFirst().orElseThrow());
    assertEquals(2, notCounts.code());
    assertEquals(
        "--check: " + bad + ":1: articles is not a count: eighteen",
        notCounts.err().lines().findFirst().orElseThrow());
    assertEquals("", missing.out() + notCounts.out());
  }

  private record Run(int code, String out, String err) {}

  private static Run articles(String... options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("articles", "--corpus", "corpus"));
    args.addAll(List.of(options));
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
