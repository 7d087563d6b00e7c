package org.yanlu.archive.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.IndexSummary;
import org.yanlu.archive.index.Indexer;
import org.yanlu.archive.index.WordSegmenter;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.EmbeddedArchive;
import org.yanlu.archive.search.Searcher;
import org.yanlu.archive.search.ThemeCatalog;
import org.yanlu.archive.solr.SolrCloud;
import org.yanlu.archive.solr.SolrCloudArchive;
import org.yanlu.archive.solr.SolrCloudIndexer;

/**
 * The search benchmark, run by hand: builds a large corpus from the real one, measures the smartcn
 * analyzer alone and then indexing on the same text, and search latency over a fixed mix of
 * queries; prints the figures.
 *
 * <pre>
 * java -cp target/news-archive.jar org.yanlu.archive.bench.SearchBenchmark \
 *     [--articles 100000] [--queries 1000] [--threads 2] [--corpus corpus] [--work DIR]
 *     [--themes themes.json] [--solr ZKHOST [--shards 2] [--replicas 2]]
 * </pre>
 *
 * <p>With {@code --solr}, the same articles are also indexed into a SolrCloud collection (a local
 * one from {@code bin/solrcloud}) and the same queries run there, for the two hosts side by side.
 */
public final class SearchBenchmark {
  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        BenchOptions.parse(
            "SearchBenchmark",
            args,
            List.of(
                "articles",
                "queries",
                "threads",
                "corpus",
                "work",
                "themes",
                "solr",
                "shards",
                "replicas"));
    int size = Integer.parseInt(options.getOrDefault("articles", "100000"));
    int queries = Integer.parseInt(options.getOrDefault("queries", "1000"));
    int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
    Path corpus = Path.of(options.getOrDefault("corpus", "corpus"));
    Path work =
        options.containsKey("work")
            ? Path.of(options.get("work"))
            : Files.createTempDirectory("news-archive-bench");

    List<Article> real = new Corpus(CorpusReaders.standard()).read(corpus).articles();
    List<Article> articles = SyntheticCorpus.of(real, size, 42);
    long chars = 0;
    for (Article a : articles) {
      chars += a.title().length() + a.subtitle().length();
      for (String p : a.paragraphs()) {
        chars += p.length();
      }
    }
    double megabytes = chars * 3 / 1e6; // UTF-8: three bytes a Chinese character
    System.out.printf(
        Locale.ROOT,
        "corpus: %,d articles from %d real ones, %,d characters (%.0f MB UTF-8), %d threads%n",
        size,
        real.size(),
        chars,
        megabytes,
        threads);

    ArticleFields fields = new ArticleFields();
    // Warm the folding table and smartcn's dictionaries outside the timings.
    analyze(WordSegmenter.archive(), articles.subList(0, Math.min(200, size)), 1);
    double analyzerSeconds = analyze(WordSegmenter.smartcnAlone(), articles, threads);
    double foldingSeconds = analyze(WordSegmenter.archive(), articles, threads);
    System.out.printf(
        Locale.ROOT,
        "smartcn analyzer alone:          %6.1f s  %,8.0f articles/s  %5.2f MB/s%n",
        analyzerSeconds,
        size / analyzerSeconds,
        megabytes / analyzerSeconds);
    System.out.printf(
        Locale.ROOT,
        "folding + smartcn (our analyzer): %6.1f s  %,8.0f articles/s  %5.2f MB/s%n",
        foldingSeconds,
        size / foldingSeconds,
        megabytes / foldingSeconds);

    IndexSummary summary =
        new Indexer(fields, threads)
            .rebuild(work.resolve("index"), articles, 0L, IndexProgress.NONE);
    double indexSeconds = summary.millis() / 1000.0;
    System.out.printf(
        Locale.ROOT,
        "indexing (all fields):           %6.1f s  %,8.0f articles/s  %5.2f MB/s  = %.0f%% of the"
            + " analyzer alone; index %.0f MB%n",
        indexSeconds,
        size / indexSeconds,
        megabytes / indexSeconds,
        100 * analyzerSeconds / indexSeconds,
        summary.sizeBytes() / 1e6);

