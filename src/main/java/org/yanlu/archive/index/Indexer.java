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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
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
  /**
   * Lucene's indexing buffer: past 256 MB a larger one stopped making builds faster, and a build of
   * a million articles must fit in a 2 GB heap with its story signatures.
   */
  private static final double RAM_BUFFER_MB = 256;

  /** Articles whose signatures are computed at once in the first pass. */
  private static final int SIGNATURE_BATCH = 1024;

  /** Articles read ahead per indexing thread in the second pass. */
  private static final int QUEUED_PER_THREAD = 16;

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
    return rebuild(
        indexRoot, BuildArticles.of(articles), corpusLastModified, progress, ThemeQueries.NONE);
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
    return rebuild(indexRoot, BuildArticles.of(articles), corpusLastModified, progress, themes);
  }

  /**
   * Indexes articles read in two passes (see {@link BuildArticles}), holding only what grouping
   * stories needs between them, like {@link #rebuild(Path, List, long, IndexProgress,
   * ThemeQueries)}.
   */
  public IndexSummary rebuild(
      Path indexRoot,
      BuildArticles articles,
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
            counts.articles,
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

  private record Counts(int articles, long quotes, long characters) {}

  private Counts write(
      Path generation,
      BuildArticles articles,
      long corpusLastModified,
      IndexProgress progress,
      long start,
      ThemeQueries themes,
      Map<String, Instant> firstAdded)
      throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(fields.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(RAM_BUFFER_MB)
            // A build that fails must leave nothing committed; the generation is discarded.
            .setCommitOnClose(false);
    BuildStories stories = readStories(articles);
    int total = stories.size();
    int[] leader = stories.assign();
    AtomicInteger done = new AtomicInteger();
    AtomicLong quotes = new AtomicLong();
    AtomicLong characters = new AtomicLong();
    ThemeTagger tagger = new ThemeTagger(themes, fields);
    Instant now = Instant.now();
    try (Directory dir = FSDirectory.open(generation);
        IndexWriter writer = new IndexWriter(dir, config)) {
      inParallel(
          articles,
          stories,
          (ordinal, read) -> {
            Article a = articles.prepare(read);
            List<Document> docs = tagger.documents(a);
            // The signature is made again rather than kept from the first pass: it is cheap
            // beside analysis, and a million of them would not fit the build's heap.
            StoryGroups.tag(docs.get(0), stories.id(leader[ordinal]), StorySignature.of(a));
            ArticleFields.stampAdded(docs.get(0), firstAdded.getOrDefault(a.id(), now));
            writer.addDocuments(docs);
            quotes.addAndGet(a.quotes().size());
            characters.addAndGet(characters(a));
            progress.indexed(done.incrementAndGet(), total);
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
                  IndexCommitData.ARTICLES, String.valueOf(total))
              .entrySet());
      writer.commit();
    }
    return new Counts(total, quotes.get(), characters.get());
  }

  /**
   * The first pass: each article's id, date and story signature, the signatures computed a batch at
   * a time on every core while the next batch is read.
   */
  private static BuildStories readStories(BuildArticles articles) throws IOException {
    BuildStories stories = new BuildStories();
    List<Article> batch = new ArrayList<>(SIGNATURE_BATCH);
    articles.forEach(
        a -> {
          batch.add(a);
          if (batch.size() == SIGNATURE_BATCH) {
            addSigned(batch, stories);
          }
        });
    addSigned(batch, stories);
    return stories;
  }

  private static void addSigned(List<Article> batch, BuildStories stories) {
    StorySignature[] sigs =
        batch.parallelStream().map(StorySignature::of).toArray(StorySignature[]::new);
    for (int i = 0; i < sigs.length; i++) {
      Article a = batch.get(i);
      stories.add(a.id(), a.date(), sigs[i]);
    }
    batch.clear();
  }

  /** Work on one article, by its ordinal in the build, that may fail with an IOException. */
  @FunctionalInterface
  private interface ArticleWork {
    void accept(int ordinal, Article article) throws IOException;
  }

  /** Work a thread does once, when no article is left for it. */
  @FunctionalInterface
  private interface ThreadEnd {
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
   * The second pass: reads the articles on this thread and runs {@code work} on each on {@link
   * #threads} others, and {@code end} on each of those when no article is left. The queue between
   * them is short, so that memory holds a few articles per thread, however many there are.
   */
  private void inParallel(
      BuildArticles articles, BuildStories stories, ArticleWork work, ThreadEnd end)
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
      IOException readFailure = null;
      try {
        readAgain(articles, stories, queue, failed);
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
    } finally {
      pool.shutdownNow();
    }
  }

  private static void readAgain(
      BuildArticles articles,
      BuildStories stories,
      BlockingQueue<Numbered> queue,
      AtomicBoolean failed)
      throws IOException {
    int[] next = {0};
    articles.forEach(
        a -> {
          if (failed.get()) {
            throw new StopReading();
          }
          int ordinal = next[0]++;
          if (ordinal >= stories.size() || !stories.id(ordinal).equals(a.id())) {
            throw new IOException(
                "the sources changed while the index was built (article "
                    + (ordinal + 1)
                    + " is now "
                    + a.id()
                    + "); build again");
          }
          put(queue, new Numbered(ordinal, a));
        });
    if (next[0] != stories.size()) {
      throw new IOException(
          "the sources changed while the index was built ("
              + next[0]
              + " articles where there were "
              + stories.size()
              + "); build again");
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
