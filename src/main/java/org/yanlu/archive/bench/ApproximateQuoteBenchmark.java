package org.yanlu.archive.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.ChineseFolding;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.Indexer;
import org.yanlu.archive.search.Hit;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.SearchResult;
import org.yanlu.archive.search.Searcher;
import org.yanlu.archive.search.StoryCopy;

/**
 * How well quotes remembered wrong ({@code "…"~}) find their source, on text not written for it:
 * random stretches of 8-16 characters of the committed corpus, or of the Tang poems of the npm
 * package {@code chinese-poetry} (Traditional text, queried in Simplified as a reader types), each
 * altered by one or two slips of a kind (a wrong character, one missing, one added, two swapped, a
 * homophone an input method offers), and each also typed unaltered. It reports how often the source
 * is among the first three hits and the unaltered text's source first, and the search time at
 * p50/p99 on the embedded index (Searcher, with facets and story collapse, as the API runs it).
 *
 * <pre>
 * java -cp target/news-archive.jar org.yanlu.archive.bench.ApproximateQuoteBenchmark \
 *     [--corpus corpus | --poems DIR_OF_poet.tang.*.json] [--queries 1000] [--seed 7]
 * </pre>
 */
public final class ApproximateQuoteBenchmark {
  /** The slips a reader makes in a remembered quote. */
  enum Slip {
    WRONG,
    MISSING,
    ADDED,
    SWAPPED,
    HOMOPHONE
  }

  private final List<Article> articles;
  private final Random random;
  private final char[] characters;
  private final Map<String, List<Character>> homophones;

  private ApproximateQuoteBenchmark(List<Article> articles, long seed) {
    this.articles = articles;
    this.random = new Random(seed);
    StringBuilder all = new StringBuilder();
    for (Article a : articles) {
      for (String p : a.paragraphs()) {
        p.codePoints()
            .filter(c -> Character.isIdeographic(c) && c < 0x10000)
            .forEach(c -> all.append(ChineseFolding.fold(c)));
      }
    }
    this.characters =
        all.chars()
            .distinct()
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString()
            .toCharArray();
    this.homophones = new HashMap<>();
    for (char c : characters) {
      List<Pinyin> pinyin = HanLP.convertToPinyinList(String.valueOf(c));
      if (!pinyin.isEmpty() && pinyin.get(0) != Pinyin.none5) {
        homophones
            .computeIfAbsent(pinyin.get(0).getPinyinWithoutTone(), k -> new ArrayList<>())
            .add(c);
      }
    }
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options =
        BenchOptions.parse(
            "ApproximateQuoteBenchmark", args, List.of("corpus", "poems", "queries", "seed"));
    int queries = Integer.parseInt(options.getOrDefault("queries", "1000"));
    long seed = Long.parseLong(options.getOrDefault("seed", "7"));
    List<Article> articles;
    String what;
    if (options.containsKey("poems")) {
      articles = tangPoems(Path.of(options.get("poems")));
      what = articles.size() + " Tang poems of chinese-poetry";
    } else {
      Path corpus = Path.of(options.getOrDefault("corpus", "corpus"));
      articles = new Corpus(CorpusReaders.standard()).read(corpus).articles();
      what = articles.size() + " articles of " + corpus;
    }
    Path index = Files.createTempDirectory("approximate-bench");
    long start = System.nanoTime();
    new Indexer(new ArticleFields(), 2)
        .rebuild(index, articles, System.currentTimeMillis(), IndexProgress.NONE);
    System.out.printf(
        Locale.ROOT, "indexed %s in %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    try (Searcher searcher = Searcher.open(index)) {
      new ApproximateQuoteBenchmark(articles, seed).run(searcher, queries);
    }
  }

