package org.yanlu.archive.http;

/**
 * What the server calls to take in the corpus folder's changes now, as its watcher does when it
 * sees them: new and changed files indexed in place, removed files' articles gone.
 */
@FunctionalInterface
public interface CorpusReindex {
  /** Indexes the corpus's changes since the last look and tells what changed. */
  ReindexReport reindex();
}
