package org.yanlu.archive.corpus.magazine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.ArticleDate;

class EventDateFinderTest {
  private static final YearMonth ISSUE = YearMonth.of(2020, 10);
  private final EventDateFinder finder = new EventDateFinder();

  @Test
  void dayRangeGivesItsFirstDayWithTheIssueYear() {
    assertEquals(ArticleDate.ofDay(2020, 10, 12), find("10 月 12 日至 14 日，第三届数字中国建设峰会在福建省福州市举办。"));
  }

  @Test
  void fullDateIsTakenAsWritten() {
    assertEquals(ArticleDate.ofDay(2020, 7, 10), find("2020年7月10日，峰会在上海隆重召开。"));
  }

  @Test
  void monthAloneGivesMonthPrecision() {
    assertEquals(ArticleDate.ofMonth(2020, 9), find("9月份，全省互联网用户新增59.3万户。"));
  }

  @Test
  void backgroundDatesArePassedOver() {
    assertEquals(
        ArticleDate.ofDay(2020, 10, 22), find("自2019年10月31日正式启动商用以来，截至9月底已建成。10月22日，发布会举行。"));
  }

  @Test
  void storyWithoutDateInItsOpeningGetsTheIssueMonth() {
    assertEquals(ArticleDate.ofMonth(2020, 10), find("2020年中国国际信息通信展览会在北京举行。"));
  }

  @Test
  void monthFarAfterTheIssueBelongsToTheYearBefore() {
    assertEquals(
        ArticleDate.ofDay(2019, 12, 8), finder.find(List.of("12月8日，会议召开。"), YearMonth.of(2020, 3)));
    assertEquals(ArticleDate.ofDay(2020, 11, 3), find("峰会11月3日将在郑州举办。"));
  }

  private ArticleDate find(String paragraph) {
    return finder.find(List.of(paragraph), ISSUE);
  }
}
