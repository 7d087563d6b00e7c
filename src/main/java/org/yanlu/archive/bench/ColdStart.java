package org.yanlu.archive.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seconds from launching {@code serve} on a built index (a new JVM with the serving heap) to its
 * first search answered over HTTP: once as a plain {@code java} command, and once as {@code
 * bin/run} starts it, mapping the classes a first start recorded (class-data sharing). Run by
 * {@link GrowthBenchmark} for each size, or by hand on an index:
 *
 * <pre>
 * java -cp target/news-archive.jar org.yanlu.archive.bench.ColdStart --index DIR \
 *     [--serve-heap 1g] [--themes themes.json] [--starts 3]
 * </pre>
 */
final class ColdStart {
  /**
   * The JVM options {@code bin/run} gives a start that records its classes, and one that maps them:
   * the JVM writes the classes it loaded to the archive file as it exits, and later starts map them
   * instead of parsing and verifying each class again. Its warnings (classes too old to be shared)
   * are not the user's business.
   */
  static final String RECORD = "-XX:ArchiveClassesAtExit=";

  static final String SHARE = "-XX:SharedArchiveFile=";
  static final String QUIET = "-Xlog:cds=error";

  private static final Duration FIRST_ANSWER_LIMIT = Duration.ofMinutes(2);

  /**
   * The two cold starts, in seconds.
   *
   * @param plain a {@code java} command of its own
   * @param sharedClasses as {@code bin/run} starts, with the classes a first start recorded
   */
  record Seconds(double plain, double sharedClasses) {}

  private final String serveHeap;
  private final String themes;

  ColdStart(String serveHeap, String themes) {
    this.serveHeap = serveHeap;
    this.themes = themes;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        BenchOptions.parse("ColdStart", args, List.of("index", "serve-heap", "themes", "starts"));
    if (!options.containsKey("index")) {
      System.err.println("--index DIR: the index folder to start on (as index --index builds it)");
      System.exit(2);
    }
    ColdStart cold =
        new ColdStart(
            options.getOrDefault("serve-heap", "1g"),
            options.getOrDefault("themes", "themes.json"));
    Path work = Files.createTempDirectory("news-archive-cold");
    int starts = Integer.parseInt(options.getOrDefault("starts", "3"));
    for (int i = 0; i < starts; i++) {
      Seconds s = cold.measure(Path.of(options.get("index")), work);
      System.out.printf(
          Locale.ROOT,
          "cold start to the first answer: %.2f s plain, %.2f s with shared classes%n",
          s.plain(),
          s.sharedClasses());
    }
  }

  /**
   * Times a plain start, then records the classes of a start and times a start that maps them.
   *
   * @param work a folder for the empty corpus, the class archive and the servers' logs
   */
  Seconds measure(Path index, Path work) throws Exception {
    Path emptyCorpus = Files.createDirectories(work.resolve("empty-corpus"));
    Path classes = work.resolve("serve.jsa");
    Files.deleteIfExists(classes);
    double plain = firstAnswer(index, emptyCorpus, List.of());
    firstAnswer(index, emptyCorpus, List.of(RECORD + classes, QUIET));
    if (!Files.isRegularFile(classes)) {
      throw new IOException("the recording start wrote no class archive at " + classes);
    }
    double shared = firstAnswer(index, emptyCorpus, List.of(SHARE + classes, QUIET));
    return new Seconds(plain, shared);
  }

  /**
   * Seconds from launching {@code serve} to its first search answered; the server is stopped as
   * Ctrl-C stops it, and waited for, so that a recording start has written its classes.
   */
  private double firstAnswer(Path index, Path emptyCorpus, List<String> jvmOptions)
      throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    List<String> command = java(serveHeap, "org.yanlu.archive.cli.Main", jvmOptions);
    command.addAll(
        List.of(
            "serve",
            "--corpus",
            emptyCorpus.toString(),
            "--index",
            index.toString(),
            "--themes",
            themes,
            "--port",
            String.valueOf(port)));
    Path log = emptyCorpus.resolveSibling("serve.log");
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest first =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + port
                        + "/api/search?q="
                        + URLEncoder.encode("数字", StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(30))
            .build();
    long start = System.nanoTime();
    Process serve =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      while (System.nanoTime() - start < FIRST_ANSWER_LIMIT.toNanos()) {
        try {
          HttpResponse<String> answer = client.send(first, HttpResponse.BodyHandlers.ofString());
          if (answer.statusCode() == 200) {
            return (System.nanoTime() - start) / 1e9;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        if (!serve.isAlive()) {
          throw new IOException("serve exited; see " + log);
        }
        Thread.sleep(10);
      }
      throw new IOException("serve gave no answer in " + FIRST_ANSWER_LIMIT + "; see " + log);
    } finally {
      serve.destroy();
      serve.waitFor();
    }
  }

  /**
   * A {@code java} command on this JVM's class path with {@code heap}, running {@code mainClass}.
   */
  static List<String> java(String heap, String mainClass, List<String> jvmOptions) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseG1GC"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    return command;
  }
}
