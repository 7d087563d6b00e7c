package org.yanlu.archive.index;

/** Told by the indexer how far a build has come; called from the indexing threads. */
@FunctionalInterface
public interface IndexProgress {
  /** Called after each article with the number indexed so far and the number in all. */
  void indexed(int done, int total);

  /** Progress that nobody watches. */
  IndexProgress NONE = (done, total) -> {};
}
