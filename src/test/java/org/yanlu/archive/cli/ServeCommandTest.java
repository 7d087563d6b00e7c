package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.http.AdminToken;
import org.yanlu.archive.index.IndexSwap;

/** {@code serve}: builds the index only when it has to, then answers over HTTP. */
class ServeCommandTest {
  @TempDir Path index;

  @Test
  void buildsAMissingIndexThenServesItAndReusesItNextTime() throws Exception {
    CommandLine line =
        CommandLine.parse(
            List.of("--port", "0", "--corpus", "corpus", "--index", index.toString()), List.of());
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Path built;
    try (ServeCommand.Running running =
        new ServeCommand(Main.articleSource()).start(line, new PrintStream(log, true, "UTF-8"))) {
      assertTrue(log.toString(StandardCharsets.UTF_8).contains("indexed"), log.toString());
      built = new IndexSwap(index).current().orElseThrow();
      HttpResponse<String> stats = get(running.port(), "/api/stats");
      assertEquals(200, stats.statusCode());
      assertTrue(stats.body().contains("\"articles\""), stats.body());
    }

    ByteArrayOutputStream secondLog = new ByteArrayOutputStream();
    try (ServeCommand.Running running =
        new ServeCommand(Main.articleSource())
            .start(line, new PrintStream(secondLog, true, "UTF-8"))) {
      assertEquals("", secondLog.toString(StandardCharsets.UTF_8), "no rebuild");
      assertEquals(built, new IndexSwap(index).current().orElseThrow());
      assertEquals(200, get(running.port(), "/api/health").statusCode());
    }
  }

  @Test
  void aSearchPastTheTimeLimitIsA503WithOurMessage() throws Exception {
    CommandLine line =
        CommandLine.parse(
            List.of(
                "--port",
                "0",
                "--corpus",
                "corpus",
                "--index",
                index.toString(),
                "--time-limit",
                "0.000001"),
            List.of());
    try (ServeCommand.Running running =
        new ServeCommand(Main.articleSource())
            .start(line, new PrintStream(new ByteArrayOutputStream(), true, "UTF-8"))) {
      HttpResponse<String> slow = get(running.port(), "/api/search?q=5G");
      assertEquals(503, slow.statusCode(), slow.body());
      assertTrue(slow.body().contains("\"error\":\"search_timeout\""), slow.body());
      assertTrue(slow.body().contains("查询超过时限"), slow.body());
      assertEquals(
          200,
          get(running.port(), "/api/articles/henan-internet-monthly-2020-10-p01-1").statusCode(),
          "opening an article has no time limit");
    }
    assertThrows(
        UsageException.class,
        () -> SolrOptions.timeLimit(CommandLine.parse(List.of("--time-limit", "soon"), List.of())));
  }

  @Test
  void firstStartMakesAnOwnerOnlyAdminTokenAndPrintsItOnce() throws Exception {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    AdminTokenFile.load(index, null, new PrintStream(first, true, "UTF-8"));
    Path file = index.resolve(AdminTokenFile.FILE);
    String token = Files.readString(file, StandardCharsets.UTF_8).strip();
    assertTrue(token.length() >= 40, token);
    assertTrue(first.toString(StandardCharsets.UTF_8).contains(token), "printed on creation");
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
      assertEquals(
          PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    }

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    AdminTokenFile.load(index, null, new PrintStream(again, true, "UTF-8"));
    assertEquals("", again.toString(StandardCharsets.UTF_8), "printed only once");
    assertEquals(token, Files.readString(file, StandardCharsets.UTF_8).strip(), "kept");
  }

  @Test
  void theEnvironmentsTokenWinsAndAShortOneIsAUsageError() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    AdminToken token =
        AdminTokenFile.load(
            index, "operator-chosen-secret-42", new PrintStream(log, true, "UTF-8"));
    assertFalse(Files.exists(index.resolve(AdminTokenFile.FILE)), "no file made");
    assertEquals("", log.toString(StandardCharsets.UTF_8), "the operator knows it already");
    assertNotNull(token);
    assertThrows(
        UsageException.class, () -> AdminTokenFile.load(index, "short", new PrintStream(log)));
  }

  @Test
  void startSaysWhoCanConnect() {
    assertTrue(ServeCommand.reach("127.0.0.1").contains("only this machine"));
    assertTrue(ServeCommand.reach("0.0.0.0").contains("other machines can connect"));
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
