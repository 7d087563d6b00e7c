package org.yanlu.archive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusContents;
import org.yanlu.archive.corpus.CorpusProblem;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.IndexSummary;
import org.yanlu.archive.index.IndexSwap;
import org.yanlu.archive.index.Indexer;

/**
 * {@code index [--corpus DIR] [--index DIR]}: reads the corpus and builds a new index beside the
 * old one, showing progress, then swaps it in.
 */
final class IndexCommand {
  private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

  private final ArticleSource articles;

  IndexCommand(ArticleSource articles) {
    this.articles = articles;
  }

  int run(CommandLine line, PrintStream out, PrintStream err) throws IOException {
    Path corpus = line.path("corpus", Main.DEFAULT_CORPUS);
    Path index = line.path("index", Main.DEFAULT_INDEX);
    IndexSummary summary = build(corpus, index, err);
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
    out.flush();
    return 0;
  }

  /**
   * Whether {@code serve} must build first: there is no index, or the corpus changed since it was
   * built, or the index was built with another schema.
   */
  static boolean isStale(Path corpus, Path index) throws IOException {
    return new IndexSwap(index).isStale(Corpus.lastModified(corpus));
  }

  /** Reads the corpus and rebuilds the index, telling {@code progress} how it goes. */
  IndexSummary build(Path corpus, Path index, PrintStream progress) throws IOException {
    long corpusTime = Corpus.lastModified(corpus);
    CorpusContents contents = articles.read(corpus);
    for (CorpusProblem p : contents.problems()) {
      progress.println("problem: " + p);
    }
    int total = contents.articles().size();
    progress.printf(Locale.ROOT, "read %,d articles from %s%n", total, corpus);
    long start = System.nanoTime();
    AtomicLong lastReport = new AtomicLong(start);
    IndexProgress report =
        (done, all) -> {
          long now = System.nanoTime();
          long last = lastReport.get();
          if ((now - last >= PROGRESS_EVERY_NANOS || done == all)
              && lastReport.compareAndSet(last, now)) {
            progress.printf(
                Locale.ROOT,
                "indexed %,d of %,d articles (%,.0f/s)%n",
                done,
                all,
                perSecond(done, (now - start) / 1_000_000));
          }
        };
    return Indexer.usingAllCores(new ArticleFields())
        .rebuild(index, contents.articles(), corpusTime, report);
  }

  private static double perSecond(double count, long millis) {
    return millis <= 0 ? count * 1000.0 : count * 1000.0 / millis;
  }
}
