package org.yanlu.archive.search;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A schedule that keeps a {@link Searcher} on the newest index: every {@link #PERIOD_MILLIS} it
 * picks up new commits of the generation in use (changes made in place) and a generation swapped in
 * by a rebuild. Searches only ever see whole commits, since the searcher opens commits, never a
 * writer's unfinished state; a replaced generation is closed once its last search has finished.
 */
public final class LiveIndex implements AutoCloseable {
  /** How often the index is checked: a change is searchable within this and the reopen time. */
  public static final long PERIOD_MILLIS = 250;

  private final Searcher searcher;
  private final ScheduledExecutorService schedule;

  /**
   * Starts refreshing {@code searcher}.
   *
   * @param failures told of a refresh that failed; the next one tries again
   */
  public LiveIndex(Searcher searcher, Consumer<RuntimeException> failures) {
    this.searcher = searcher;
    this.schedule =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "index-refresh");
              t.setDaemon(true);
              return t;
            });
    schedule.scheduleWithFixedDelay(
        () -> {
          try {
            searcher.refresh();
          } catch (RuntimeException e) {
            // An exception out of a scheduled task would cancel the schedule for good.
            failures.accept(e);
          }
        },
        PERIOD_MILLIS,
        PERIOD_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  /** Refreshes now, for a caller that has just committed a change and wants it seen at once. */
  public void refreshNow() {
    searcher.refresh();
  }

  /** Stops refreshing; the searcher stays open for its owner to close. */
  @Override
  public void close() {
    schedule.shutdownNow();
    try {
      schedule.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
