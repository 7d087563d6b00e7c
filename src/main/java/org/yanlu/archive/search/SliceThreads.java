package org.yanlu.archive.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that search the slices of one search at once, one per core, shared by every searcher
 * of an index: on a quiet archive one search then uses every core rather than one. On a machine of
 * one core there are none and searches run on their caller's thread.
 */
final class SliceThreads implements AutoCloseable {
  private final ExecutorService executor;
  private final int threads;

  private SliceThreads(int threads) {
    this.threads = threads;
    AtomicInteger number = new AtomicInteger();
    this.executor =
        threads < 2
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "search-slice-" + number.incrementAndGet());
                  t.setDaemon(true);
                  return t;
                });
  }

  /** One thread per core the JVM may use. */
  static SliceThreads perCore() {
    return of(Runtime.getRuntime().availableProcessors());
  }

  /** {@code threads} threads; one means none, searches then run on their caller's thread. */
  static SliceThreads of(int threads) {
    return new SliceThreads(threads);
  }

  /** The threads, or null when a search should run on its caller's thread alone. */
  ExecutorService executor() {
    return executor;
  }

  /** How many slices a search is cut into. */
  int threads() {
    return executor == null ? 1 : threads;
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdown();
    }
  }
}
