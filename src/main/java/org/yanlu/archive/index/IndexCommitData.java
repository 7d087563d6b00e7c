package org.yanlu.archive.index;

/** The keys of what a build records in its Lucene commit: when, how long, from which corpus. */
public final class IndexCommitData {
  public static final String SCHEMA = "schema";
  public static final String BUILT_AT = "builtAt";
  public static final String BUILD_MILLIS = "buildMillis";
  public static final String CORPUS_LAST_MODIFIED = "corpusLastModified";
  public static final String ARTICLES = "articles";

  private IndexCommitData() {}
}
