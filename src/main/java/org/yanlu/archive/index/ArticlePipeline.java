package org.yanlu.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.yanlu.archive.article.Article;

/**
 * Articles read on one thread and indexed on several, through a short queue: the shape of every
 * build's indexing pass, so that a build holds a few articles per thread whatever its size.
 */
public final class ArticlePipeline {
  /** Articles read ahead per indexing thread. */
  private static final int QUEUED_PER_THREAD = 16;

  private ArticlePipeline() {}

  /** Work on one article, by its ordinal in the build, that may fail with an IOException. */
  @FunctionalInterface
  public interface ArticleWork {
    void accept(int ordinal, Article article) throws IOException;
  }

  /** Work a thread does once, when no article is left for it. */
  @FunctionalInterface
  public interface ThreadEnd {
    void run() throws IOException;
  }

  /** An article read in the second pass, with its ordinal; a negative one ends a worker. */
  private record Numbered(int ordinal, Article article) {
    static final Numbered END = new Numbered(-1, null);
  }

  /** Thrown into the reading to stop it when an indexing thread has failed. */
  private static final class StopReading extends RuntimeException {
    StopReading() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads the articles on this thread and runs {@code work} on each on {@code threads} others, and
   * {@code end} on each of those when no article is left. The queue between them is short, so that
   * memory holds a few articles per thread, however many there are.
   *
   * @return how many articles were read
   * @throws IOException the first failure of reading or of any thread, once all have stopped
   */
  public static int run(BuildArticles articles, int threads, ArticleWork work, ThreadEnd end)
      throws IOException {
    BlockingQueue<Numbered> queue = new ArrayBlockingQueue<>(threads * QUEUED_PER_THREAD);
    AtomicBoolean failed = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  // A thread that fails goes on taking articles without indexing them, so that the
                  // reader never waits on a full queue; the reader stops soon after.
                  Throwable failure = null;
                  for (Numbered next = queue.take(); next != Numbered.END; next = queue.take()) {
                    if (failure == null && !failed.get()) {
                      try {
                        work.accept(next.ordinal(), next.article());
                      } catch (Exception | Error e) {
                        failure = e;
                        failed.set(true);
                      }
                    }
                  }
                  if (failure instanceof Error error) {
                    throw error;
                  }
                  if (failure != null) {
                    throw (Exception) failure;
                  }
                  end.run();
                  return null;
                }));
      }
      int[] read = {0};
      IOException readFailure = null;
      try {
        articles.forEach(
            a -> {
              if (failed.get()) {
                throw new StopReading();
              }
              put(queue, new Numbered(read[0]++, a));
            });
      } catch (IOException e) {
        failed.set(true);
        readFailure = e;
      } catch (StopReading e) {
        // a worker failed; its failure is the one reported
      } finally {
        for (int t = 0; t < threads; t++) {
          put(queue, Numbered.END);
        }
      }
      awaitAll(workers);
      if (readFailure != null) {
        throw readFailure;
      }
      return read[0];
    } finally {
      pool.shutdownNow();
    }
  }

  private static void put(BlockingQueue<Numbered> queue, Numbered item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("indexing interrupted", e);
    }
  }

  /**
   * Waits for every worker; when one fails, the others stop indexing, and once all have stopped the
   * first failure is rethrown.
   */
  private static void awaitAll(List<Future<?>> workers) throws IOException {
    Throwable failure = null;
    for (Future<?> worker : workers) {
      try {
        worker.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = failure == null ? e : failure;
      } catch (ExecutionException e) {
        failure = failure == null ? e.getCause() : failure;
      }
    }
    if (failure == null) {
      return;
    }
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof UncheckedIOException io) {
      throw io.getCause();
    }
    if (failure instanceof RuntimeException re) {
      throw re;
    }
    if (failure instanceof Error err) {
      throw err;
    }
    throw new IOException("indexing failed", failure);
  }
}
