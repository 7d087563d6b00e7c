package org.yanlu.archive.search;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.yanlu.archive.index.ArticleFields;

/**
 * The top hits of a date-sorted search whose month counts are known (browsing every article),
 * ranked among the months that hold them rather than among every hit. Lucene's skipping by the
 * day's points skips only what is older than the queue's last hit so far: a window of twenty
 * thousand (a deep page) still took about 100 ms of a million articles in random order, and where
 * articles come oldest first, as a magazine's issues do, newest first it can skip none.
 */
final class DayCutoff {
  private DayCutoff() {}

  /**
   * The top {@code topN} hits of {@code query} in {@code order}: first among the articles of the
   * newest (or oldest) months whose counts add up to {@code topN}, and among all hits only when
   * those months hold fewer (articles dated by year alone count in no month).
   *
   * @param months the month facet's counts of every hit of {@code query}
   */
  static TopDocs rank(
      IndexSearcher s,
      Query query,
      Sort order,
      org.apache.lucene.search.Sort sort,
      int topN,
      List<FacetCount> months)
      throws IOException {
    Query days = days(order, months, topN);
    if (days != null) {
      TopDocs top =
          RankedHits.rankOnly(
              s,
              new BooleanQuery.Builder()
                  .add(query, BooleanClause.Occur.MUST)
                  .add(days, BooleanClause.Occur.FILTER)
                  .build(),
              sort,
              topN);
      // Every article of those days is a candidate and every other ranks after them: when they
      // fill the window, it is the window of all hits.
      if (top.scoreDocs.length == topN) {
        return top;
      }
    }
    return RankedHits.rankOnly(s, query, sort, topN);
  }

  /** The days of the fewest months at the sort's start that hold {@code topN} hits, or null. */
  static Query days(Sort order, List<FacetCount> months, int topN) {
    if (order != Sort.DATE_DESC && order != Sort.DATE_ASC) {
      return null;
    }
    boolean newestFirst = order == Sort.DATE_DESC;
    List<FacetCount> byMonth =
        months.stream()
            .sorted(
                newestFirst
                    ? Comparator.comparing(FacetCount::value).reversed()
                    : Comparator.comparing(FacetCount::value))
            .toList();
    long held = 0;
    for (FacetCount month : byMonth) {
      held += month.count();
      if (held >= topN) {
        YearMonth last = YearMonth.parse(month.value());
        return newestFirst
            ? IntPoint.newRangeQuery(
                ArticleFields.DAY, (int) last.atDay(1).toEpochDay(), Integer.MAX_VALUE)
            : IntPoint.newRangeQuery(
                ArticleFields.DAY, Integer.MIN_VALUE, (int) last.atEndOfMonth().toEpochDay());
      }
    }
    return null;
  }
}
