package org.yanlu.archive.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.yanlu.archive.http.CsvTable;

/**
 * The growth series, run by hand: for each size (10,000, 100,000 and 1,000,000 articles by default)
 * it builds the plain Lucene baseline, the archive's index without and with themes, runs the search
 * mix on both, exports, and times a cold start of {@code serve} to its first answer; prints one
 * table row per size and writes them as CSV.
 *
 * <pre>
 * java -cp target/news-archive.jar org.yanlu.archive.bench.GrowthBenchmark \
 *     [--sizes 10000,100000,1000000] [--queries 1000] [--work DIR] [--csv growth.csv] \
 *     [--build-heap 2g] [--serve-heap 1g] [--themes themes.json] [--corpus corpus]
 * </pre>
 *
 * <p>Each step runs in a JVM of its own with the heap the limits allow (builds {@code -Xmx2g},
 * searching and serving {@code -Xmx1g}), so that a step that needs more fails rather than borrowing
 * from the benchmark's own heap.
 */
public final class GrowthBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Query kinds, in the table's order. */
  static final List<String> KINDS =
      List.of(
          "all", "words", "quote", "misremembered", "filtered", "faceted", "browse", "deep page");

  private GrowthBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        BenchOptions.parse(
            "GrowthBenchmark",
            args,
            List.of(
                "sizes", "queries", "work", "csv", "build-heap", "serve-heap", "themes", "corpus"));
    List<Integer> sizes =
        Stream.of(options.getOrDefault("sizes", "10000,100000,1000000").split(","))
            .map(String::strip)
            .map(Integer::parseInt)
            .toList();
    Path work =
        options.containsKey("work")
            ? Path.of(options.get("work"))
            : Files.createTempDirectory("news-archive-growth");
    Path csv = Path.of(options.getOrDefault("csv", work.resolve("growth.csv").toString()));
    Steps steps =
        new Steps(
            options.getOrDefault("build-heap", "2g"),
            options.getOrDefault("serve-heap", "1g"),
            options.getOrDefault("themes", "themes.json"),
            options.getOrDefault("corpus", "corpus"),
            options.getOrDefault("queries", "1000"));
    List<List<Object>> rows = new ArrayList<>();
    for (int size : sizes) {
      Path dir = work.resolve(String.valueOf(size));
      System.out.printf(Locale.ROOT, "%n== %,d articles ==%n", size);
      rows.add(measure(steps, size, dir));
      writeCsv(csv, rows); // after each size, so that a long run keeps what it measured
      deleteTree(dir);
    }
    System.out.println("\nCSV: " + csv);
    System.out.println(charts(rows));
  }

  /**
   * The growth curves as Mermaid charts, which GitHub draws where the README shows them: build
   * seconds and search milliseconds against the number of articles.
   */
  static String charts(List<List<Object>> rows) {
    List<String> header = header();
    StringBuilder out = new StringBuilder();
    chart(
        out,
        rows,
        header,
        "Build time (s): with themes, without, plain Lucene",
        List.of("build_s", "build_no_themes_s", "plain_build_s"));
    chart(
        out,
        rows,
        header,
        "Search (ms): all queries p50, p99; plain Lucene p50, p99",
        List.of("all_p50_ms", "all_p99_ms", "plain_p50_ms", "plain_p99_ms"));
    return out.toString();
  }

  private static void chart(
      StringBuilder out,
      List<List<Object>> rows,
      List<String> header,
      String title,
      List<String> columns) {
    out.append("```mermaid\nxychart-beta\n  title \"").append(title).append("\"\n");
    out.append("  x-axis [");
    for (int r = 0; r < rows.size(); r++) {
      out.append(r == 0 ? "" : ", ").append('"').append(sizeName(rows.get(r).get(0))).append('"');
    }
    out.append("]\n");
    for (String column : columns) {
      int c = header.indexOf(column);
      out.append("  line [");
      for (int r = 0; r < rows.size(); r++) {
        out.append(r == 0 ? "" : ", ").append(rows.get(r).get(c));
      }
      out.append("]\n");
    }
    out.append("```\n");
  }

  private static String sizeName(Object articles) {
    long n = ((Number) articles).longValue();
    return n >= 1_000_000 && n % 1_000_000 == 0
        ? n / 1_000_000 + "M"
        : n >= 1000 && n % 1000 == 0 ? n / 1000 + "k" : String.valueOf(n);
  }

  /** Every figure of one size, in {@link #header()}'s order. */
  private static List<Object> measure(Steps steps, int size, Path dir) throws Exception {
    // The index searched first, then the comparisons: a long run has its main figures early.
    JsonNode build = steps.build(size, "build", dir.resolve("index"), steps.themes);
    print("archive build with themes", build);
    JsonNode plainBuild = steps.build(size, "plain", dir.resolve("plain"), "none");
    print("plain Lucene build (word and exact fields only)", plainBuild);
    JsonNode search = steps.search(size, dir.resolve("index"), dir.resolve("plain"));
    System.out.println("  search: " + search);
    ColdStart.Seconds coldStart =
        new ColdStart(steps.serveHeap, steps.themes).measure(dir.resolve("index"), dir);
    System.out.printf(
        Locale.ROOT,
        "cold start of serve to its first answer: %.2f s, %.2f s with shared classes%n",
        coldStart.plain(),
        coldStart.sharedClasses());
    deleteTree(dir.resolve("plain"));
    JsonNode bare = steps.build(size, "build", dir.resolve("index-no-themes"), "none");
    print("archive build without themes", bare);
    deleteTree(dir.resolve("index-no-themes"));

    List<Object> row = new ArrayList<>();
    row.add(size);
    for (JsonNode b : List.of(build, bare, plainBuild)) {
      row.add(round(b.get("seconds").asDouble()));
      row.add(Math.round(b.get("articlesPerSecond").asDouble()));
    }
    row.add(Math.round(build.get("heapMB").asDouble()));
    row.add(Math.round(build.get("indexMB").asDouble()));
    row.add(Math.round(plainBuild.get("indexMB").asDouble()));
    for (String kind : KINDS) {
      JsonNode p = search.get("archive").get(kind);
      for (String q : List.of("p50", "p95", "p99")) {
        row.add(p == null ? "" : round(p.get(q).asDouble()));
      }
    }
    JsonNode plain = search.get("plain").get("all");
    for (String q : List.of("p50", "p95", "p99")) {
      row.add(round(plain.get(q).asDouble()));
    }
    JsonNode export = search.get("export");
    row.add(export.get("hits").asLong());
    row.add(round(export.get("seconds").asDouble()));
    row.add(round(export.get("oldGenerationGrowthMB").asDouble()));
    row.add(Math.round(search.get("heapMB").asDouble()));
    row.add(round(coldStart.plain()));
    row.add(round(coldStart.sharedClasses()));
    List<?> header = header();
    for (int i = 0; i < row.size(); i++) {
      System.out.printf(Locale.ROOT, "  %-28s %s%n", header.get(i), row.get(i));
    }
    return row;
  }

  static List<String> header() {
    List<String> header = new ArrayList<>();
    header.add("articles");
    for (String build : List.of("build", "build_no_themes", "plain_build")) {
      header.add(build + "_s");
      header.add(build + "_per_s");
    }
    header.addAll(List.of("build_heap_mb", "index_mb", "plain_index_mb"));
    for (String kind : KINDS) {
      for (String q : List.of("p50", "p95", "p99")) {
        header.add(kind.replace(' ', '_') + "_" + q + "_ms");
      }
    }
    header.addAll(List.of("plain_p50_ms", "plain_p95_ms", "plain_p99_ms"));
    header.addAll(
        List.of(
            "export_hits",
            "export_s",
            "export_heap_growth_mb",
            "serve_heap_mb",
            "cold_start_s",
            "cold_start_shared_classes_s"));
    return header;
  }

  private static void print(String what, JsonNode result) {
    System.out.printf(
        Locale.ROOT,
        "%-48s %7.1f s  %,7.0f articles/s  heap %,5.0f MB  index %,6.0f MB%n",
        what + ":",
        result.get("seconds").asDouble(),
        result.get("articlesPerSecond").asDouble(),
        result.get("heapMB").asDouble(),
        result.get("indexMB").asDouble());
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static void writeCsv(Path csv, List<List<Object>> rows) throws IOException {
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      CsvTable table = CsvTable.forTerminal(out, header());
      rows.forEach(table::row);
      table.flush();
    }
  }

  /** The steps, each a JVM of its own. */
  private record Steps(
      String buildHeap, String serveHeap, String themes, String corpus, String queries) {

    JsonNode build(int size, String step, Path index, String themesFile) throws Exception {
      return run(
          buildHeap,
          List.of(
              "--step",
              step,
              "--articles",
              String.valueOf(size),
              step.equals("plain") ? "--plain" : "--index",
              index.toString(),
              "--themes",
              themesFile,
              "--corpus",
              corpus));
    }

    JsonNode search(int size, Path index, Path plain) throws Exception {
      return run(
          serveHeap,
          List.of(
              "--step",
              "search",
              "--articles",
              String.valueOf(size),
              "--index",
              index.toString(),
              "--plain",
              plain.toString(),
              "--themes",
              themes,
              "--queries",
              queries,
              "--corpus",
              corpus));
    }

    private JsonNode run(String heap, List<String> arguments) throws Exception {
      List<String> command = ColdStart.java(heap, GrowthStep.class.getName(), List.of());
      command.addAll(arguments);
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      JsonNode result = null;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith(GrowthStep.RESULT)) {
            result = JSON.readTree(line.substring(GrowthStep.RESULT.length()));
          } else {
            System.out.println("  " + line);
          }
        }
      }
      int exit = process.waitFor();
      if (exit != 0 || result == null) {
        throw new IOException("step " + arguments + " failed with exit code " + exit);
      }
      return result;
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
