package org.yanlu.archive.corpus.magazine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PdfPageSplitterTest {
  private final PdfPageSplitter splitter = new PdfPageSplitter();

  @Test
  void lineStartingWithOneSpaceOpensAPageAndBlankLinesAreDropped() {
    List<DumpLine> lines = splitter.split(" 标题\n\n第一行\n\n 第二页\n\n  来源：人民日报\n\n正文");

    assertEquals(List.of("标题", "第一行", "第二页", "来源：人民日报", "正文"), texts(lines));
    assertEquals(List.of(1, 1, 2, 2, 2), lines.stream().map(DumpLine::page).toList());
    assertTrue(lines.get(2).pageStart());
    assertFalse(lines.get(3).pageStart(), "two leading spaces are indentation, not a page");
    assertEquals(5, lines.get(2).number());
  }

  @Test
  void pageThatHoldsOnlyImagesStillCounts() {
    List<DumpLine> lines = splitter.split(" 一页\n\n \n\n 三页");

    assertEquals(List.of(1, 3), lines.stream().map(DumpLine::page).toList());
  }

  private static List<String> texts(List<DumpLine> lines) {
    return lines.stream().map(DumpLine::text).toList();
  }
}
