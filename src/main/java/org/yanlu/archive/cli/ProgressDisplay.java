package org.yanlu.archive.cli;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.yanlu.archive.index.IndexProgress;

/**
 * How long work shows its progress: on a terminal a progress bar (items done of all, per second,
 * time left; Tongfei Chen's progressbar library), elsewhere — a log, a pipe, a test — a plain line
 * about every second, which a file keeps readably. Indexing counts articles, a batch search
 * queries.
 */
final class ProgressDisplay {
  private static final long LINE_EVERY_NANOS = 1_000_000_000L;

  /** What is counted: the bar's task name, the unit of items and the verb of a plain line. */
  private record Work(String task, String unit, String verb) {}

  private static final Work INDEXING = new Work("索引 indexing", "articles", "indexed");
  private static final Work BATCH = new Work("检索 searching", "queries", "searched");

  /** Told how many items of all are done; from any thread. */
  @FunctionalInterface
  interface Progress {
    void reached(int done, int total);
  }

  private ProgressDisplay() {}

  /** Progress of indexing shown on {@code out}: a bar when this process writes to a terminal. */
  static IndexProgress ofIndexing(PrintStream out) {
    return ofIndexing(out, System.console() != null);
  }

  /**
   * @param terminal whether {@code out} is a terminal, where a bar redraws itself in place
   */
  static IndexProgress ofIndexing(PrintStream out, boolean terminal) {
    return of(INDEXING, out, terminal)::reached;
  }

  /** Progress of a batch search shown on {@code out}: a bar when on a terminal. */
  static Progress ofBatch(PrintStream out) {
    return ofBatch(out, System.console() != null);
  }

  /**
   * @param terminal whether {@code out} is a terminal, where a bar redraws itself in place
   */
  static Progress ofBatch(PrintStream out, boolean terminal) {
    return of(BATCH, out, terminal);
  }

  private static Progress of(Work work, PrintStream out, boolean terminal) {
    return terminal ? bar(work, out) : lines(work, out, System.nanoTime());
  }

  /** A bar made at the first report, when the number of items is known, closed at the last. */
  private static Progress bar(Work work, PrintStream out) {
    ProgressBar[] bar = new ProgressBar[1];
    return (done, all) -> {
      synchronized (bar) {
        if (bar[0] == null) {
          bar[0] =
              new ProgressBarBuilder()
                  .setTaskName(work.task())
                  .setInitialMax(all)
                  .setUnit(" " + work.unit(), 1)
                  .showSpeed()
                  .setSpeedUnit(ChronoUnit.SECONDS)
                  .setConsumer(new ConsoleProgressBarConsumer(out))
                  .build();
        }
        bar[0].stepTo(done);
        if (done >= all) {
          bar[0].close();
        }
      }
    };
  }

  private static Progress lines(Work work, PrintStream out, long start) {
    AtomicLong lastReport = new AtomicLong(start);
    return (done, all) -> {
      long now = System.nanoTime();
      long last = lastReport.get();
      if ((now - last >= LINE_EVERY_NANOS || done == all) && lastReport.compareAndSet(last, now)) {
        long millis = (now - start) / 1_000_000;
        out.printf(
            Locale.ROOT,
            "%s %,d of %,d %s (%,.0f/s)%n",
            work.verb(),
            done,
            all,
            work.unit(),
            millis <= 0 ? done * 1000.0 : done * 1000.0 / millis);
      }
    };
  }
}
