package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchRequestTest {
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
        new SearchRequest(
            null, Arrays.asList(" ", null, "人民日报"), null, null, null, " ", "", null, 1, 10);
    assertEquals("", r.query());
    assertEquals(List.of("人民日报"), r.sources());
    assertNull(r.fromDay());
    assertNull(r.toDay());
    assertEquals(Sort.RELEVANCE, r.sort());
  }

  @Test
  void badPagesSizesMonthsAndSortsAreBadQueries() {
    assertThrows(BadQueryException.class, () -> SearchRequest.of("x").withPage(0, 10));
    assertThrows(BadQueryException.class, () -> SearchRequest.of("x").withPage(1, 0));
    assertThrows(BadQueryException.class, () -> SearchRequest.of("x").withPage(1, 101));
    assertThrows(BadQueryException.class, () -> SearchRequest.of("x").withPage(1001, 10));
    assertThrows(
        BadQueryException.class,
        () ->
            new SearchRequest(
                "", null, null, null, List.of("2020-13"), null, null, Sort.RELEVANCE, 1, 10));
    assertThrows(BadQueryException.class, () -> Sort.parse("newest"));
  }

  @Test
  void sortParsesItsParameterSpelling() {
    assertEquals(Sort.DATE_DESC, Sort.parse("date_desc"));
    assertEquals(Sort.DATE_ASC, Sort.parse(" DATE_ASC "));
    assertEquals(Sort.RELEVANCE, Sort.parse(null));
  }

  private static SearchRequest request(String from, String to) {
    return new SearchRequest("", null, null, null, null, from, to, Sort.RELEVANCE, 1, 10);
  }
}
