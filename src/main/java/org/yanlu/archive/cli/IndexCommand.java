package org.yanlu.archive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusContents;
import org.yanlu.archive.corpus.CorpusProblems;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.BuildLock;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.IndexSummary;
import org.yanlu.archive.index.IndexSwap;
import org.yanlu.archive.index.Indexer;
import org.yanlu.archive.index.RemovedGeneration;
import org.yanlu.archive.search.ThemeCatalog;

/**
 * {@code index [--corpus DIR] [--index DIR] [--themes FILE]}: reads the corpus and builds a new
 * index beside the old one, tagging articles with the themes of the themes file, showing progress,
 * then swaps it in. {@code index --rollback [--index DIR]} puts the previous index back in use.
 */
final class IndexCommand {

  private final ArticleSource articles;

  IndexCommand(ArticleSource articles) {
    this.articles = articles;
  }

  int run(CommandLine line, PrintStream out, PrintStream err) throws IOException {
    Path corpus = line.path("corpus", Main.DEFAULT_CORPUS);
    Path index = line.path("index", Main.DEFAULT_INDEX);
    if (line.has("rollback")) {
      return rollback(index, out);
    }
    Path themes = themesFile(line);
    Build build = buildCounting(corpus, index, themes, ThemeCatalog.load(themes), err);
    IndexSummary summary = build.summary();
    out.printf(
        Locale.ROOT,
        "indexed %,d articles and %,d quotes (%,d characters) in %.1f s: %,.0f articles/s,"
            + " %.2f MB/s%nindex: %s (%.1f MB)%n",
        summary.articles(),
        summary.quotes(),
        summary.characters(),
        summary.millis() / 1000.0,
        perSecond(summary.articles(), summary.millis()),
        perSecond(summary.characters() * 3 / 1_000_000.0, summary.millis()),
        summary.generation(),
        summary.sizeBytes() / 1_000_000.0);
    out.printf(
        Locale.ROOT,
        "index folder: %.1f MB on disk (the index in use and the previous one, kept for"
            + " index --rollback)%n",
        summary.folderBytes() / 1_000_000.0);
    out.println(skipped(build.read()));
    printRemoved(summary.removed(), out);
    out.flush();
    return 0;
  }

  /** The records the readers skipped, by reason, and how many articles came with a warning. */
  static String skipped(CorpusContents read) {
    int total = read.skipped().values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder line = new StringBuilder("skipped: ");
    if (total == 0) {
      line.append("nothing");
    } else {
      line.append(total).append(total == 1 ? " record (" : " records (");
      line.append(
          String.join(
              ", ",
              read.skipped().entrySet().stream()
                  .map(e -> e.getValue() + " " + e.getKey())
                  .toList()));
      line.append(")");
    }
    if (!read.warnings().isEmpty()) {
      line.append("; ").append(read.warnings().size()).append(" kept with a warning");
    }
    return line.toString();
  }

  private static void printRemoved(List<RemovedGeneration> removed, PrintStream out) {
    for (RemovedGeneration r : removed) {
      out.println("removed: " + r);
    }
  }

  /** Puts the previous generation back in use; a running server picks it up within a second. */
  private static int rollback(Path index, PrintStream out) throws IOException {
    IndexSwap swap = new IndexSwap(index);
    try (BuildLock lock = BuildLock.acquire(index)) {
      Path from = swap.current().orElse(null);
      Path now = swap.rollback(lock);
      out.println("rolled back: " + now + " is in use again");
      if (from != null) {
        out.println("kept: " + from + " (index --rollback again returns to it)");
      }
    }
    out.flush();
    return 0;
  }

  /**
   * Deletes what dead builds left in the index folder, unless a build is running there now (it
   * holds the lock, and its generation is not dead). {@code serve} runs this at start.
   */
  static void removeDeadBuilds(Path index, PrintStream log) throws IOException {
    if (!Files.isDirectory(index)) {
      return;
    }
    Optional<BuildLock> lock = BuildLock.tryAcquire(index);
    if (lock.isEmpty()) {
      return;
    }
    try (BuildLock held = lock.get()) {
      printRemoved(new IndexSwap(index).removeDeadBuilds(held), log);
    }
  }

  /**
   * Whether {@code serve} must build first: there is no index, or the corpus changed since it was
   * built, or the index was built with another schema.
   */
  static boolean isStale(Path corpus, Path index, Path themes) throws IOException {
    return new IndexSwap(index).isStale(sourcesLastModified(corpus, themes));
  }

  /** The themes file of {@code --themes}, {@code themes.json} of the checkout when not given. */
  static Path themesFile(CommandLine line) {
    return line.path("themes", ThemeCatalog.DEFAULT_FILE.toString());
  }

  /**
   * When the corpus or the themes file last changed: the index records it, so that editing either
   * makes the index stale.
   */
  static long sourcesLastModified(Path corpus, Path themes) throws IOException {
    return Math.max(Corpus.lastModified(corpus), ThemeCatalog.lastModified(themes));
  }

  /**
   * Reads the corpus and rebuilds the index, tagging the catalog's themes, telling {@code progress}
   * how it goes.
   */
  IndexSummary build(
      Path corpus, Path index, Path themesFile, ThemeCatalog themes, PrintStream progress)
      throws IOException {
    return buildCounting(corpus, index, themesFile, themes, progress).summary();
  }

  /** A finished build and what reading the corpus for it gave, articles aside. */
  private record Build(IndexSummary summary, CorpusContents read) {}

  private Build buildCounting(
      Path corpus, Path index, Path themesFile, ThemeCatalog themes, PrintStream progress)
      throws IOException {
    long corpusTime = sourcesLastModified(corpus, themesFile);
    CorpusProblems problems = new CorpusProblems();
    progress.printf(Locale.ROOT, "reading %s%n", corpus);
    IndexProgress report = ProgressDisplay.ofIndexing(progress);
    // Read twice rather than held: a corpus of any size builds in the memory of its largest file.
    IndexSummary summary =
        Indexer.usingAllCores(new ArticleFields())
            .rebuild(
                index, articles.forBuild(corpus, problems), corpusTime, report, themes.queries());
    CorpusContents read =
        new CorpusContents(List.of(), problems.all(), problems.warnings(), problems.skipped());
    ArticleSource.printProblems(read, progress);
    progress.printf(Locale.ROOT, "read %,d articles from %s%n", summary.articles(), corpus);
    return new Build(summary, read);
  }

  private static double perSecond(double count, long millis) {
    return millis <= 0 ? count * 1000.0 : count * 1000.0 / millis;
  }
}
