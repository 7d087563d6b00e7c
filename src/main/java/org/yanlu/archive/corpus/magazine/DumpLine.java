package org.yanlu.archive.corpus.magazine;

import java.util.Objects;

/**
 * One non-blank line of a magazine text dump: its 1-based line number in the file, the PDF page it
 * was on, whether it opened that page, and its text without the page-start space.
 */
public record DumpLine(int number, int page, boolean pageStart, String text) {
  public DumpLine {
    Objects.requireNonNull(text, "text");
    if (number < 1 || page < 1) {
      throw new IllegalArgumentException(
          "line and page numbers start at 1: " + number + "/" + page);
    }
  }

  public DumpLine withText(String newText) {
    return new DumpLine(number, page, pageStart, newText);
  }
}
