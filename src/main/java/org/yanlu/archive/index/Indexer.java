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
      int read =
          ArticlePipeline.run(
              articles,
              threads,
              (ordinal, raw) -> {
                if (ordinal >= total || !stories.id(ordinal).equals(raw.id())) {
                  throw new IOException(
                      "the sources changed while the index was built (article "
                          + (ordinal + 1)
                          + " is now "
                          + raw.id()
                          + "); build again");
                }
                Article a = articles.prepare(raw);
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
      if (read != total) {
        throw new IOException(
            "the sources changed while the index was built ("
                + read
                + " articles where there were "
                + total
                + "); build again");
      }
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
