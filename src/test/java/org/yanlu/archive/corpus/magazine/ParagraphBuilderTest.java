package org.yanlu.archive.corpus.magazine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphBuilderTest {

  @Test
  void sentenceBrokenAcrossLinesIsJoinedAndShortSentenceEndClosesTheParagraph() {
    List<String> paragraphs =
        build(
            " 在会议总结讲话中，尚冰表示，下一步，中国互联网",
            "协会将重点做好以下几方面工作：",
            "一是着力推动互联网与实体经济深度融合。充分发挥",
            "协会的平台作用，通过形式多样的跨行业、跨领域交流活",
            "动，促进互联网行业与实体经济产业的合作，助力新旧动",
            "能持续转换，推动融合发展。");

    assertEquals(
        List.of(
            "在会议总结讲话中，尚冰表示，下一步，中国互联网协会将重点做好以下几方面工作：",
            "一是着力推动互联网与实体经济深度融合。充分发挥协会的平台作用，通过形式多样的跨行业、跨领域"
                + "交流活动，促进互联网行业与实体经济产业的合作，助力新旧动能持续转换，推动融合发展。"),
        paragraphs);
  }

  @Test
  void latinWordsMeetingAcrossALineKeepOneSpace() {
    List<String> paragraphs =
        build(" 英国科学院院士、伦敦大学学院高级空间分析中心主任", "Michael Batty 教授深入探讨了人工智能与智慧城市面临", "的挑战。");

    assertEquals(
        List.of("英国科学院院士、伦敦大学学院高级空间分析中心主任Michael Batty教授深入探讨了人工智能与智慧城市面临的挑战。"), paragraphs);
  }

  private static List<String> build(String... lines) {
    DropCapJoiner.Joined joined =
        new DropCapJoiner().join(new PdfPageSplitter().split(String.join("\n\n", lines)));
    List<LayoutItem> items = new LayoutReader().read(joined);
    return new ParagraphBuilder(ColumnWidths.of(joined.lines()))
        .build(items).stream().map(ParagraphBuilder.Block::text).toList();
  }
}
