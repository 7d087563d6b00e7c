package org.yanlu.archive.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.EmbeddedArchive;
import org.yanlu.archive.search.LuceneAlone;
import org.yanlu.archive.search.Searcher;
import org.yanlu.archive.search.ThemeCatalog;

/**
 * Where a search's time goes, per kind of the growth series' query mix, on an index the series
 * built ({@code GrowthStep --step build}): Lucene alone counting the matches, Lucene alone ranking
 * the top ten, and the archive's whole search (facets, stories, copies, snippets). Each is a round
 * of the mix after a warm-up round.
 *
 * <pre>
 * java -Xmx1g -cp target/news-archive.jar org.yanlu.archive.bench.SearchCost --index DIR \
 *     --articles N [--queries 1000] [--themes themes.json] [--corpus corpus]
 * </pre>
 */
final class SearchCost {
  private SearchCost() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        BenchOptions.parse(
            "SearchCost", args, List.of("index", "articles", "queries", "themes", "corpus"));
    if (!options.containsKey("index") || !options.containsKey("articles")) {
      System.err.println("--index DIR --articles N: an index GrowthStep built, and its size");
      System.exit(2);
    }
    int size = Integer.parseInt(options.get("articles"));
    Path index = Path.of(options.get("index"));
    List<Article> real =
        new Corpus(CorpusReaders.standard())
            .read(Path.of(options.getOrDefault("corpus", "corpus")))
            .articles();
    SyntheticCorpus synthetic = SyntheticCorpus.from(real, 42);
    List<QueryMix.Query> mix =
        QueryMix.of(
            synthetic::article,
            size,
            synthetic.sources(),
            Integer.parseInt(options.getOrDefault("queries", "1000")),
            7,
            true);
    Map<String, Map<String, Object>> byWay = new LinkedHashMap<>();
    try (LuceneAlone lucene = LuceneAlone.open(index)) {
      byWay.put("Lucene counts", GrowthStep.latencies(mix, q -> lucene.count(q.request())));
      byWay.put("Lucene's top ten", GrowthStep.latencies(mix, q -> lucene.topTen(q.request())));
    }
    ThemeCatalog themes = ThemeCatalog.load(Path.of(options.getOrDefault("themes", "themes.json")));
    try (Archive archive = new EmbeddedArchive(Searcher.open(index), themes)) {
      byWay.put("the archive", GrowthStep.latencies(mix, q -> archive.search(q.request())));
    }
    System.out.printf(Locale.ROOT, "p50 / p95 / p99 ms at %,d articles%n", size);
    System.out.printf(Locale.ROOT, "%-14s", "kind");
    byWay.keySet().forEach(way -> System.out.printf(Locale.ROOT, " | %-22s", way));
    System.out.println();
    for (String kind : GrowthBenchmark.KINDS) {
      System.out.printf(Locale.ROOT, "%-14s", kind);
      for (Map<String, Object> latencies : byWay.values()) {
        @SuppressWarnings("unchecked")
        Map<String, Double> p = (Map<String, Double>) latencies.get(kind);
        System.out.printf(
            Locale.ROOT,
            " | %-22s",
            p == null
                ? ""
                : String.format(
                    Locale.ROOT, "%.1f / %.1f / %.1f", p.get("p50"), p.get("p95"), p.get("p99")));
      }
      System.out.println();
    }
  }
}
