package org.yanlu.archive.corpus;

import java.util.List;

/** The readers the archive knows, in the order they are asked whether they accept a file. */
public final class CorpusReaders {
  private CorpusReaders() {}

  public static List<CorpusReader> standard() {
    return List.of(new MagazineIssueReader());
  }
}
