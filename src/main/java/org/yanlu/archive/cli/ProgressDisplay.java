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
 * How long work shows its progress: on a terminal a progress bar (articles done of all, per second,
 * time left; Tongfei Chen's progressbar library), elsewhere — a log, a pipe, a test — a plain line
 * about every second, which a file keeps readably.
 */
final class ProgressDisplay {
  private static final long LINE_EVERY_NANOS = 1_000_000_000L;

  private ProgressDisplay() {}

  /** Progress of indexing shown on {@code out}: a bar when this process writes to a terminal. */
  static IndexProgress ofIndexing(PrintStream out) {
    return ofIndexing(out, System.console() != null);
  }

  /**
   * @param terminal whether {@code out} is a terminal, where a bar redraws itself in place
   */
  static IndexProgress ofIndexing(PrintStream out, boolean terminal) {
    return terminal ? bar(out) : lines(out, System.nanoTime());
  }

  /** A bar made at the first report, when the number of articles is known, closed at the last. */
  private static IndexProgress bar(PrintStream out) {
    ProgressBar[] bar = new ProgressBar[1];
    return (done, all) -> {
      synchronized (bar) {
        if (bar[0] == null) {
          bar[0] =
              new ProgressBarBuilder()
                  .setTaskName("索引 indexing")
                  .setInitialMax(all)
                  .setUnit(" articles", 1)
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

  private static IndexProgress lines(PrintStream out, long start) {
    AtomicLong lastReport = new AtomicLong(start);
    return (done, all) -> {
      long now = System.nanoTime();
      long last = lastReport.get();
      if ((now - last >= LINE_EVERY_NANOS || done == all) && lastReport.compareAndSet(last, now)) {
        long millis = (now - start) / 1_000_000;
        out.printf(
            Locale.ROOT,
            "indexed %,d of %,d articles (%,.0f/s)%n",
            done,
            all,
            millis <= 0 ? done * 1000.0 : done * 1000.0 / millis);
      }
    };
  }
}
