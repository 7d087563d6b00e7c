package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Facet counts, multi-select outlets, date ranges and sorting on the real corpus. */
class FacetsAndFiltersTest {
  @RegisterExtension
  static final CorpusIndexExtension index = new CorpusIndexExtension(CorpusIndex::build);

  private final Searcher searcher = index.searcher();

  @Test
  void outletCountsAddUpToTheTotal() {
    for (String q : List.of("", "5G", "数字", "\"互联网\"")) {
      SearchResult r = searcher.search(SearchRequest.of(q));
      long sum = r.facets().get("source").stream().mapToLong(FacetCount::count).sum();
      assertEquals(r.total(), sum, q);
    }
  }

  @Test
  void everyFacetIsListedEvenBeforeItsEnricherFillsIt() {
    SearchResult r = searcher.search(SearchRequest.of(""));
    assertEquals(
        List.of("source", "month", "speaker", "theme", "person", "organisation", "place"),
        List.copyOf(r.facets().keySet()));
  }

  @Test
  void aSelectedOutletFiltersHitsButTheOtherOutletsKeepTheirCounts() {
    SearchResult all = searcher.search(SearchRequest.of("5G"));
    FacetCount first = all.facets().get("source").get(0);
    SearchResult selected = searcher.search(request("5G", List.of(first.value()), null, null));
    assertEquals(first.count(), selected.total());
    selected.hits().forEach(h -> assertEquals(first.value(), h.source()));
    assertEquals(counts(all.facets().get("source")), counts(selected.facets().get("source")));
    assertTrue(
        selected.facets().get("source").stream()
            .allMatch(c -> c.selected() == c.value().equals(first.value())));
  }

  @Test
  void twoSelectedOutletsKeepArticlesOfEither() {
    List<FacetCount> outlets = searcher.search(SearchRequest.of("")).facets().get("source");
    List<String> two = List.of(outlets.get(0).value(), outlets.get(1).value());
    SearchResult r = searcher.search(request("", two, null, null));
    assertEquals(outlets.get(0).count() + outlets.get(1).count(), r.total());
  }

  @Test
  void monthFacetUsesYearDashMonth() {
    SearchResult r = searcher.search(SearchRequest.of(""));
    assertTrue(!r.facets().get("month").isEmpty());
    r.facets().get("month").forEach(c -> assertTrue(c.value().matches("\\d{4}-\\d{2}"), c.value()));
  }

  @Test
  void dateRangesAreInclusiveAtMonthAndYearPrecision() {
    List<FacetCount> months = searcher.search(SearchRequest.of("")).facets().get("month");
    FacetCount earliest = months.get(0);
    String month = earliest.value();
    assertEquals(earliest.count(), searcher.search(request("", List.of(), month, month)).total());
    assertEquals(earliest.count(), searcher.search(request("", List.of(), null, month)).total());
    assertEquals(
        earliest.count(), searcher.search(request("", List.of(), month + "-01", month)).total());
    String year = month.substring(0, 4);
    long inYear =
        months.stream().filter(m -> m.value().startsWith(year)).mapToLong(FacetCount::count).sum();
    assertTrue(searcher.search(request("", List.of(), year, year)).total() >= inYear);
    String before = String.valueOf(Integer.parseInt(year) - 1);
    assertEquals(0, searcher.search(request("", List.of(), null, before)).total());
  }

  @Test
  void impossibleDatesAreBadQueries() {
    for (String bad : List.of("2020-13", "2020-02-30", "20201", "October")) {
      String why = "a date must be a real yyyy, yyyy-MM or yyyy-MM-dd, not " + bad;
      assertTrue(
          assertThrows(BadQueryException.class, () -> request("", List.of(), bad, null), bad)
              .getMessage()
              .endsWith(why));
      assertTrue(
          assertThrows(BadQueryException.class, () -> request("", List.of(), null, bad), bad)
              .getMessage()
              .endsWith(why));
    }
    assertEquals(
        "起始日期晚于结束日期 / from (2021) is after to (2020)",
        assertThrows(BadQueryException.class, () -> request("", List.of(), "2021", "2020"))
            .getMessage());
  }

  @Test
  void dateSortsPutNewestOrOldestFirstAndUndatedLast() {
    for (Sort sort : List.of(Sort.DATE_DESC, Sort.DATE_ASC)) {
      SearchRequest request = SearchRequest.builder("").sort(sort).size(100).build();
      List<String> dates = dates(searcher.search(request));
      int firstUndated = dates.indexOf("");
      List<String> dated = firstUndated < 0 ? dates : dates.subList(0, firstUndated);
      assertTrue(dates.subList(dated.size(), dates.size()).stream().allMatch(String::isEmpty));
      java.util.Comparator<String> order =
          sort == Sort.DATE_DESC
              ? java.util.Comparator.<String>reverseOrder()
              : java.util.Comparator.<String>naturalOrder();
      assertEquals(dated.stream().sorted(order).toList(), dated, sort.label());
    }
  }

  @Test
  void pagesTileTheHitsWithoutOverlap() {
    SearchRequest first = SearchRequest.builder("").size(5).build();
    List<String> page1 = searcher.search(first).hits().stream().map(Hit::id).toList();
    List<String> page2 =
        searcher.search(first.toBuilder().page(2).size(5).build()).hits().stream()
            .map(Hit::id)
            .toList();
    List<String> both =
        searcher.search(first.toBuilder().page(1).size(10).build()).hits().stream()
            .map(Hit::id)
            .toList();
    assertEquals(both.subList(0, 5), page1);
    assertEquals(both.subList(5, Math.min(10, both.size())), page2);
  }

  private static List<String> dates(SearchResult r) {
    return r.hits().stream().map(h -> h.date() == null ? "" : h.date()).toList();
  }

  /**
   * Browsing every article answers from counts kept per searcher and a ranking that may skip hits;
   * it must answer as a search that counts everything does: here, one selecting every outlet.
   */
  @Test
  void browsingEverythingAnswersAsSelectingEveryOutletDoes() {
    List<String> outlets =
        searcher.search(SearchRequest.of("")).facets().get("source").stream()
            .map(FacetCount::value)
            .toList();
    for (Sort sort : Sort.values()) {
      for (int page = 1; page <= 4; page++) {
        SearchRequest browse = SearchRequest.builder("").sort(sort).page(page).size(5).build();
        SearchRequest everyOutlet =
            SearchRequest.builder("").sources(outlets).sort(sort).page(page).size(5).build();
        SearchResult expected = searcher.search(everyOutlet);
        for (int again = 0; again < 2; again++) {
          SearchResult r = searcher.search(browse);
          String what = sort + " page " + page;
          assertEquals(expected.total(), r.total(), what);
          assertEquals(ids(expected), ids(r), what);
          for (String dim : r.facets().keySet()) {
            assertEquals(counts(expected.facets().get(dim)), counts(r.facets().get(dim)), dim);
          }
        }
      }
    }
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  private static Map<String, Long> counts(List<FacetCount> counts) {
    return counts.stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
  }

  private static SearchRequest request(String q, List<String> sources, String from, String to) {
    return SearchRequest.builder(q).sources(sources).from(from).to(to).build();
  }
}
