package org.yanlu.archive.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArticleDateTest {

  @Test
  void parsesEachPrecisionAndPrintsItBack() {
    assertEquals("2020-10-12", ArticleDate.parse("2020-10-12").text());
    assertEquals("2020-10", ArticleDate.parse("2020-10").text());
    assertEquals("2020", ArticleDate.parse("2020").text());
    assertEquals(DatePrecision.MONTH, ArticleDate.parse("2020-10").precision());
  }

  @Test
  void blankIsUnknownWithNoText() {
    assertEquals(ArticleDate.UNKNOWN, ArticleDate.parse(" "));
    assertNull(ArticleDate.UNKNOWN.text());
    assertNull(ArticleDate.UNKNOWN.month());
  }

  @Test
  void rejectsMonthThirteenAndOtherShapes() {
    assertThrows(IllegalArgumentException.class, () -> ArticleDate.parse("2020-13"));
    assertThrows(IllegalArgumentException.class, () -> ArticleDate.parse("2020-02-30"));
    assertThrows(IllegalArgumentException.class, () -> ArticleDate.parse("20201012"));
  }

  @Test
  void monthOfAYearOnlyDateIsUnknown() {
    assertNull(ArticleDate.ofYear(2020).month());
    assertEquals("2020-10", ArticleDate.ofDay(2020, 10, 12).month());
  }
}
