package org.yanlu.archive.search;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The time limit of the embedded host's searches: each runs on a bounded pool of its own and the
 * request waits for it at most the limit, then answers {@link SearchTimeoutException} (503), so a
 * search that would take too long (a one-character quote over millions of articles, a huge OR)
 * never holds a server thread. The search itself runs on to its end: Lucene cannot be interrupted
 * safely (an interrupt during a read closes the index file for every search), and the bounded pool
 * keeps such leftovers from piling up: when it is full, a search is refused at once.
 */
public final class TimeLimit implements AutoCloseable {
  /** The limit when none is set: far above any search of a healthy archive. */
  public static final Duration DEFAULT = Duration.ofSeconds(10);

  /** Searches waiting for a thread before new ones are refused. */
  private static final int QUEUE = 256;

  private final Duration limit;
  private final ThreadPoolExecutor pool;

  /**
   * @param threads how many searches run at once
   */
  public TimeLimit(Duration limit, int threads) {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("a time limit must be positive, not " + limit);
    }
    this.limit = limit;
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(QUEUE),
            r -> {
              Thread t = new Thread(r, "search");
              t.setDaemon(true);
              return t;
            });
  }

  /** A limit with one search thread per core (and at least two). */
  public static TimeLimit of(Duration limit) {
    return new TimeLimit(limit, Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  public Duration limit() {
    return limit;
  }

  /**
   * Runs a search and gives its answer, or gives up after the limit.
   *
   * @throws SearchTimeoutException when it takes longer than the limit, or too many searches wait
   */
  public <T> T run(Supplier<T> search) {
    long start = System.nanoTime();
    Future<T> answer;
    try {
      answer = pool.submit(search::get);
    } catch (RejectedExecutionException e) {
      throw new SearchTimeoutException(limit);
    }
    try {
      T result = answer.get(limit.toNanos(), TimeUnit.NANOSECONDS);
      // The wait may wake late on a busy machine and find the answer there: late is still late.
      if (System.nanoTime() - start > limit.toNanos()) {
        throw new SearchTimeoutException(limit);
      }
      return result;
    } catch (TimeoutException e) {
      // Not interrupted: see the class comment. Its answer is dropped when it comes.
      answer.cancel(false);
      throw new SearchTimeoutException(limit);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SearchTimeoutException(limit);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
