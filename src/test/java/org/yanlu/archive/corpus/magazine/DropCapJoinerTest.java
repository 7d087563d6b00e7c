package org.yanlu.archive.corpus.magazine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DropCapJoinerTest {
  private final DropCapJoiner joiner = new DropCapJoiner();

  @Test
  void loneFirstCharacterJoinsTheLineAfterIt() {
    DropCapJoiner.Joined joined = join(" 建\n\n成开通 5G 基站 60 万个，\n\n5G 行业应用百花齐放。");

    assertEquals("建成开通 5G 基站 60 万个，", joined.lines().get(0).text());
    assertEquals(2, joined.lines().size());
    assertTrue(joined.hasDropCap(joined.lines().get(0)));
    assertTrue(joined.lines().get(0).pageStart());
  }

  @Test
  void loneFirstDigitOfADateJoinsTheLineAfterIt() {
    DropCapJoiner.Joined joined = join(" 7\n\n月 26 日，新疆阿勒泰市的村民在镇卫生院里看病。");

    assertEquals("7月 26 日，新疆阿勒泰市的村民在镇卫生院里看病。", joined.lines().get(0).text());
    assertTrue(joined.hasDropCap(joined.lines().get(0)));
  }

  @Test
  void splitFirstDigitOfAYearIsRejoined() {
    DropCapJoiner.Joined joined = join(" 2 020 年 10 月 20 日，会议在北京召开。");

    assertEquals("2020 年 10 月 20 日，会议在北京召开。", joined.lines().get(0).text());
    assertTrue(joined.hasDropCap(joined.lines().get(0)));
  }

  @Test
  void tableRowWithSpacedNumbersIsLeftAlone() {
    DropCapJoiner.Joined joined = join("5 360 www.360.cn 1036.5 -");

    assertEquals("5 360 www.360.cn 1036.5 -", joined.lines().get(0).text());
    assertFalse(joined.hasDropCap(joined.lines().get(0)));
  }

  private DropCapJoiner.Joined join(String dump) {
    List<DumpLine> lines = new PdfPageSplitter().split(dump);
    return joiner.join(lines);
  }
}
