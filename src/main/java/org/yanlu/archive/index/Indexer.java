package org.yanlu.archive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.yanlu.archive.article.Article;

/**
 * Builds a whole new index from articles into a new generation and swaps it in: the previous index
 * stays in use until the new one is committed, and stays in use if the build fails.
 */
public final class Indexer {
  private final ArticleFields fields;
  private final int threads;

  /**
   * @param threads how many threads analyse text at once; smartcn segmentation is the slow part of
   *     indexing, so this is the number of cores to give it
   */
  public Indexer(ArticleFields fields, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one indexing thread, not " + threads);
    }
    this.fields = fields;
    this.threads = threads;
  }

  /** An indexer that uses every core of the machine. */
  public static Indexer usingAllCores(ArticleFields fields) {
    return new Indexer(fields, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Indexes all articles into a new generation under {@code indexRoot} and makes it current,
   * holding the folder's {@link BuildLock} throughout; what dead builds left is deleted first.
   *
   * @param corpusLastModified the corpus's newest file time, recorded to tell later if it changed
   * @throws BuildRunningException when another build holds the folder
   * @throws IOException when the build fails; the previous index is then still current
   */
  public IndexSummary rebuild(
      Path indexRoot, List<Article> articles, long corpusLastModified, IndexProgress progress)
      throws IOException {
    return rebuild(indexRoot, articles, corpusLastModified, progress, ThemeQueries.NONE);
  }

  /**
   * Indexes all articles like {@link #rebuild(Path, List, long, IndexProgress)} and tags each with
   * the themes whose query finds it.
   */
  public IndexSummary rebuild(
      Path indexRoot,
      List<Article> articles,
      long corpusLastModified,
      IndexProgress progress,
      ThemeQueries themes)
      throws IOException {
    IndexSwap swap = new IndexSwap(indexRoot);
    try (BuildLock lock = BuildLock.acquire(indexRoot)) {
      List<RemovedGeneration> removed = new ArrayList<>(swap.removeDeadBuilds(lock));
      // Read before the new generation exists: an article the archive held keeps its first time.
      Map<String, Instant> firstAdded = AddedTimes.ofIndexInUse(indexRoot);
      Path generation = swap.newGeneration();
      long start = System.nanoTime();
      try {
        Counts counts =
            write(generation, articles, corpusLastModified, progress, start, themes, firstAdded);
        removed.addAll(swap.publish(generation, lock));
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new IndexSummary(
            generation,
            articles.size(),
            counts.quotes,
            counts.characters,
            millis,
            size(generation),
            swap.folderBytes(),
            removed);
      } catch (IOException | RuntimeException | Error e) {
        swap.discard(generation);
        throw e;
      }
    }
  }

  private record Counts(long quotes, long characters) {}

  private Counts write(
      Path generation,
      List<Article> articles,
      long corpusLastModified,
      IndexProgress progress,
      long start,
      ThemeQueries themes,
      Map<String, Instant> firstAdded)
      throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(fields.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(256)
            // A build that fails must leave nothing committed; the generation is discarded.
            .setCommitOnClose(false);
    StoryGroups.Assignment stories = StoryGroups.assign(articles);
    AtomicInteger done = new AtomicInteger();
    AtomicLong quotes = new AtomicLong();
    AtomicLong characters = new AtomicLong();
    ThemeTagger tagger = new ThemeTagger(themes, fields);
    Instant now = Instant.now();
    try (Directory dir = FSDirectory.open(generation);
        IndexWriter writer = new IndexWriter(dir, config)) {
      inParallel(
          articles,
          a -> {
            List<Document> docs = tagger.documents(a);
            StoryGroups.tag(
                docs.get(0), stories.groups().get(a.id()), stories.signatures().get(a.id()));
            ArticleFields.stampAdded(docs.get(0), firstAdded.getOrDefault(a.id(), now));
            writer.addDocuments(docs);
            quotes.addAndGet(a.quotes().size());
            characters.addAndGet(characters(a));
            progress.indexed(done.incrementAndGet(), articles.size());
          },
          // Each thread writes out what it buffered while the other finishes, rather than the
          // commit writing every buffer out on one thread.
          writer::flushNextBuffer);
      long millis = (System.nanoTime() - start) / 1_000_000;
      writer.setLiveCommitData(
          Map.of(
                  IndexCommitData.SCHEMA, ArticleFields.SCHEMA_VERSION,
                  IndexCommitData.BUILT_AT, Instant.now().toString(),
                  IndexCommitData.BUILD_MILLIS, String.valueOf(millis),
                  IndexCommitData.CORPUS_LAST_MODIFIED, String.valueOf(corpusLastModified),
                  IndexCommitData.ARTICLES, String.valueOf(articles.size()))
              .entrySet());
      writer.commit();
    }
    return new Counts(quotes.get(), characters.get());
  }

  /** Work on one article that may fail with an IOException. */
  @FunctionalInterface
  private interface ArticleWork {
    void accept(Article article) throws IOException;
  }

  /** Work a thread does once, when no article is left for it. */
  @FunctionalInterface
  private interface ThreadEnd {
    void run() throws IOException;
  }

  /**
   * Runs {@code work} on every article, on {@link #threads} threads, and {@code end} on each thread
   * when it runs out of articles.
   */
  private void inParallel(List<Article> articles, ArticleWork work, ThreadEnd end)
      throws IOException {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement();
                      i < articles.size();
                      i = next.getAndIncrement()) {
                    work.accept(articles.get(i));
                  }
                  end.run();
                  return null;
                }));
      }
      awaitAll(workers, next, articles.size());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Waits for every worker; when one fails, the others stop taking articles, and once all have
   * stopped the first failure is rethrown.
   */
  private static void awaitAll(List<Future<?>> workers, AtomicInteger next, int total)
      throws IOException {
    Throwable failure = null;
    for (Future<?> worker : workers) {
      try {
        worker.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        next.set(total);
        failure = failure == null ? e : failure;
      } catch (ExecutionException e) {
        next.set(total);
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

  private static long characters(Article a) {
    long n = a.title().length() + a.subtitle().length();
    for (String p : a.paragraphs()) {
      n += p.length();
    }
    return n;
  }

  /**
   * The total size of the files in a folder. A file deleted while it is counted (Lucene merging
   * segments in a live generation) counts nothing.
   */
  public static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      long total = 0;
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        try {
          total += Files.size(f);
        } catch (NoSuchFileException e) {
          // gone since it was listed
        }
      }
      return total;
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) {
        return 0; // the folder itself went meanwhile
      }
      throw e;
    }
  }
}
