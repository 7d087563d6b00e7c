package org.yanlu.archive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.corpus.html.OutletLine;
import org.yanlu.archive.corpus.html.PageDate;

class HtmlBylineTest {

  @Test
  void datesAreReadAsPreciselyAsPagesWriteThem() {
    assertEquals(
        Optional.of(ArticleDate.ofDay(2020, 10, 15)), PageDate.find("2020-10-15T09:41:00+08:00"));
    assertEquals(Optional.of(ArticleDate.ofDay(2020, 10, 3)), PageDate.find("2020年10月3日 10:05"));
    assertEquals(Optional.of(ArticleDate.ofDay(2020, 10, 15)), PageDate.find("2020/10/15"));
    assertEquals(Optional.of(ArticleDate.ofDay(2020, 10, 15)), PageDate.find("20201015"));
    assertEquals(Optional.of(ArticleDate.ofMonth(2020, 10)), PageDate.find("2020-10"));
    assertEquals(Optional.of(ArticleDate.ofMonth(2020, 10)), PageDate.find("2020年10月"));
    assertEquals(Optional.of(ArticleDate.ofYear(2020)), PageDate.find("2020"));
    assertEquals(
        Optional.of(ArticleDate.ofDay(2020, 10, 15)),
        PageDate.find("Thu, 15 Oct 2020 09:41:00 GMT"));
  }

  @Test
  void impossibleOrMissingDatesGiveNoDate() {
    assertEquals(Optional.empty(), PageDate.find("2020-13-45"));
    assertEquals(Optional.empty(), PageDate.find("9月25日"));
    assertEquals(Optional.empty(), PageDate.find(""));
  }

  @Test
  void bylineDateIsMostlyDateAndAHeadlineThatMentionsOneIsNot() {
    assertTrue(PageDate.isMostlyDate("2020年10月30日"));
    assertFalse(PageDate.isMostlyDate("2020年10月河南省通信业运行情况及5G基站建设进展通报"));
  }

  @Test
  void creditLineNamesTheOutletWithoutBracketsSpacesOrTheNextBylineField() {
    assertEquals(Optional.of("河南省工信厅"), OutletLine.creditedBy("来源：河南省工信厅"));
    assertEquals(Optional.of("人民邮电报"), OutletLine.creditedBy("（来源：人民邮电报）"));
    assertEquals(Optional.of("水煮通信"), OutletLine.creditedBy("来 源 ： 水 煮 通 信"));
    assertEquals(Optional.of("C114通信网"), OutletLine.creditedBy("来源: C114 通信网"));
    assertEquals(
        Optional.of("河南省互联网协会"),
        OutletLine.findIn("发布时间：2020-10-28 09:12:36 来源：河南省互联网协会 浏览次数：1024"));
    assertEquals(Optional.of("人民邮电报"), OutletLine.findIn("来源：人民邮电报 | 作者：孙永杰"));
  }

  @Test
  void longParagraphAboutSourcesIsNotACreditLine() {
    assertEquals(
        Optional.empty(),
        OutletLine.creditedBy("来源：据工信部统计，截至9月底全国已建成开通5G基站超过69万个，终端连接数超过1.6亿，5G应用不断丰富。"));
  }
}
