package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.index.IndexSwap;

/** {@code --themes FILE}: a bad theme stops the command at start; an edited file retags. */
class ThemesFileTest {
  @TempDir Path work;

  @Test
  void indexWithABadThemeQueryFailsNamingTheTheme() throws Exception {
    Path themes = work.resolve("themes.json");
    Files.writeString(
        themes,
        "{\"themes\": [{\"name\": \"断句\", \"query\": \"5G OR\", \"description\": \"\"}]}",
        StandardCharsets.UTF_8);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            List.of(
                "index",
                "--corpus",
                "corpus",
                "--index",
                work.resolve("index").toString(),
                "--themes",
                themes.toString()),
            new PrintStream(new ByteArrayOutputStream(), true, "UTF-8"),
            new PrintStream(err, true, "UTF-8"));
    assertEquals(1, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("断句"), err.toString());
    assertTrue(new IndexSwap(work.resolve("index")).current().isEmpty(), "nothing was built");
  }

  @Test
  void aThemesFileNewerThanTheIndexMakesItStale() throws Exception {
    Path themes = work.resolve("themes.json");
    Files.copy(Path.of("themes.json"), themes);
    Path index = work.resolve("index");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        Main.run(
            List.of(
                "index",
                "--corpus",
                "corpus",
                "--index",
                index.toString(),
                "--themes",
                themes.toString()),
            new PrintStream(out, true, "UTF-8"),
            new PrintStream(new ByteArrayOutputStream(), true, "UTF-8"));
    assertEquals(0, code);
    assertFalse(IndexCommand.isStale(Path.of("corpus"), index, themes));

    Files.setLastModifiedTime(themes, FileTime.from(Instant.now().plusSeconds(60)));
    assertTrue(IndexCommand.isStale(Path.of("corpus"), index, themes));
  }
}
