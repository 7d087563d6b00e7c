package org.yanlu.archive.corpus;

import java.util.List;

/** The readers the archive knows, in the order they are asked whether they accept a file. */
public final class CorpusReaders {
  private CorpusReaders() {}

  /**
   * HTML and JSON lines first: they recognise their files by content (a page opens with an HTML
   * tag, a JSON line with <code>{</code>), which a magazine dump never does, so a page or an export
   * saved as {@code .txt} still reaches its reader; the magazine reader takes the {@code .txt}
   * files left.
   */
  public static List<CorpusReader> standard() {
    return List.of(new HtmlPageReader(), new JsonLinesReader(), new MagazineIssueReader());
  }
}
