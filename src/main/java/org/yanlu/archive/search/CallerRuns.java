package org.yanlu.archive.search;

import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An executor that runs each task in the thread that hands it over, at once. Lucene's DrillSideways
 * counts a selected facet's other values by a query of its own per selected dimension (the other
 * selections kept as filters) only when it is given an executor; without one it walks every hit of
 * the unfiltered query. Each of those queries is still cut into the searcher's slices.
 */
final class CallerRuns extends AbstractExecutorService {
  static final CallerRuns INSTANCE = new CallerRuns();

  private CallerRuns() {}

  @Override
  public void execute(Runnable task) {
    task.run();
  }

  @Override
  public void shutdown() {
    // Nothing runs here but the callers' own tasks.
  }

  @Override
  public List<Runnable> shutdownNow() {
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return false;
  }

  @Override
  public boolean isTerminated() {
    return false;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return false;
  }
}
