package org.yanlu.archive.corpus.magazine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutReaderTest {
  private static final String FULL_A = "会议要求各地要加快推进网络建设和应用推广，确保年底";
  private static final String FULL_B = "前完成各项目标任务，切实抓好签约项目落地和跟踪服务";
  private static final String FULL_C = "工作，持续深化场景应用，加快推进创新中心建设工作。";

  @Test
  void shortLineWithoutSentencePunctuationBetweenParagraphsIsAHeading() {
    List<LayoutItem> items = read(" 河南人工智能产业发展呈现良好态势", FULL_A, FULL_B, FULL_C);

    assertEquals("河南人工智能产业发展呈现良好态势", heading(items.get(0)).text());
    assertEquals(4, items.size());
  }

  @Test
  void headingOverTwoLinesIsOneHeading() {
    List<LayoutItem> items = read(" 中国移动发布全球最大", "“5G ﹢北斗高精定位”系统", FULL_A, FULL_B, FULL_C);

    assertEquals(2, heading(items.get(0)).lines().size());
  }

  @Test
  void sourceLineIsReadWithItsOutletNormalised() {
    List<LayoutItem> items = read(" " + FULL_A, FULL_B, FULL_C, "来 源 ： 水 煮 通 信");

    LayoutItem.Source source = assertInstanceOf(LayoutItem.Source.class, items.get(3));
    assertEquals("水煮通信", source.outlet());
  }

  @Test
  void sourceLineVariantsGiveTheOutletAlone() {
    for (String line : List.of("（来源：新华社）", "来源：新华社 作者：张三", "文章来源｜新华社", "来 源 ： 新 华 社")) {
      List<LayoutItem> items = read(" " + FULL_A, FULL_C, line);
      LayoutItem.Source source = assertInstanceOf(LayoutItem.Source.class, items.get(2), line);
      assertEquals("新华社", source.outlet(), line);
    }
  }

  @Test
  void sentenceCitingASourceIsTextNotASourceLine() {
    List<LayoutItem> items = read(" " + FULL_A, "来源：国家统计局数据显示，前三季度增长明显，", FULL_C);

    items.forEach(i -> assertInstanceOf(LayoutItem.Text.class, i));
  }

  @Test
  void pageNumbersContentsLeadersEditorLinesAndRunningHeadsAreDropped() {
    List<DumpLine> lines =
        new PdfPageSplitter()
            .split(
                String.join(
                    "\n\n",
                    " " + FULL_A,
                    FULL_C,
                    "12",
                    "习近平：从“数字福建”到“数字中国”……………… 1",
                    "（责任编辑：张三）",
                    "文/本刊记者 李四",
                    "河南省互联网创新发展信息月报 2020 年第 10 期",
                    FULL_A,
                    FULL_C));
    List<LayoutItem> items =
        new LayoutReader("河南省互联网创新发展信息月报").read(new DropCapJoiner().join(lines));

    assertEquals(4, items.size());
    items.forEach(i -> assertInstanceOf(LayoutItem.Text.class, i));
  }

  @Test
  void captionsQrLabelsAndContactDetailsAreDropped() {
    List<LayoutItem> items =
        read(
            " " + FULL_A,
            FULL_B,
            FULL_C,
            "会议现场",
            "联盟常务副理事长、河南省联通公司副总经理王志主持会议",
            "视频直播二维码          图片直播二维码",
            "这是位于上海张江的阿里巴巴研发中心内景（7 月 3 日摄）。",
            "电 话 ：0371-65795531",
            FULL_A,
            FULL_C);

    assertEquals(5, items.size());
    items.forEach(i -> assertInstanceOf(LayoutItem.Text.class, i));
  }

  @Test
  void shortEndOfASentenceIsTextNotAHeading() {
    List<LayoutItem> items = read(" " + FULL_A, "协会将重点做好以下几方面工作：", FULL_B, FULL_C);

    items.forEach(i -> assertInstanceOf(LayoutItem.Text.class, i));
  }

  @Test
  void tableRowIsTextEvenWhenShort() {
    List<LayoutItem> items =
        read(" " + FULL_C, "5 360 www.360.cn 1036.5 -", FULL_A, FULL_B, FULL_C);

    LayoutItem.Text row = assertInstanceOf(LayoutItem.Text.class, items.get(1));
    assertEquals(true, row.tableRow());
  }

  @Test
  void proseWithSpacedNumbersIsNoTableRow() {
    assertEquals(false, TableRows.isRow("这是工信部刘烈宏副部长 9 月 27 日在上海出席 2020"));
    assertEquals(true, TableRows.isRow("互联网平台业务 45.5 12.5% 65.1%"));
  }

  private static LayoutItem.Heading heading(LayoutItem item) {
    return assertInstanceOf(LayoutItem.Heading.class, item);
  }

  private static List<LayoutItem> read(String... lines) {
    String dump = String.join("\n\n", lines);
    return new LayoutReader().read(new DropCapJoiner().join(new PdfPageSplitter().split(dump)));
  }
}
