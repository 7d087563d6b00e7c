package org.yanlu.archive.corpus.magazine;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Recognises rows of the statistics tables ({@code 5 360 www.360.cn 1036.5 -}): several
 * space-separated cells, at least two of them numbers, addresses, rank changes or the words a
 * publication prints in their place ({@link LayoutConventions#tableMarkers()}, such as 新进).
 */
public final class TableRows {
  private static final Pattern NUMERIC_CELL =
      Pattern.compile("[-+]?[\\d.,%]+|[-↑↓]\\d*|www\\..*|.*\\.(com|cn|net|org)(\\.cn)?");

  /** A row has at least a rank or name and two values. */
  private static final int MIN_CELLS = 3;

  /** Two numeric cells at least: one number beside words is prose (第 5 名). */
  private static final int MIN_NUMERIC_CELLS = 2;

  private TableRows() {}

  /** Whether a line is a table row, with the default conventions' table markers. */
  public static boolean isRow(String text) {
    return isRow(text, LayoutConventions.DEFAULTS.tableMarkers());
  }

  /** Whether a line is a table row; {@code markers} are words that count as numeric cells. */
  public static boolean isRow(String text, Collection<String> markers) {
    String[] cells = text.strip().split("\\s+");
    if (cells.length < MIN_CELLS) {
      return false;
    }
    int numeric = 0;
    for (String cell : cells) {
      // A lone character between numbers is letter-spaced prose (9 月 27 日), not a cell.
      if (cell.codePointCount(0, cell.length()) == 1 && LineShape.isCjk(cell.codePointAt(0))) {
        return false;
      }
      if (NUMERIC_CELL.matcher(cell).matches() || markers.contains(cell)) {
        numeric++;
      }
    }
    // Half the cells besides the name (which spaces may split) are numeric.
    return numeric >= MIN_NUMERIC_CELLS
        && numeric * 2 >= cells.length - 1
        && !LineShape.hasClausePunctuation(text);
  }
}
