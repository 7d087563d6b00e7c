package org.yanlu.archive.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a trend table counts: one to five queries, per period of an interval, between two days
 * (either open: then the archive's first or last dated article bounds it).
 *
 * @param from the first day counted, or null
 * @param to the last day counted, or null
 */
public record TrendRequest(List<String> queries, Interval interval, LocalDate from, LocalDate to) {
  /** How many curves one table compares at most. */
  public static final int MAX_QUERIES = 5;

  public TrendRequest {
    queries =
        queries == null
            ? List.of()
            : queries.stream().filter(Objects::nonNull).map(String::strip).toList();
    if (queries.isEmpty() || queries.size() > MAX_QUERIES) {
      throw new BadQueryException(
          "趋势需要 1 到 5 个查询 / a trend needs 1 to 5 queries (q), not " + queries.size());
    }
    if (queries.stream().anyMatch(String::isEmpty)) {
      throw new BadQueryException("趋势的查询不能为空 / a trend query cannot be empty");
    }
    for (String q : queries) {
      if (q.length() > SearchRequest.MAX_QUERY_LENGTH) {
        throw new BadQueryException("查询太长 / query too long: " + q.length() + " characters");
      }
    }
    Objects.requireNonNull(interval, "interval");
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadQueryException("起始日期晚于结束日期 / from " + from + " is after to " + to);
    }
  }

  /**
   * A request from the texts of an HTTP query: dates as in search ({@code yyyy}, {@code yyyy-MM} or
   * {@code yyyy-MM-dd}, covering the whole month or year).
   *
   * @throws BadQueryException when a date or the interval is malformed
   */
  public static TrendRequest of(List<String> queries, String interval, String from, String to) {
    SearchRequest dates = SearchRequest.builder("").from(from).to(to).build();
    return new TrendRequest(queries, Interval.parse(interval), dates.fromDay(), dates.toDay());
  }
}
