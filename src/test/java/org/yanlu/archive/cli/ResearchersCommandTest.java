package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search} for researchers, through Main: every copy of a story ({@code --no-collapse}),
 * approximate quotes and the closest passages, one query and in a batch. The corpus is the
 * committed issue with the reader tests' saved pages, five of which carry one of its stories.
 */
class ResearchersCommandTest {
  @TempDir static Path dir;
  private static Path index;

  @BeforeAll
  static void buildIndex() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (String folder : List.of("corpus", "src/test/resources/html")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Files.copy(f, corpus.resolve(f.getFileName()));
        }
      }
    }
    index = dir.resolve("index");
    Run run = run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, run.code, run.err);
  }

  @Test
  void aCollapsedHitPrintsItsCopiesAndNoCollapsePrintsEveryArticle() throws Exception {
    Run collapsed = run("search", "\"四是促进城乡公共服务\"", "--index", index.toString());
    assertEquals(0, collapsed.code, collapsed.err);
    assertTrue(collapsed.out.startsWith("1 hits for"), collapsed.out);
    assertTrue(collapsed.out.contains("2 articles (syndicated copies included)"), collapsed.out);
    assertTrue(collapsed.out.contains("     also: "), collapsed.out);
    Run every = run("search", "\"四是促进城乡公共服务\"", "--no-collapse", "--index", index.toString());
    assertTrue(every.out.startsWith("2 hits for"), every.out);
    assertTrue(!every.out.contains("also: "), every.out);
  }

  @Test
  void anApproximateQuotePrintsItsDifferencesAndAnExactOneThatFailsSaysSo() throws Exception {
    Run run = run("search", "\"让百姓少跑路\"", "--index", index.toString(), "--size", "1");
    assertEquals(0, run.code, run.err);
    assertTrue(run.out.contains("no exact match; closest passages"), run.out);
    assertTrue(run.out.contains("【让百姓少跑】〔腿〕"), run.out);
    assertTrue(run.out.contains("1 different"), run.out);
  }

  @Test
  void batchLinesCarryArticlesDistanceNearAndCopies() throws Exception {
    Path queries = dir.resolve("queries.txt");
    Files.writeString(queries, "\"让百姓少跑路\"\n\"让百姓少跑路\"~\n\"四是促进城乡公共服务\"\n", StandardCharsets.UTF_8);
    Run run = run("search", "--batch", queries.toString(), "--index", index.toString());
    assertEquals(0, run.code, run.err);
    List<String> lines = run.out.lines().toList();
    ObjectMapper json = new ObjectMapper();
    JsonNode near = json.readTree(lines.get(0));
    assertTrue(near.path("near").asBoolean(), lines.get(0));
    assertEquals(1, near.path("hits").get(0).path("distance").asInt());
    JsonNode approximate = json.readTree(lines.get(1));
    assertTrue(approximate.path("near").isMissingNode(), "asked for: not a fallback");
    assertEquals(1, approximate.path("hits").get(0).path("distance").asInt());
    JsonNode copies = json.readTree(lines.get(2));
    assertEquals(2, copies.path("articles").asInt());
    assertEquals(1, copies.path("hits").get(0).path("copies").size());
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