    ThemeCatalog themes = ThemeCatalog.load(Path.of(options.getOrDefault("themes", "themes.json")));
    IndexSummary tagged =
        new Indexer(fields, threads)
            .rebuild(
                work.resolve("index-themes"), articles, 0L, IndexProgress.NONE, themes.queries());
    double taggedSeconds = tagged.millis() / 1000.0;
    System.out.printf(
        Locale.ROOT,
        "indexing + %2d themes tagged:     %6.1f s  %,8.0f articles/s  %5.2f MB/s  = %.0f%% of the"
            + " analyzer alone%n",
        themes.themes().size(),
        taggedSeconds,
        size / taggedSeconds,
        megabytes / taggedSeconds,
        100 * analyzerSeconds / taggedSeconds);

    List<QueryMix.Query> mix = QueryMix.of(articles, queries, 7);
    try (Archive embedded =
        new EmbeddedArchive(Searcher.open(work.resolve("index-themes")), themes)) {
      System.out.printf(
          Locale.ROOT,
          "search latency over %d queries on the embedded index (faceted, highlighted):%n",
          mix.size());
      measure(embedded, mix);
    }
    if (options.containsKey("solr")) {
      onSolrCloud(options, articles, themes, mix, size, megabytes);
    }
    System.out.printf(
        Locale.ROOT,
        "peak heap: %.0f MB (max %.0f MB)%n",
        peakHeap() / 1e6,
        Runtime.getRuntime().maxMemory() / 1e6);
  }

  /**
   * The same articles indexed into a new SolrCloud collection ({@code bench}, moved to by alias as
   * every rebuild), and the same queries run there.
   */
  private static void onSolrCloud(
      Map<String, String> options,
      List<Article> articles,
      ThemeCatalog themes,
      List<QueryMix.Query> mix,
      int size,
      double megabytes)
      throws IOException {
    int shards = Integer.parseInt(options.getOrDefault("shards", "2"));
    int replicas = Integer.parseInt(options.getOrDefault("replicas", "2"));
    try (SolrCloud cloud = SolrCloud.connect(options.get("solr"))) {
      SolrCloudIndexer.Summary summary =
          new SolrCloudIndexer(cloud, "bench", themes.queries())
              .rebuild(articles, shards, replicas, IndexProgress.NONE);
      double seconds = summary.millis() / 1000.0;
      System.out.printf(
          Locale.ROOT,
          "SolrCloud indexing + themes (%d × %d): %6.1f s  %,8.0f articles/s  %5.2f MB/s%n",
          shards,
          replicas,
          seconds,
          size / seconds,
          megabytes / seconds);
      try (Archive solr = new SolrCloudArchive(cloud, "bench", themes)) {
        System.out.printf(
            Locale.ROOT, "search latency over %d queries on SolrCloud:%n", mix.size());
        measure(solr, mix);
      }
    }
  }

  /** Runs the mix once to warm up, then again timing each query; prints the percentiles. */
  private static void measure(Archive archive, List<QueryMix.Query> mix) {
    run(archive, mix); // warm-up: JIT, caches, first-use of each term
    Map<String, List<Long>> nanos = run(archive, mix);
    List<Long> all = new ArrayList<>();
    nanos.values().forEach(all::addAll);
    report("all", all);
    nanos.forEach(SearchBenchmark::report);
  }

  private static Map<String, List<Long>> run(Archive archive, List<QueryMix.Query> mix) {
    Map<String, List<Long>> nanos = new LinkedHashMap<>();
    for (QueryMix.Query q : mix) {
      long start = System.nanoTime();
      archive.search(q.request());
      nanos.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(System.nanoTime() - start);
    }
    return nanos;
  }

  private static void report(String kind, List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "  %-9s n=%4d  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n",
        kind,
        sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted[sorted.length - 1] / 1e6);
  }

  private static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  /** Seconds to run every article's text through an analyzer on {@code threads} threads. */
  private static double analyze(WordSegmenter segmenter, List<Article> articles, int threads)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        work.add(
            pool.submit(
                () -> {
                  long tokens = 0;
                  for (int i = next.getAndIncrement();
                      i < articles.size();
                      i = next.getAndIncrement()) {
                    Article a = articles.get(i);
                    tokens += segmenter.count(a.title());
                    for (String p : a.paragraphs()) {
                      tokens += segmenter.count(p);
                    }
                  }
                  return tokens;
                }));
      }
      for (Future<Long> f : work) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
