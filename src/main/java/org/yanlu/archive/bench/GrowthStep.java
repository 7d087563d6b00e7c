package org.yanlu.archive.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.IndexSummary;
import org.yanlu.archive.index.Indexer;
import org.yanlu.archive.index.ThemeQueries;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.EmbeddedArchive;
import org.yanlu.archive.search.PlainLuceneBaseline;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.Searcher;
import org.yanlu.archive.search.Sort;
import org.yanlu.archive.search.ThemeCatalog;

/**
 * One step of the growth series, run by {@link GrowthBenchmark} in a JVM of its own so that each
 * step has the heap it is allowed and nothing else's: {@code build} (the archive's index, with or
 * without themes, or the plain baseline's) and {@code search} (the query mix, the plain baseline's
 * queries and an export). It prints its figures as one JSON line after {@value #RESULT}.
 */
final class GrowthStep {
  static final String RESULT = "RESULT ";

  /** Hits an export reads at most: the measure, and more than the smallest size holds. */
  static final int EXPORTED = 100_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private GrowthStep() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        BenchOptions.parse(
            "GrowthStep",
            args,
            List.of("step", "articles", "index", "plain", "queries", "themes", "corpus", "enrich"));
    int size = Integer.parseInt(options.get("articles"));
    Path corpus = Path.of(options.getOrDefault("corpus", "corpus"));
    List<Article> real = new Corpus(CorpusReaders.standard()).read(corpus).articles();
    SyntheticCorpus synthetic = SyntheticCorpus.from(real, 42);
    try (HeapWatch heap = new HeapWatch()) {
      Map<String, Object> result =
          switch (options.get("step")) {
            case "build" -> build(synthetic, size, options);
            case "plain" -> plain(synthetic, size, options);
            case "search" -> search(synthetic, size, options);
            default -> throw new IllegalArgumentException("no step " + options.get("step"));
          };
      result.put("heapMB", heap.peakAfterCollection() / 1e6);
      System.out.println(RESULT + JSON.writeValueAsString(result));
    }
  }

  private static Map<String, Object> build(
      SyntheticCorpus synthetic, int size, Map<String, String> options) throws Exception {
    String themesFile = options.getOrDefault("themes", "none");
    ThemeQueries themes =
        themesFile.equals("none")
            ? ThemeQueries.NONE
            : ThemeCatalog.load(Path.of(themesFile)).queries();
    // Recorded as the sources' time, so that serve finds the index current for an empty corpus.
    long sourcesTime =
        themesFile.equals("none") ? 0 : ThemeCatalog.lastModified(Path.of(themesFile));
    // The series' builds leave out the enrichers, as they always have; --enrich yes runs them, as
    // the index command does, so that the whole build of a real archive is measured.
    String enrichOption = options.getOrDefault("enrich", "no");
    if (!List.of("yes", "no").contains(enrichOption)) {
      throw new IllegalArgumentException("--enrich yes or no, not " + enrichOption);
    }
    boolean enrich = enrichOption.equals("yes");
    IndexSummary summary =
        new Indexer(new ArticleFields(), 2)
            .rebuild(
                Path.of(options.get("index")),
                enrich ? synthetic.enriched(size) : synthetic.first(size),
                sourcesTime,
                tenths(size),
                themes);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("seconds", summary.millis() / 1000.0);
    result.put("articlesPerSecond", size * 1000.0 / summary.millis());
    result.put("indexMB", summary.sizeBytes() / 1e6);
    result.put("quotes", summary.quotes());
    return result;
  }

  private static Map<String, Object> plain(
      SyntheticCorpus synthetic, int size, Map<String, String> options) throws Exception {
    Path dir = Path.of(options.get("plain"));
    long start = System.nanoTime();
    PlainLuceneBaseline.build(dir, synthetic.first(size), 2);
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("seconds", seconds);
    result.put("articlesPerSecond", size / seconds);
    result.put("indexMB", Indexer.size(dir) / 1e6);
    return result;
  }

  /** A line on stderr at every tenth of a build, so that a long run shows it is alive. */
  private static IndexProgress tenths(int size) {
    long start = System.nanoTime();
    return (done, total) -> {
      if (done % Math.max(1, total / 10) == 0) {
        System.err.printf(
            Locale.ROOT,
            "  %,d of %,d indexed, %.0f s%n",
            done,
            total,
            (System.nanoTime() - start) / 1e9);
      }
    };
  }

  private static Map<String, Object> search(
      SyntheticCorpus synthetic, int size, Map<String, String> options) throws Exception {
    int queries = Integer.parseInt(options.getOrDefault("queries", "1000"));
    ThemeCatalog themes = ThemeCatalog.load(Path.of(options.getOrDefault("themes", "themes.json")));
    List<QueryMix.Query> mix =
        QueryMix.of(synthetic::article, size, synthetic.sources(), queries, 7, true);
    Map<String, Object> result = new LinkedHashMap<>();
    try (Archive archive =
        new EmbeddedArchive(Searcher.open(Path.of(options.get("index"))), themes)) {
      result.put("archive", latencies(mix, q -> archive.search(q.request())));
      if (options.containsKey("plain")) {
        try (PlainLuceneBaseline plain = PlainLuceneBaseline.open(Path.of(options.get("plain")))) {
          result.put("plain", latencies(mix, q -> plain.search(q.request().query())));
        }
      }
      result.put("export", export(archive, size));
    }
    return result;
  }

  /** A search of the mix, timed. */
  @FunctionalInterface
  interface Run {
    void search(QueryMix.Query query) throws Exception;
  }

  /** Per kind and for all: p50, p95, p99 and max in ms, after a warm-up round. */
  static Map<String, Object> latencies(List<QueryMix.Query> mix, Run run) throws Exception {
    for (QueryMix.Query q : mix) {
      run.search(q); // warm-up: JIT, caches, first use of each term
    }
    Map<String, List<Long>> nanos = new LinkedHashMap<>();
    nanos.put("all", new ArrayList<>());
    for (QueryMix.Query q : mix) {
      long start = System.nanoTime();
      run.search(q);
      long took = System.nanoTime() - start;
      nanos.get("all").add(took);
      nanos.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(took);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    nanos.forEach((kind, list) -> out.put(kind, percentiles(list)));
    return out;
  }

  private static Map<String, Double> percentiles(List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    Map<String, Double> p = new LinkedHashMap<>();
    p.put("n", (double) sorted.length);
    for (int q : new int[] {50, 95, 99}) {
      int index = (int) Math.ceil(q / 100.0 * sorted.length) - 1;
      p.put("p" + q, sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6);
    }
    p.put("max", sorted[sorted.length - 1] / 1e6);
    return p;
  }

  /** Thrown by the export's sink once it has what it measures. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }

  /**
   * Exports the first {@value #EXPORTED} articles by date (all of a smaller archive), timing it and
   * measuring the heap it keeps: what the old generation holds at its peak while it runs, above
   * what it held before.
   */
  private static Map<String, Object> export(Archive archive, int size) {
    System.gc();
    MemoryPoolMXBean old = oldGeneration();
    long before = old.getUsage().getUsed();
    old.resetPeakUsage();
    AtomicLong count = new AtomicLong();
    long start = System.nanoTime();
    try {
      archive.export(
          SearchRequest.builder("").sort(Sort.DATE_DESC).build(),
          hit -> {
            if (count.incrementAndGet() >= EXPORTED) {
              throw new Enough();
            }
          });
    } catch (Enough e) {
      // read as many as measured
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("hits", count.get());
    out.put("seconds", seconds);
    out.put("oldGenerationGrowthMB", Math.max(0, old.getPeakUsage().getUsed() - before) / 1e6);
    return out;
  }

  private static MemoryPoolMXBean oldGeneration() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no old generation: run with G1"));
  }
}
