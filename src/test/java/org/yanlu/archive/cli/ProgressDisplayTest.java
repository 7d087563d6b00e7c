package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressDisplayTest {
  @ParameterizedTest
  @CsvSource({"indexing, articles", "searching, queries"})
  void aTerminalSeesABarOfItemsWithSpeed(String task, String unit) {
    String bar =
        shown(
            200,
            task.equals("indexing")
                ? out -> ProgressDisplay.ofIndexing(out, true)::indexed
                : out -> ProgressDisplay.ofBatch(out, true));
    assertTrue(bar.contains(task), bar);
    assertTrue(bar.contains("200/200"), bar);
    assertTrue(bar.contains(unit + "/s"), bar);
    assertTrue(bar.contains("\r"), "redrawn in place: " + bar);
  }

  @Test
  void elsewhereProgressIsPlainLines() {
    String lines = shown(200, out -> ProgressDisplay.ofIndexing(out, false)::indexed);
    assertTrue(lines.contains("indexed 200 of 200 articles"), lines);
    assertTrue(!lines.contains("\r"), lines);
  }

  @Test
  void aBatchElsewhereIsPlainLinesEndingWithTheLastQuery() {
    List<String> lines = shown(40, out -> ProgressDisplay.ofBatch(out, false)).lines().toList();
    assertTrue(
        lines.get(lines.size() - 1).startsWith("searched 40 of 40 queries ("), lines::toString);
    assertTrue(
        lines.stream().allMatch(l -> l.matches("searched \\d+ of 40 queries \\([\\d,]+/s\\)")),
        lines::toString);
  }

  /** What a display shows for {@code all} items reported done one by one. */
  private static String shown(int all, Function<PrintStream, ProgressDisplay.Progress> display) {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    ProgressDisplay.Progress progress =
        display.apply(new PrintStream(shown, true, StandardCharsets.UTF_8));
    for (int done = 1; done <= all; done++) {
      progress.reached(done, all);
    }
    return shown.toString(StandardCharsets.UTF_8);
  }
}
