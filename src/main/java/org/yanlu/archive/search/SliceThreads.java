package org.yanlu.archive.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that search the slices of one search at once, one per core, shared by every searcher
 * of an index: on a quiet archive one search over a large index then uses every core rather than
 * one. On a machine of one core there are none and searches run on their caller's thread.
 */
final class SliceThreads implements AutoCloseable {
  /**
   * The fewest articles worth a slice of their own. Below it, handing a slice to another thread and
   * merging its results cost more than searching it: at 10,000 articles two slices of 5,000 made
   * deep pages take 13.7 ms at the median instead of 8.5, while at 1,000,000 slices cut the 99th
   * percentile of all queries from 860 to 739 ms (README, Growth).
   */
  static final int MIN_DOCS_PER_SLICE = 50_000;

  /**
   * Slices per thread. Slices are runs of neighbouring segments, and a merged segment can hold a
   * third of the archive, so cut one per thread they came out unequal (627,000 and 373,000 articles
   * at a million) and one thread waited for the other. Cut twice as fine, a thread that finishes
   * first takes the next slice. At a million, alternating: words p50 45.6 → 40.6 ms and p99 259 →
   * 206 ms, exact quotes p50 24.5 → 20.6 ms (their p99 stays about the 100 ms limit, 77 to 114 ms
   * over many runs). A search that keeps a window of {@link #DEEP_WINDOW} hits or more is still cut
   * one slice per thread: every slice keeps the whole window, and deep pages took 5 to 10 ms more
   * at the median cut twice as fine (README, Growth).
   */
  static final int SLICES_PER_THREAD = 2;

  /** The window from which a search is cut one slice per thread (a page a hundred stories deep). */
  static final int DEEP_WINDOW = 1_000;

  private final ExecutorService executor;
  private final int threads;
  private final int minDocsPerSlice;

  private SliceThreads(int threads, int minDocsPerSlice) {
    this.threads = threads;
    this.minDocsPerSlice = minDocsPerSlice;
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
    return of(Runtime.getRuntime().availableProcessors(), MIN_DOCS_PER_SLICE);
  }

  /**
   * {@code threads} threads (one means none: searches then run on their caller's thread), a slice
   * holding at least {@code minDocsPerSlice} documents.
   */
  static SliceThreads of(int threads, int minDocsPerSlice) {
    return new SliceThreads(threads, minDocsPerSlice);
  }

  /** The threads, or null when a search should run on its caller's thread alone. */
  ExecutorService executor() {
    return executor;
  }

  /** How many slices a search is cut into at most. */
  int slices() {
    return executor == null ? 1 : threads * SLICES_PER_THREAD;
  }

  /** How many slices a search that keeps a deep window is cut into at most: one per thread. */
  int slicesForDeepWindows() {
    return executor == null ? 1 : threads;
  }

  /** The fewest documents a slice holds, but for the only or the last one. */
  int minDocsPerSlice() {
    return minDocsPerSlice;
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdown();
    }
  }
}
