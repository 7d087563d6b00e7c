package org.yanlu.archive.index;

import java.nio.file.Path;
import java.util.List;

/**
 * What a finished build wrote.
 *
 * @param generation the folder of the new index, now in use
 * @param articles articles indexed
 * @param quotes quote documents indexed
 * @param characters characters of text indexed (titles, subtitles, paragraphs)
 * @param millis how long the build took
 * @param sizeBytes the size of the new index on disk
 * @param folderBytes the size of the whole index folder afterwards: the new index and the previous
 *     one kept for rollback
 * @param removed the generations the build deleted: dead builds' and the superseded one
 */
public record IndexSummary(
    Path generation,
    int articles,
    long quotes,
    long characters,
    long millis,
    long sizeBytes,
    long folderBytes,
    List<RemovedGeneration> removed) {
  public IndexSummary {
    removed = List.copyOf(removed);
  }
}
