package org.yanlu.archive.corpus.magazine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The width of the text column on each PDF page, taken as the median width of the lines that run on
 * into the next one (a line that breaks mid-sentence is a full line of its column).
 */
public final class ColumnWidths {
  /**
   * Lines narrower than this (10 characters) are not measured: table cells, headings and narrow
   * sidebars would pull the median down (18–36 read this issue alike).
   */
  private static final int MIN_FULL_LINE = 20;

  /**
   * Fewer full lines than this on a page say too little about its column, so the page takes the
   * issue's usual one (up to 8 read alike; at 10 the report's table pages lose their own column).
   */
  private static final int MIN_SAMPLES = 5;

  private final Map<Integer, Integer> byPage;
  private final int usual;

  private ColumnWidths(Map<Integer, Integer> byPage, int usual) {
    this.byPage = Map.copyOf(byPage);
    this.usual = usual;
  }

  /** The columns of an issue that follows the default conventions. */
  public static ColumnWidths of(List<DumpLine> lines) {
    return of(lines, LayoutConventions.DEFAULTS);
  }

  /**
   * The columns of an issue; its table rows are not measured, and when it has too few full lines
   * its column is the one its conventions name.
   */
  public static ColumnWidths of(List<DumpLine> lines, LayoutConventions conventions) {
    Map<Integer, List<Integer>> widths = new HashMap<>();
    for (DumpLine line : lines) {
      int w = LineShape.width(line.text());
      if (w >= MIN_FULL_LINE
          && !LineShape.endsSentence(line.text())
          && !TableRows.isRow(line.text(), conventions.tableMarkers())) {
        widths.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(w);
      }
    }
    List<Integer> all = widths.values().stream().flatMap(List::stream).toList();
    int usual = all.size() >= MIN_SAMPLES ? median(all) : conventions.columnWidth();
    Map<Integer, Integer> byPage = new HashMap<>();
    // A page with few full lines (a headline page, a short text) has the usual column.
    widths.forEach((page, ws) -> byPage.put(page, ws.size() >= MIN_SAMPLES ? median(ws) : usual));
    return new ColumnWidths(byPage, usual);
  }

  private static int median(List<Integer> widths) {
    List<Integer> sorted = widths.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  /** {@code percent} % of a width, rounded down: the share of a column a rule allows. */
  static int percent(int width, int percent) {
    return width * percent / 100;
  }

  /** The column width of a page, or the usual one when the page has too few lines. */
  public int of(int page) {
    return byPage.getOrDefault(page, usual);
  }
}
