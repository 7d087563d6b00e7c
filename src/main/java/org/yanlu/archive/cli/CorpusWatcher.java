package org.yanlu.archive.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusContents;
import org.yanlu.archive.http.CorpusReindex;
import org.yanlu.archive.http.ReindexReport;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IncrementalIndexer;
import org.yanlu.archive.index.IncrementalSummary;
import org.yanlu.archive.index.IndexChanges;
import org.yanlu.archive.index.IndexCommitData;
import org.yanlu.archive.index.IndexSummary;
import org.yanlu.archive.index.IndexSwap;
import org.yanlu.archive.search.IndexUnavailableException;
import org.yanlu.archive.search.ThemeCatalog;

/**
 * Watches the corpus folder of a running server and takes its changes into the index: a new or
 * changed file's articles are indexed in place (enriched as in a full build), and a removed file
 * makes the index be rebuilt, since the articles a file gave in the first build are not recorded.
 * The folder is polled every {@link #POLL_MILLIS}; a file is taken once it has kept its size and
 * time over one poll, so that a file still being written is not read half-way.
 */
final class CorpusWatcher implements CorpusReindex, AutoCloseable {
  static final long POLL_MILLIS = 500;

  /** What tells that a file changed. */
  private record FileState(long modified, long size) {}

  private final Path corpus;
  private final Path index;
  private final ArticleSource articles;
  private final Runnable afterChange;
  private final PrintStream log;
  private final ScheduledExecutorService schedule;
  private final Path themesFile;
  private final ThemeCatalog themes;

  /** The files as the index holds them. */
  private Map<Path, FileState> indexed;

  /** The files at the last poll, to tell a file that is still changing. */
  private Map<Path, FileState> lastPoll;

  /**
   * @param afterChange run after each change is committed, to make it searchable at once
   */
  CorpusWatcher(
      Path corpus,
      Path index,
      ArticleSource articles,
      Runnable afterChange,
      PrintStream log,
      Path themesFile,
      ThemeCatalog themes)
      throws IOException {
    this.themesFile = themesFile;
    this.themes = themes;
    this.corpus = corpus;
    this.index = index;
    this.articles = articles;
    this.afterChange = afterChange;
    this.log = log;
    this.indexed = snapshot();
    this.lastPoll = indexed;
    this.schedule =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "corpus-watcher");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts polling the folder. */
  CorpusWatcher start() {
    schedule.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    return this;
  }

  /** Takes in every change now, settled or not: what {@code POST /api/admin/reindex} runs. */
  @Override
  public synchronized ReindexReport reindex() {
    try {
      Map<Path, FileState> now = snapshot();
      lastPoll = now;
      return apply(now, changedFiles(now, now), removedFiles(now, now));
    } catch (IOException | RuntimeException e) {
      throw new IndexUnavailableException(
          "语料重新索引失败 / reindexing the corpus failed: " + e.getMessage(), e);
    }
  }

  private synchronized void poll() {
    try {
      Map<Path, FileState> now = snapshot();
      List<Path> changed = changedFiles(now, lastPoll);
      List<Path> removed = removedFiles(now, lastPoll);
      lastPoll = now;
      if (!changed.isEmpty() || !removed.isEmpty()) {
        ReindexReport report = apply(now, changed, removed);
        log.printf(
            "corpus changed: %s%s; %d articles added, %d replaced%s%n",
            report.files(),
            report.removedFiles().isEmpty() ? "" : ", removed " + report.removedFiles(),
            report.added(),
            report.replaced(),
            report.rebuilt() ? ", index rebuilt" : "");
      }
    } catch (IOException | RuntimeException e) {
      // The next poll tries again; a scheduled task must not throw, or it stops for good.
      log.println("语料监视失败 / watching the corpus failed: " + e);
    }
  }

  /** Files new or changed since indexed, and unchanged since {@code previous}. */
  private List<Path> changedFiles(Map<Path, FileState> now, Map<Path, FileState> previous) {
    List<Path> changed = new ArrayList<>();
    now.forEach(
        (file, state) -> {
          if (!state.equals(indexed.get(file)) && state.equals(previous.get(file))) {
            changed.add(file);
          }
        });
    changed.sort(null);
    return changed;
  }

  /** Files indexed that are gone, and were gone at {@code previous} too. */
  private List<Path> removedFiles(Map<Path, FileState> now, Map<Path, FileState> previous) {
    List<Path> removed = new ArrayList<>();
    for (Path file : indexed.keySet()) {
      if (!now.containsKey(file) && !previous.containsKey(file)) {
        removed.add(file);
      }
    }
    removed.sort(null);
    return removed;
  }

  private ReindexReport apply(Map<Path, FileState> now, List<Path> changed, List<Path> removed)
      throws IOException {
    if (!removed.isEmpty()) {
      IndexSummary summary =
          new IndexCommand(articles).build(corpus, index, themesFile, themes, log);
      indexed = now;
      afterChange.run();
      return new ReindexReport(names(changed), names(removed), 0, 0, true, summary.articles());
    }
    IncrementalIndexer indexer = new IncrementalIndexer(new ArticleFields(), themes.queries());
    int added = 0;
    int replaced = 0;
    for (Path file : changed) {
      CorpusContents contents = articles.read(file);
      ArticleSource.printProblems(contents, log);
      IncrementalSummary summary =
          indexer.apply(
              index,
              new IndexChanges(contents.articles(), List.of(), origin(file)),
              Optional.of(IndexCommand.sourcesLastModified(corpus, themesFile)));
      added += summary.added();
      replaced += summary.replaced();
      Map<Path, FileState> updated = new HashMap<>(indexed);
      updated.put(file, now.get(file));
      indexed = updated;
    }
    if (!changed.isEmpty()) {
      afterChange.run();
    }
    return new ReindexReport(names(changed), List.of(), added, replaced, false, articlesIndexed());
  }

  /** A file's name relative to the corpus folder: the same file whatever the working folder. */
  private String origin(Path file) {
    return corpus
        .toAbsolutePath()
        .normalize()
        .relativize(file.toAbsolutePath().normalize())
        .toString();
  }

  private List<String> names(List<Path> files) {
    return files.stream().map(this::origin).toList();
  }

  private int articlesIndexed() throws IOException {
    return Integer.parseInt(
        new IndexSwap(index)
            .commitData()
            .orElse(Map.of())
            .getOrDefault(IndexCommitData.ARTICLES, "0"));
  }

  private Map<Path, FileState> snapshot() throws IOException {
    Map<Path, FileState> states = new HashMap<>();
    for (Path file : Corpus.sourceFiles(corpus)) {
      try {
        states.put(
            file, new FileState(Files.getLastModifiedTime(file).toMillis(), Files.size(file)));
      } catch (NoSuchFileException e) {
        // Removed between listing and looking: it is simply not there.
      }
    }
    return states;
  }

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
