package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SearchRequestTest {
  @Test
  void aBuilderStartsAtTheFirstPageByRelevanceWithEachStoryOnce() {
    SearchRequest r = SearchRequest.builder("数字中国").build();
    assertEquals(
        new SearchRequest(
            "数字中国",
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            null,
            Sort.RELEVANCE,
            1,
            SearchRequest.DEFAULT_SIZE,
            List.of(),
            List.of(),
            List.of(),
            true,
            null),
        r);
    assertEquals(r, SearchRequest.of("数字中国"));
  }

  @Test
  void toBuilderKeepsEverythingButWhatIsChanged() {
    SearchRequest asked =
        SearchRequest.builder("5G")
            .sources(List.of("人民日报"))
            .speakers(List.of("邬贺铨"))
            .themes(List.of("5G"))
            .months(List.of("2020-10"))
            .from("2020")
            .to("2020-11")
            .sort(Sort.DATE_DESC)
            .page(3)
            .size(20)
            .people(List.of("刘烈宏"))
            .organisations(List.of("工信部"))
            .places(List.of("北京"))
            .collapse(false)
            .since(Instant.parse("2026-11-30T08:00:00Z"))
            .build();
    assertEquals(asked, asked.toBuilder().build());
    SearchRequest next = asked.toBuilder().query("6G").page(4).build();
    assertEquals("6G", next.query());
    assertEquals(4, next.page());
    assertEquals(asked, next.toBuilder().query("5G").page(3).build());
  }

  @Test
  void toCoversTheWholeMonthOrYearItNames() {
    assertEquals(LocalDate.of(2020, 10, 31), request("2020-10", "2020-10").toDay());
    assertEquals(LocalDate.of(2020, 10, 1), request("2020-10", "2020-10").fromDay());
    assertEquals(LocalDate.of(2020, 12, 31), request(null, "2020").toDay());
    assertEquals(LocalDate.of(2020, 2, 29), request(null, "2020-02").toDay());
    assertEquals(LocalDate.of(2020, 10, 5), request(null, "2020-10-05").toDay());
  }

  @Test
  void blankDatesAndFiltersMeanNone() {
    SearchRequest r =
        SearchRequest.builder(null)
            .sources(Arrays.asList(" ", null, "人民日报"))
            .from(" ")
            .to("")
            .build();
    assertEquals("", r.query());
    assertEquals(List.of("人民日报"), r.sources());
    assertNull(r.fromDay());
    assertNull(r.toDay());
    assertEquals(Sort.RELEVANCE, r.sort());
  }

  @Test
  void badPagesSizesMonthsAndSortsAreBadQueriesSayingWhy() {
    assertEquals(
        "页码从 1 开始 / page must be 1 or more, not 0",
        refused(() -> SearchRequest.builder("x").page(0).build()));
    assertEquals(
        "每页条数须在 1 到 100 之间 / size must be 1 to 100, not 0",
        refused(() -> SearchRequest.builder("x").size(0).build()));
    assertEquals(
        "每页条数须在 1 到 100 之间 / size must be 1 to 100, not 101",
        refused(() -> SearchRequest.builder("x").size(101).build()));
    assertTrue(
        refused(() -> SearchRequest.builder("x").page(1001).size(10).build())
            .contains("pages reach at most the first 10000 hits"));
    assertEquals(
        "月份须写作 yyyy-MM / month must be yyyy-MM, not 2020-1",
        refused(() -> SearchRequest.builder("").months(List.of("2020-1")).build()));
    assertTrue(
        refused(() -> SearchRequest.builder("").months(List.of("2020-13")).build())
            .endsWith("a date must be a real yyyy, yyyy-MM or yyyy-MM-dd, not 2020-13"));
    assertTrue(refused(() -> Sort.parse("newest")).contains("newest"));
  }

  private static String refused(Executable asking) {
    return assertThrows(BadQueryException.class, asking).getMessage();
  }

  @Test
  void sortParsesItsParameterSpelling() {
    assertEquals(Sort.DATE_DESC, Sort.parse("date_desc"));
    assertEquals(Sort.DATE_ASC, Sort.parse(" DATE_ASC "));
    assertEquals(Sort.RELEVANCE, Sort.parse(null));
  }

  private static SearchRequest request(String from, String to) {
    return SearchRequest.builder("").from(from).to(to).build();
  }
}
