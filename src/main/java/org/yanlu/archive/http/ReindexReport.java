package org.yanlu.archive.http;

import java.util.List;

/**
 * What one reindexing of the corpus folder did, as {@code POST /api/admin/reindex} answers it.
 *
 * @param files the corpus files that were new or changed, indexed in place
 * @param removedFiles the corpus files that were gone; their removal rebuilt the index
 * @param added articles new to the index
 * @param replaced articles whose earlier version was replaced
 * @param rebuilt whether the whole index was rebuilt
 * @param articles articles in the index afterwards
 */
public record ReindexReport(
    List<String> files,
    List<String> removedFiles,
    int added,
    int replaced,
    boolean rebuilt,
    int articles) {
  public ReindexReport {
    files = List.copyOf(files);
    removedFiles = List.copyOf(removedFiles);
  }
}
