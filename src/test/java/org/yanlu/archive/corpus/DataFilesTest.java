package org.yanlu.archive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data files a user gives beside the corpus (themes, a batch of queries, expected counts), read
 * by {@code corpus} alone: as written, or refused with the file, the line and why.
 */
class DataFilesTest {
  @TempDir Path dir;

  @Test
  void theCommittedThemesAreReadInOrderWithTheirLines() throws Exception {
    List<ThemesFile.Definition> themes = ThemesFile.read(Path.of("themes.json"));

    assertEquals(10, themes.size());
    assertEquals("5G", themes.get(0).name());
    assertEquals("数字经济", themes.get(9).name());
    assertEquals(ThemesFile.packed(), themes);
    for (int i = 1; i < themes.size(); i++) {
      assertTrue(themes.get(i).line() > themes.get(i - 1).line(), themes.toString());
    }
  }

  @Test
  void aThemeWithoutAQueryIsRefusedWithTheFileAndItsLine() throws Exception {
    Path file =
        write(
            "themes.json",
            "{\"themes\": [\n"
                + "  {\"name\": \"5G\", \"query\": \"5G\"},\n"
                + "  {\"name\": \"空\", \"description\": \"no query\"}\n"
                + "]}\n");

    assertEquals(file + ":3: theme 空 has no \"query\"", refused(() -> ThemesFile.read(file)));
  }

  @Test
  void themesThatAreNotJsonOrNotAListAreRefusedWithTheFile() throws Exception {
    Path broken = write("broken.json", "{\"themes\": [\n  {\"name\": \"5G\",,}\n]}");
    Path notAList = write("object.json", "{\"themes\": {\"name\": \"5G\"}}");
    Path noThemes = write("none.json", "{\"topics\": []}");

    assertEquals(
        broken
            + ":2: not valid JSON: Unexpected character (',' (code 44)): was expecting double-quote"
            + " to start field name",
        refused(() -> ThemesFile.read(broken)));
    assertEquals(
        notAList + ":1: \"themes\" must be a list", refused(() -> ThemesFile.read(notAList)));
    assertEquals(noThemes + ": needs a \"themes\" list", refused(() -> ThemesFile.read(noThemes)));
    assertEquals(
        dir.resolve("missing.json") + ": no such themes file",
        refused(() -> ThemesFile.read(dir.resolve("missing.json"))));
  }

  @Test
  void aBatchFileGivesItsQueriesStrippedWithoutBlankLines() throws Exception {
    Path file = write("queries.txt", "\uFEFF扶贫 \r\n\n  \"数字中国\"\n\t\n人工智能 泡沫");

    assertEquals(List.of("扶贫", "\"数字中国\"", "人工智能 泡沫"), BatchFile.read(file));
  }

  @Test
  void aBatchFileNotInUtf8IsRefusedWithTheLine() throws Exception {
    Path file = dir.resolve("gbk.txt");
    byte[] first = "5G\n".getBytes(StandardCharsets.UTF_8);
    byte[] second = "数字中国\n".getBytes(Charset.forName("GBK"));
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    Files.write(file, both);

    assertEquals(file + ":2: not UTF-8 text", refused(() -> BatchFile.read(file)));
    assertEquals(
        dir.resolve("none.txt") + ": no such batch file",
        refused(() -> BatchFile.read(dir.resolve("none.txt"))));
  }

  @Test
  void expectedCountsAreFlattenedByFacetAndWrittenBackAlike() throws Exception {
    Map<String, Long> counts = ExpectedCountsFile.read(Path.of("expected-counts.json"));

    assertEquals(86L, counts.get("quotes"));
    assertEquals(1L, counts.get("source/人民日报"));
    assertFalse(counts.containsKey("about"));
    assertEquals(
        Files.readString(Path.of("expected-counts.json")).strip(),
        ExpectedCountsFile.toJson(counts));
  }

  @Test
  void aCountThatIsNotACountIsRefusedWithTheFileAndLine() throws Exception {
    Path file = write("counts.json", "{\n  \"articles\": 18,\n  \"source\": {\"人民日报\": -1}\n}");

    assertEquals(
        file + ":3: 人民日报 is not a count: -1", refused(() -> ExpectedCountsFile.read(file)));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String refused(Executable reading) {
    return assertThrows(CorpusFileException.class, reading).getMessage();
  }
}
