package org.yanlu.archive.corpus.magazine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default conventions recognise what other publications and agencies print. */
class LayoutConventionsTest {
  private static final String FULL_A = "会议要求各地要加快推进网络建设和应用推广，确保年底";
  private static final String FULL_B = "前完成各项目标任务，切实抓好签约项目落地和跟踪服务";
  private static final String FULL_C = "工作，持续深化场景应用，加快推进创新中心建设工作。";

  @Test
  void anotherAgencysPhotoCreditIsRecognisedByDefault() {
    List<String> text =
        read(
            " " + FULL_A,
            FULL_B,
            FULL_C,
            "参会嘉宾在论坛上交流。中新社发",
            FULL_A,
            FULL_C,
            "无人机航拍下的郑东新区夜景。人民视觉供图",
            FULL_A,
            FULL_C,
            "工人在智能终端产业园的生产线上组装手机。",
            "新华社记者 李贺 摄",
            FULL_A,
            FULL_C);

    assertEquals(
        List.of(FULL_A, FULL_B, FULL_C, FULL_A, FULL_C, FULL_A, FULL_C, FULL_A, FULL_C), text);
  }

  @Test
  void creditWordsGoingOnIntoASentenceAreText() {
    String agency = "新华社发布消息称，全国已建成5G基站超过60万个。";
    String camera = "记者在现场拍摄到了无人机巡检输电线路的全过程。";

    List<String> text = read(" " + FULL_A, FULL_C, agency, camera, FULL_A, FULL_C);

    assertEquals(List.of(FULL_A, FULL_C, agency, camera, FULL_A, FULL_C), text);
  }

  @Test
  void endMarkersOfOtherFormsAreDropped() {
    List<String> text =
        read(" " + FULL_A, FULL_C, "（完）", FULL_A, FULL_C, "【全文完】", FULL_A, FULL_C, "（ 连 载 完 ）");

    assertEquals(List.of(FULL_A, FULL_C, FULL_A, FULL_C, FULL_A, FULL_C), text);
  }

  @Test
  void seriesMarksOfOtherFormsAreRecognised() {
    LayoutReader reader = new LayoutReader();
    for (String mark : List.of("【连载四】", "（连载五）", "【系列报道之三】", "（ 连 载 二 ）")) {
      assertTrue(reader.isSeriesMark(mark), mark);
    }
    assertEquals(false, reader.isSeriesMark("【专题】"));
  }

  @Test
  void tableMarkersAreTheConventionsWords() {
    String row = "3 郑州市人民政府 上升 下降";

    assertEquals(false, TableRows.isRow(row));
    assertEquals(true, TableRows.isRow(row, List.of("上升", "下降")));
  }

  @Test
  void aColumnTooNarrowForBodyTextIsRejected() {
    LayoutConventions d = LayoutConventions.DEFAULTS;
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new LayoutConventions(
                    d.photoCredits(),
                    d.captionEndings(),
                    d.endMarkers(),
                    d.seriesMarks(),
                    d.tableMarkers(),
                    d.partNames(),
                    10));
    assertTrue(e.getMessage().contains("columnWidth"), e.getMessage());
  }

  /** The text lines the layout reader keeps, in order. */
  private static List<String> read(String... lines) {
    String dump = String.join("\n\n", lines);
    return new LayoutReader()
        .read(new DropCapJoiner().join(new PdfPageSplitter().split(dump))).stream()
            .map(i -> assertTextLine(i))
            .toList();
  }

  private static String assertTextLine(LayoutItem item) {
    assertTrue(item instanceof LayoutItem.Text, () -> "not a text line: " + item);
    return ((LayoutItem.Text) item).line().text();
  }
}
