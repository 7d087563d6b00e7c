package org.yanlu.archive.search;

import java.time.Instant;

/**
 * What the open index holds and when it was built.
 *
 * @param articles the number of articles
 * @param quotes the number of quote documents
 * @param indexSizeBytes the size of the index files on disk
 * @param builtAt when the index build finished
 * @param buildMillis how long the build took
 */
public record ArchiveStats(
    long articles, long quotes, long indexSizeBytes, Instant builtAt, long buildMillis) {}
