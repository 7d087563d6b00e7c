package org.yanlu.archive.corpus.magazine;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a dump into its non-blank lines with their PDF page: the extractor starts every page with
 * a line that begins with exactly one space, and separates PDF lines by blank lines.
 */
public final class PdfPageSplitter {

  /** The dump's lines; the page count starts at 1 even when the first line has no marker. */
  public List<DumpLine> split(String dump) {
    List<DumpLine> lines = new ArrayList<>();
    String[] raw = dump.split("\r?\n", -1);
    int page = 0;
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      boolean marker = isPageStart(line);
      if (marker || page == 0) {
        page++;
      }
      String text = stripEdges(line);
      if (!text.isEmpty()) {
        lines.add(new DumpLine(i + 1, page, marker || lines.isEmpty(), text));
      }
    }
    return lines;
  }

  /**
   * A page starts at a line whose first character is one space and whose second is not a space; a
   * lone space also counts (a page that holds only images).
   */
  static boolean isPageStart(String line) {
    if (line.isEmpty() || line.charAt(0) != ' ') {
      return false;
    }
    return line.length() == 1 || !Character.isWhitespace(line.charAt(1));
  }

  /** Trims ASCII and ideographic spaces but keeps the inside of the line as extracted. */
  static String stripEdges(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && isSpace(line.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0' || c == '\r';
  }
}
