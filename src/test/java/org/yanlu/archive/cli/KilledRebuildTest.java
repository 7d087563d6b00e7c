package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.index.BuildLock;
import org.yanlu.archive.index.IndexSwap;

/**
 * Rebuilds killed with SIGKILL at random moments, in a child JVM running {@code index} on the
 * folder a live server answers from: the server keeps answering the same, the lock dies with the
 * build, a second build meanwhile is refused, and the next build removes what the dead ones left.
 */
class KilledRebuildTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int KILLS = 3;
  private static final Duration CHILD_DEADLINE = Duration.ofSeconds(90);

  @TempDir Path work;

  @Test
  void rebuildsKilledAtRandomMomentsLeaveTheServerAnsweringAndTheFolderClean() throws Exception {
    Path index = work.resolve("index");
    CommandLine line =
        CommandLine.parse(
            List.of("--port", "0", "--corpus", "corpus", "--index", index.toString()), List.of());
    Random random = new Random(18);
    Set<String> deadBuilds = new HashSet<>();
    try (ServeCommand.Running server =
        new ServeCommand(Main.articleSource()).start(line, quiet())) {
      long total = total(server.port());
      for (int kill = 0; kill < KILLS; kill++) {
        Process child = index(index, work.resolve("child-" + kill + ".log"));
        try {
          awaitLockHeldBy(child, index);
          if (kill == 0) {
            secondBuildIsRefusedNaming(child, index);
          }
          Thread.sleep(50 + random.nextInt(600));
        } finally {
          child.destroyForcibly();
          assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the killed build is gone");
        }
        assertEquals(total, total(server.port()), "the server answers as before");
        IndexSwap swap = new IndexSwap(index);
        assertTrue(swap.commitData().isPresent(), "the generation in use is whole");
        try (BuildLock lock = BuildLock.tryAcquire(index).orElseThrow()) {
          // The killed build's lock went with its process.
        }
        deadBuilds.addAll(others(index, swap));
      }
      assertFalse(deadBuilds.isEmpty(), "some kill landed while a generation was being written");
      // Each build removed what the kills before it left; the last kill's leftovers remain.
      List<String> left = others(index, new IndexSwap(index));

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int code =
          Main.run(
              List.of("index", "--corpus", "corpus", "--index", index.toString()),
              new PrintStream(out, true, "UTF-8"),
              quiet());
      assertEquals(0, code);
      String summary = out.toString(StandardCharsets.UTF_8);
      for (String dead : left) {
        assertTrue(summary.contains("removed: " + dead + " ("), dead + " in " + summary);
      }
      IndexSwap swap = new IndexSwap(index);
      assertEquals(List.of(), others(index, swap), "only the index in use and the previous one");
      server.archive().refresh();
      assertEquals(total, total(server.port()));
    }
  }

  /** Starts {@code index} in a JVM of its own on the test class path. */
  private static Process index(Path index, Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            // The child only builds a small index: a quick start matters more than peak speed.
            "-XX:TieredStopAtLevel=1",
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "index",
            "--corpus",
            "corpus",
            "--index",
            index.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Waits until the child holds the folder's build lock: the lock file names its pid. */
  private static void awaitLockHeldBy(Process child, Path index) throws Exception {
    Instant deadline = Instant.now().plus(CHILD_DEADLINE);
    String owner = "pid " + child.pid() + ",";
    while (true) {
      try {
        if (Files.readString(index.resolve(BuildLock.FILE)).startsWith(owner)) {
          return;
        }
      } catch (NoSuchFileException e) {
        // not yet
      }
      if (!child.isAlive()) {
        fail("the child build ended (" + child.exitValue() + ") before taking the lock");
      }
      assertTrue(Instant.now().isBefore(deadline), "the child build never took the lock");
      Thread.sleep(5);
    }
  }

  private static void secondBuildIsRefusedNaming(Process child, Path index) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            List.of("index", "--corpus", "corpus", "--index", index.toString()),
            quiet(),
            new PrintStream(err, true, "UTF-8"));
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, code, message);
    assertTrue(message.contains("a build is already running"), message);
    assertTrue(message.contains("pid " + child.pid()), message);
  }

  /** Generation folders that are neither in use nor kept for rollback. */
  private static List<String> others(Path index, IndexSwap swap) throws IOException {
    Set<String> kept = new HashSet<>();
    swap.current().ifPresent(g -> kept.add(g.getFileName().toString()));
    swap.previous().ifPresent(g -> kept.add(g.getFileName().toString()));
    List<String> others = new ArrayList<>();
    try (Stream<Path> list = Files.list(index.resolve(IndexSwap.GENERATIONS))) {
      list.map(g -> g.getFileName().toString()).filter(g -> !kept.contains(g)).forEach(others::add);
    }
    return others;
  }

  private static long total(int port) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search"))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body()).path("total").asLong();
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
