package org.yanlu.archive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Person;
import org.yanlu.archive.corpus.ArticleJson;
import org.yanlu.archive.corpus.CorpusContents;
import org.yanlu.archive.corpus.CorpusFileException;
import org.yanlu.archive.corpus.ExpectedCountsFile;

/**
 * {@code articles [--corpus DIR] [--check FILE | --write-counts FILE]}: prints every parsed article
 * as one JSON line; or checks the corpus's counts (articles, dates, sections, quotes, speakers,
 * outlets, months) against those committed in FILE, exit code 1 and one line per count that
 * differs; or writes the current counts to FILE.
 */
final class ArticlesCommand {
  private final ArticleSource articles;

  ArticlesCommand(ArticleSource articles) {
    this.articles = articles;
  }

  int run(CommandLine line, PrintStream out, PrintStream err) throws IOException {
    Path corpus = line.path("corpus", Main.DEFAULT_CORPUS);
    if (line.has("check") && line.has("write-counts")) {
      throw new UsageException("articles: --check and --write-counts exclude each other");
    }
    // A bad counts file is reported before the corpus is read, which takes seconds.
    Path expectedFile = line.has("check") ? Path.of(line.option("check", null)) : null;
    CorpusCounts expected = expectedFile == null ? null : CorpusCounts.read(expectedFile);
    CorpusContents contents = articles.read(corpus);
    ArticleSource.printProblems(contents, err);
    if (expected != null) {
      return check(expectedFile, expected, CorpusCounts.of(contents), out);
    }
    if (line.has("write-counts")) {
      Path file = Path.of(line.option("write-counts", null));
      Files.writeString(file, CorpusCounts.of(contents).toJson() + "\n");
      out.println("wrote the counts of " + corpus + " to " + file);
      return 0;
    }
    for (Article a : contents.articles()) {
      out.println(ArticleJson.toLine(a));
    }
    out.flush();
    return 0;
  }

  private static int check(Path file, CorpusCounts expected, CorpusCounts actual, PrintStream out) {
    List<String> differences = expected.differencesFrom(actual);
    if (differences.isEmpty()) {
      out.println(file + ": all " + expected.counts().size() + " counts as expected");
      return 0;
    }
    out.println(
        file + ": " + differences.size() + " of " + expected.counts().size() + " counts differ");
    differences.forEach(d -> out.println("  " + d));
    out.flush();
    return 1;
  }

  /**
   * What a corpus holds, counted after the enrichers ran: totals by name ({@code quotes}) and the
   * articles per value of a facet ({@code source/人民日报}, {@code month/2020-10}); {@link
   * ExpectedCountsFile} reads and writes them as a file.
   */
  record CorpusCounts(Map<String, Long> counts) {
    /** The totals, in the order a file lists them; facets follow, sorted. */
    private static final List<String> TOTALS =
        List.of(
            "articles",
            "withSource",
            "paragraphs",
            "sections",
            "quotes",
            "speakers",
            "people",
            "organisations",
            "places",
            "problems");

    CorpusCounts {
      counts = Map.copyOf(counts);
    }

    static CorpusCounts of(CorpusContents contents) {
      List<Article> all = contents.articles();
      Map<String, Long> c = new LinkedHashMap<>();
      c.put("articles", (long) all.size());
      all.forEach(a -> c.merge("datePrecision/" + a.date().precision().label(), 1L, Long::sum));
      c.put("withSource", all.stream().filter(a -> !a.source().isBlank()).count());
      c.put("paragraphs", sum(all, a -> a.paragraphs().size()));
      c.put("sections", sum(all, a -> a.sections().size()));
      c.put("quotes", sum(all, a -> a.quotes().size()));
      c.put("speakers", distinct(all, Article::speakers));
      c.put("people", distinct(all, a -> a.people().stream().map(Person::name).toList()));
      c.put("organisations", distinct(all, Article::organisations));
      c.put("places", distinct(all, Article::places));
      c.put("problems", (long) contents.problems().size());
      facet(c, "source", all.stream().map(Article::source).filter(s -> !s.isBlank()).toList());
      facet(c, "month", all.stream().map(a -> a.date().month()).filter(Objects::nonNull).toList());
      return new CorpusCounts(c);
    }

    /**
     * Reads a counts file.
     *
     * @throws UsageException when it cannot be read or holds something other than counts
     */
    static CorpusCounts read(Path file) {
      try {
        return new CorpusCounts(ExpectedCountsFile.read(file));
      } catch (CorpusFileException e) {
        throw new UsageException("--check: " + e.getMessage());
      }
    }

    /** The counts as a file holds them: totals first, then each facet as an object. */
    String toJson() {
      return ExpectedCountsFile.toJson(ordered());
    }

    /**
     * One line per count that differs from {@code actual}, in this file's order: a count missing on
     * one side is 0 there (an outlet that no longer appears, a new month).
     */
    List<String> differencesFrom(CorpusCounts actual) {
      Set<String> names = new LinkedHashSet<>(ordered().keySet());
      names.addAll(actual.ordered().keySet());
      List<String> differences = new ArrayList<>();
      for (String name : names) {
        long want = counts.getOrDefault(name, 0L);
        long got = actual.counts().getOrDefault(name, 0L);
        if (want != got) {
          differences.add(name + ": expected " + want + ", got " + got);
        }
      }
      return differences;
    }

    /** The totals in their order, then facet values sorted by facet and value. */
    private Map<String, Long> ordered() {
      Map<String, Long> ordered = new LinkedHashMap<>();
      for (String total : TOTALS) {
        if (counts.containsKey(total)) {
          ordered.put(total, counts.get(total));
        }
      }
      ordered.putAll(new TreeMap<>(counts));
      return ordered;
    }

    private static long sum(List<Article> all, ToIntFunction<Article> f) {
      return all.stream().mapToLong(f::applyAsInt).sum();
    }

    private static long distinct(List<Article> all, Function<Article, List<String>> values) {
      return all.stream().flatMap(a -> values.apply(a).stream()).distinct().count();
    }

    private static void facet(Map<String, Long> counts, String facet, List<String> values) {
      values.forEach(v -> counts.merge(facet + ExpectedCountsFile.FACET + v, 1L, Long::sum));
    }
  }
}
