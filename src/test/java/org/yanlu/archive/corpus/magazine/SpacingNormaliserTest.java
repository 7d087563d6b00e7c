package org.yanlu.archive.corpus.magazine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpacingNormaliserTest {
  private final SpacingNormaliser spacing = new SpacingNormaliser();

  @Test
  void letterSpacingIsRemoved() {
    assertEquals(
        "据介绍，截至10月25日，河南省已完成5G投资", spacing.normalise("据 介 绍， 截 至 10 月 25 日， 河 南 省 已 完 成 5G 投 资"));
    assertEquals("水煮通信", spacing.normalise("水 煮 通 信"));
  }

  @Test
  void spacesBetweenChineseAndDigitsOrLatinAreRemoved() {
    assertEquals("2020年建成5G基站，AI会诊", spacing.normalise("2020 年建成 5G 基站，AI 会诊"));
    assertEquals("C114通信网", spacing.normalise("C114 通信网"));
  }

  @Test
  void spaceBetweenTwoLatinWordsStays() {
    assertEquals("主任Stephen Goldsmith分享了", spacing.normalise("主任 Stephen  Goldsmith 分享了"));
    assertEquals("在5G R15以及R16标准中", spacing.normalise("在 5G R15 以及 R16 标准中"));
  }

  @Test
  void headingKeepsItsSetGapAsOneSpace() {
    assertEquals("5G行而不辍 未来可期", spacing.normalise("5G 行而不辍     未来可期", true));
  }
}
