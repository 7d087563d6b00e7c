package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.index.IndexProgress;

class ProgressDisplayTest {
  @Test
  void aTerminalSeesABarWithArticlesAndSpeed() {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    IndexProgress progress =
        ProgressDisplay.ofIndexing(new PrintStream(shown, true, StandardCharsets.UTF_8), true);
    for (int done = 1; done <= 200; done++) {
      progress.indexed(done, 200);
    }
    String bar = shown.toString(StandardCharsets.UTF_8);
    assertTrue(bar.contains("indexing"), bar);
    assertTrue(bar.contains("200/200"), bar);
    assertTrue(bar.contains("articles/s"), bar);
    assertTrue(bar.contains("\r"), "redrawn in place: " + bar);
  }

  @Test
  void elsewhereProgressIsPlainLines() {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    IndexProgress progress =
        ProgressDisplay.ofIndexing(new PrintStream(shown, true, StandardCharsets.UTF_8), false);
    for (int done = 1; done <= 200; done++) {
      progress.indexed(done, 200);
    }
    String lines = shown.toString(StandardCharsets.UTF_8);
    assertTrue(lines.contains("indexed 200 of 200 articles"), lines);
    assertTrue(!lines.contains("\r"), lines);
  }

  @Test
  void aBatchOnATerminalSeesABarOfQueriesWithSpeed() {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    ProgressDisplay.Progress progress =
        ProgressDisplay.ofBatch(new PrintStream(shown, true, StandardCharsets.UTF_8), true);
    for (int done = 1; done <= 40; done++) {
      progress.reached(done, 40);
    }
    String bar = shown.toString(StandardCharsets.UTF_8);
    assertTrue(bar.contains("searching"), bar);
    assertTrue(bar.contains("40/40"), bar);
    assertTrue(bar.contains("queries/s"), bar);
    assertTrue(bar.contains("\r"), "redrawn in place: " + bar);
  }

  @Test
  void aBatchElsewhereIsPlainLinesEndingWithTheLastQuery() {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    ProgressDisplay.Progress progress =
        ProgressDisplay.ofBatch(new PrintStream(shown, true, StandardCharsets.UTF_8), false);
    for (int done = 1; done <= 40; done++) {
      progress.reached(done, 40);
    }
    List<String> lines = shown.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(
        lines.get(lines.size() - 1).startsWith("searched 40 of 40 queries ("), lines::toString);
    assertTrue(
        lines.stream().allMatch(l -> l.matches("searched \\d+ of 40 queries \\([\\d,]+/s\\)")),
        lines::toString);
  }
}
