package org.yanlu.archive.corpus.magazine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Short label lines (QR codes, accounts) are furniture; the same words in running text are not. */
class FurnitureLabelsTest {
  private static final String FULL_A = "会议要求各地要加快推进网络建设和应用推广，确保年底";
  private static final String FULL_C = "工作，持续深化场景应用，加快推进创新中心建设工作。";

  @Test
  void shortLabelLinesBetweenParagraphsAreDropped() {
    List<String> text =
        read(
            " " + FULL_A,
            FULL_C,
            "视频直播二维码          图片直播二维码",
            FULL_A,
            FULL_C,
            "河南省互联网协会官方网站河南省互联网协会微信公众号",
            FULL_A,
            FULL_C,
            "欢迎投稿",
            FULL_A,
            FULL_C);

    assertEquals(List.of(FULL_A, FULL_C, FULL_A, FULL_C, FULL_A, FULL_C, FULL_A, FULL_C), text);
  }

  @Test
  void labelWordsInsideALongSentenceAreText() {
    String account = "近日，协会通过官方微信公众号发布了年度工作报告，并";
    String code = "附上二维码，方便会员单位扫码查看报告全文。";

    List<String> text = read(" " + FULL_A, FULL_C, account, code, FULL_A, FULL_C);

    assertEquals(List.of(FULL_A, FULL_C, account, code, FULL_A, FULL_C), text);
  }

  @Test
  void unpunctuatedLinesOfABrokenSentenceThatHoldLabelWordsAreText() {
    String broken = "会议期间各会员单位可通过以下渠道参与活动，欢迎";
    String account = "及时获取行业动态的各会员单位关注协会微信公众号";
    String rest = "或者扫描会场二维码即可参与线上互动投票和观看直播";
    String end = "回放。";

    List<String> text = read(" " + FULL_A, FULL_C, broken, account, rest, end, FULL_A, FULL_C);

    assertEquals(List.of(FULL_A, FULL_C, broken, account, rest, end, FULL_A, FULL_C), text);
  }

  private static List<String> read(String... lines) {
    String dump = String.join("\n\n", lines);
    return new LayoutReader()
        .read(new DropCapJoiner().join(new PdfPageSplitter().split(dump))).stream()
            .map(i -> assertInstanceOf(LayoutItem.Text.class, i, i::toString).line().text())
            .toList();
  }
}
