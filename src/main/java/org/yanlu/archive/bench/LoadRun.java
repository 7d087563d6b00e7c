package org.yanlu.archive.bench;

import io.javalin.Javalin;
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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.http.HttpApi;
import org.yanlu.archive.http.WebRoot;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.IndexSummary;
import org.yanlu.archive.index.Indexer;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.Searcher;

/**
 * A bounded load run, by hand: indexes a corpus assembled from the real one, serves it on loopback
 * only, and has many clients search it over HTTP for a fixed time (searches of the benchmark's mix,
 * one in ten an article opened), then stops by itself and prints throughput, latency percentiles
 * and every answer that was not a 200.
 *
 * <pre>
 * java -cp target/news-archive.jar org.yanlu.archive.bench.LoadRun \
 *     [--articles 20000] [--clients 32] [--seconds 60] [--warmup 10] [--corpus corpus] [--work DIR]
 * </pre>
 */
public final class LoadRun {
  /** The longest a run may be asked to last: it must stop by itself. */
  private static final int MAX_SECONDS = 600;

  private LoadRun() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        BenchOptions.parse(
            "LoadRun", args, List.of("articles", "clients", "corpus", "seconds", "warmup", "work"));
    int size = Integer.parseInt(options.getOrDefault("articles", "20000"));
    int clients = Integer.parseInt(options.getOrDefault("clients", "32"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
    if (seconds < 1 || seconds > MAX_SECONDS || warmup < 0 || warmup > MAX_SECONDS) {
      throw new IllegalArgumentException("--seconds and --warmup take 1 to " + MAX_SECONDS);
    }
    Path corpus = Path.of(options.getOrDefault("corpus", "corpus"));
    Path work =
        options.containsKey("work")
            ? Path.of(options.get("work"))
            : Files.createTempDirectory("news-archive-load");

    List<Article> real = new Corpus(CorpusReaders.standard()).read(corpus).articles();
    List<Article> articles = size <= real.size() ? real : SyntheticCorpus.of(real, size, 42);
    IndexSummary built =
        Indexer.usingAllCores(new ArticleFields())
            .rebuild(work.resolve("index"), articles, 0L, IndexProgress.NONE);
    System.out.printf(
        Locale.ROOT,
        "index: %,d articles, %.0f MB, built in %.1f s%n",
        articles.size(),
        built.sizeBytes() / 1e6,
        built.millis() / 1e3);

    List<String> paths = paths(articles, 2_000, 7);
    try (Searcher searcher = Searcher.open(work.resolve("index"))) {
      // Loopback only: a load run never offers the archive to the network.
      Javalin app =
          new HttpApi(searcher, WebRoot.find(Path.of("web"))).create().start("127.0.0.1", 0);
      try {
        String base = "http://127.0.0.1:" + app.port();
        if (warmup > 0) {
          run(base, paths, clients, warmup);
        }
        Result result = run(base, paths, clients, seconds);
        result.print(clients, seconds);
      } finally {
        app.stop();
      }
    }
  }

  /** The requests of a run: the benchmark's search mix as URLs, one in ten an article. */
  static List<String> paths(List<Article> articles, int size, long seed) {
    Random random = new Random(seed);
    List<String> paths = new ArrayList<>();
    for (QueryMix.Query q : QueryMix.of(articles, size, seed)) {
      if (random.nextInt(10) == 0) {
        Article a = articles.get(random.nextInt(articles.size()));
        paths.add("/api/articles/" + encode(a.id()) + "?q=" + encode(q.request().query()));
      } else {
        paths.add(searchPath(q.request()));
      }
    }
    return paths;
  }

  private static String searchPath(SearchRequest r) {
    StringBuilder path = new StringBuilder("/api/search?q=").append(encode(r.query()));
    r.sources().forEach(s -> path.append("&source=").append(encode(s)));
    r.months().forEach(m -> path.append("&month=").append(encode(m)));
    if (r.from() != null) {
      path.append("&from=").append(encode(r.from()));
    }
    if (r.to() != null) {
      path.append("&to=").append(encode(r.to()));
    }
    return path.append("&sort=")
        .append(r.sort().label())
        .append("&page=")
        .append(r.page())
        .append("&size=")
        .append(r.size())
        .toString();
  }

  /** What the clients of a run saw. */
  private record Result(long[] nanos, Map<Integer, Integer> statuses, int failures) {
    void print(int clients, int seconds) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "%d clients for %d s on loopback: %,d requests, %,.0f requests/s%n",
          clients,
          seconds,
          sorted.length,
          sorted.length / (double) seconds);
      System.out.printf(
          Locale.ROOT,
          "latency: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
          percentile(sorted, 50),
          percentile(sorted, 95),
          percentile(sorted, 99),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
      System.out.println("answers by status: " + statuses + "; failed requests: " + failures);
    }
  }

  private static Result run(String base, List<String> paths, int clients, int seconds)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Result>> work = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int offset = c * 97;
      work.add(
          pool.submit(
              () -> {
                long[] nanos = new long[1024];
                int n = 0;
                Map<Integer, Integer> statuses = new TreeMap<>();
                int failures = 0;
                for (int i = offset; running.get(); i++) {
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                          .timeout(Duration.ofSeconds(30))
                          .build();
                  long start = System.nanoTime();
                  try {
                    int status =
                        http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    statuses.merge(status, 1, Integer::sum);
                  } catch (java.io.IOException e) {
                    failures++;
                  }
                  if (n == nanos.length) {
                    nanos = Arrays.copyOf(nanos, n * 2);
                  }
                  nanos[n++] = System.nanoTime() - start;
                }
                return new Result(Arrays.copyOf(nanos, n), statuses, failures);
              }));
    }
    Thread.sleep(seconds * 1000L);
    running.set(false);
    pool.shutdown();
    List<long[]> all = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    int failures = 0;
    for (Future<Result> f : work) {
      Result r = f.get();
      all.add(r.nanos());
      r.statuses().forEach((s, k) -> statuses.merge(s, k, Integer::sum));
      failures += r.failures();
    }
    long[] nanos = all.stream().flatMapToLong(Arrays::stream).toArray();
    return new Result(nanos, statuses, failures);
  }

  private static double percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
