package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
