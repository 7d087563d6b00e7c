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
  /** The column of this magazine's body text: 25 CJK characters, used when a page says nothing. */
  static final int DEFAULT_WIDTH = 50;

  private static final int MIN_FULL_LINE = 20;

  private final Map<Integer, Integer> byPage;

  private ColumnWidths(Map<Integer, Integer> byPage) {
    this.byPage = Map.copyOf(byPage);
  }

  public static ColumnWidths of(List<DumpLine> lines) {
    Map<Integer, List<Integer>> widths = new HashMap<>();
    for (DumpLine line : lines) {
      int w = LineShape.width(line.text());
      if (w >= MIN_FULL_LINE
          && !LineShape.endsSentence(line.text())
          && !TableRows.isRow(line.text())) {
        widths.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(w);
      }
    }
    Map<Integer, Integer> median = new HashMap<>();
    widths.forEach(
        (page, ws) -> {
          if (ws.size() >= 3) {
            List<Integer> sorted = ws.stream().sorted().toList();
            median.put(page, sorted.get(sorted.size() / 2));
          }
        });
    return new ColumnWidths(median);
  }

  /** The column width of a page, or the magazine's usual one when the page has too few lines. */
  public int of(int page) {
    return byPage.getOrDefault(page, DEFAULT_WIDTH);
  }
}
