package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/run} as a user starts it, on the jar {@code package} built: its first start records
 * the classes it loaded as it stops, and the next start maps them (class-data sharing) and answers
 * the same. Runs after package, with the SolrCloud tests, because it needs the jar.
 */
class RunScriptIT {
  private static final Path CLASSES = Path.of("target", "news-archive.jsa");
  private static final Duration FIRST_ANSWER = Duration.ofSeconds(120);

  @TempDir Path work;

  @Test
  void aSecondStartMapsTheClassesTheFirstRecordedAndAnswersTheSame() throws Exception {
    Files.deleteIfExists(CLASSES);
    Path index = work.resolve("index");

    Started first = start(index, work.resolve("first.log"));
    assertTrue(Files.size(CLASSES) > 1_000_000, "the first start recorded its classes on stopping");
    assertFalse(
        first.log().contains("[cds]"), "the JVM's notes on classes it cannot share stay quiet");

    Started second = start(index, work.resolve("second.log"));
    assertTrue(
        second.log().lines().anyMatch(l -> l.contains("org.yanlu.archive.cli.Main source: shared")),
        "the archive's own classes came from the recorded file:\n" + tail(second.log()));
    assertEquals(first.answer(), second.answer());
  }

  /** What one start of bin/run answered to a search, and what it printed, once it has stopped. */
  private record Started(String answer, String log) {}

  /**
   * Starts {@code bin/run} on the committed corpus (the index built at the first start), asks one
   * search once it listens, and stops it as Ctrl-C does. Class loading is logged through the JVM's
   * environment variable, as bin/run passes its arguments to {@code serve} only.
   */
  private Started start(Path index, Path log) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of("bin/run", "--index", index.toString(), "--port", String.valueOf(port)))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info");
    Process run = builder.start();
    String answer;
    try {
      answer = firstAnswer(run, port, log);
    } finally {
      run.destroy(); // SIGTERM to the JVM bin/run became: its shutdown writes the classes
      assertTrue(run.waitFor(60, TimeUnit.SECONDS), "bin/run stopped");
    }
    return new Started(answer, Files.readString(log, StandardCharsets.UTF_8));
  }

  private static String firstAnswer(Process run, int port, Path log) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest search =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/search?q=%E6%95%B0%E5%AD%97"))
            .timeout(Duration.ofSeconds(30))
            .build();
    long deadline = System.nanoTime() + FIRST_ANSWER.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> answer = client.send(search, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        // The time a search took differs from start to start; what it found does not.
        return answer.body().replaceAll("\"tookMs\":\\d+", "");
      } catch (IOException notYet) {
        assertTrue(run.isAlive(), "bin/run exited:\n" + tail(Files.readString(log)));
        Thread.sleep(50);
      }
    }
    throw new AssertionError("bin/run gave no answer in " + FIRST_ANSWER);
  }

  private static String tail(String log) {
    return log.substring(Math.max(0, log.length() - 3000));
  }
}
