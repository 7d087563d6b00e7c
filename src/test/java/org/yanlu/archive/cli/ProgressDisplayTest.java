package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
}