  private void run(Searcher searcher, int queries) {
    // Warm the searcher and the JIT on queries not measured.
    for (int i = 0; i < 200; i++) {
      Stretch s = stretch();
      searcher.search(SearchRequest.of("\"" + slipped(s.text, Slip.WRONG) + "\"~"));
    }
    Map<Slip, int[]> oneSlip = new EnumMap<>(Slip.class);
    Map<Slip, int[]> twoSlips = new EnumMap<>(Slip.class);
    int unalteredFirst = 0;
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < queries; i++) {
      Stretch s = stretch();
      Slip slip = Slip.values()[i % Slip.values().length];
      boolean two = (i / Slip.values().length) % 2 == 1;
      String typed = slipped(s.text, slip);
      if (two) {
        typed = slipped(typed, Slip.values()[random.nextInt(Slip.values().length)]);
      }
      long t = System.nanoTime();
      SearchResult result = searcher.search(SearchRequest.of("\"" + typed + "\"~"));
      nanos.add(System.nanoTime() - t);
      int[] counts = (two ? twoSlips : oneSlip).computeIfAbsent(slip, k -> new int[2]);
      counts[1]++;
      if (inTop3(result, s.id)) {
        counts[0]++;
      }
      t = System.nanoTime();
      SearchResult exact = searcher.search(SearchRequest.of("\"" + s.text + "\"~"));
      nanos.add(System.nanoTime() - t);
      if (firstOrTiedFirst(exact, s.id)) {
        unalteredFirst++;
      }
    }
    print(oneSlip, twoSlips, unalteredFirst, queries, nanos);
  }

  /** A stretch of 8-16 characters of a random paragraph, as a reader types it: Simplified. */
  private record Stretch(String id, String text) {}

  private Stretch stretch() {
    while (true) {
      Article a = articles.get(random.nextInt(articles.size()));
      String p = a.paragraphs().get(random.nextInt(a.paragraphs().size()));
      String text = ArticleFields.keyword(p);
      int length = 8 + random.nextInt(9);
      if (text.length() < length) {
        continue;
      }
      int from = random.nextInt(text.length() - length + 1);
      String stretch = text.substring(from, from + length);
      if (stretch.codePoints().filter(Character::isIdeographic).count() >= length / 2) {
        return new Stretch(a.id(), stretch);
      }
    }
  }

  /** The stretch with one slip, away from its first and last character. */
  String slipped(String text, Slip slip) {
    int at = 1 + random.nextInt(Math.max(1, text.length() - 3));
    char c = text.charAt(at);
    return switch (slip) {
      case WRONG -> text.substring(0, at) + other(c) + text.substring(at + 1);
      case MISSING -> text.substring(0, at) + text.substring(at + 1);
      case ADDED ->
          text.substring(0, at)
              + characters[random.nextInt(characters.length)]
              + text.substring(at);
      case SWAPPED -> text.substring(0, at) + text.charAt(at + 1) + c + text.substring(at + 2);
      case HOMOPHONE -> text.substring(0, at) + homophone(c) + text.substring(at + 1);
    };
  }

  private char other(char c) {
    char o;
    do {
      o = characters[random.nextInt(characters.length)];
    } while (o == c);
    return o;
  }

  /** Another character of the same syllable (tones aside), as an input method offers; else any. */
  private char homophone(char c) {
    List<Pinyin> pinyin = HanLP.convertToPinyinList(String.valueOf(c));
    List<Character> same =
        pinyin.isEmpty()
            ? List.of()
            : homophones.getOrDefault(pinyin.get(0).getPinyinWithoutTone(), List.of());
    List<Character> others = same.stream().filter(o -> o != c).toList();
    return others.isEmpty() ? other(c) : others.get(random.nextInt(others.size()));
  }

  private static boolean inTop3(SearchResult result, String id) {
    for (Hit h : result.hits().subList(0, Math.min(3, result.hits().size()))) {
      if (h.id().equals(id) || h.copies().stream().map(StoryCopy::id).anyMatch(id::equals)) {
        return true;
      }
    }
    return false;
  }

  /** The source first, or tied first: the same stretch can stand in several texts. */
  private static boolean firstOrTiedFirst(SearchResult result, String id) {
    if (result.hits().isEmpty()) {
      return false;
    }
    Integer best = result.hits().get(0).distance();
    return result.hits().stream()
        .filter(h -> java.util.Objects.equals(h.distance(), best))
        .anyMatch(h -> h.id().equals(id) || h.copies().stream().anyMatch(c -> c.id().equals(id)));
  }

  private static void print(
      Map<Slip, int[]> one,
      Map<Slip, int[]> two,
      int unalteredFirst,
      int queries,
      List<Long> nanos) {
    System.out.println("| slip | one slip: source in top 3 | two slips: source in top 3 |");
    System.out.println("|---|---|---|");
    int[] sumOne = new int[2];
    int[] sumTwo = new int[2];
    for (Slip slip : Slip.values()) {
      int[] a = one.getOrDefault(slip, new int[2]);
      int[] b = two.getOrDefault(slip, new int[2]);
      sumOne[0] += a[0];
      sumOne[1] += a[1];
      sumTwo[0] += b[0];
      sumTwo[1] += b[1];
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s |%n",
          slip.name().toLowerCase(Locale.ROOT),
          rate(a),
          rate(b));
    }
    System.out.printf(Locale.ROOT, "| all | %s | %s |%n", rate(sumOne), rate(sumTwo));
    System.out.printf(
        Locale.ROOT, "unaltered, source first: %s%n", rate(new int[] {unalteredFirst, queries}));
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "search time over %d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        sorted.length,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  private static String rate(int[] found) {
    return found[1] == 0
        ? "-"
        : String.format(
            Locale.ROOT, "%d / %d = %.1f %%", found[0], found[1], 100.0 * found[0] / found[1]);
  }

  /**
   * The Tang poems of chinese-poetry ({@code poet.tang.*.json}: arrays of {author, title,
   * paragraphs, id}) as articles: the poet as the outlet, 全唐詩 as the publication, each printed line
   * a paragraph, text as the package gives it (Traditional).
   */
  static List<Article> tangPoems(Path folder) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> poems = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files =
          listed
              .filter(f -> f.getFileName().toString().matches("poet\\.tang\\.\\d+\\.json"))
              .sorted()
              .toList();
    }
    for (Path f : files) {
      for (JsonNode poem : json.readTree(f.toFile())) {
        List<String> lines = new ArrayList<>();
        poem.path("paragraphs").forEach(l -> lines.add(l.asText()));
        if (lines.stream().allMatch(String::isBlank) || poem.path("id").asText().isEmpty()) {
          continue;
        }
        poems.add(
            Article.read(
                "tang-" + poem.path("id").asText(),
                poem.path("title").asText(""),
                "",
                poem.path("author").asText(""),
                ArticleDate.UNKNOWN,
                "全唐詩",
                "",
                List.of(),
                lines,
                List.of(),
                ""));
      }
    }
    return poems;
  }
}
