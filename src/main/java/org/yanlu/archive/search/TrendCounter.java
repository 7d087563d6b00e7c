package org.yanlu.archive.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.yanlu.archive.index.ArticleFields;

/**
 * Counts the articles a query finds per period with the facet machinery, on one borrowed searcher:
 * the month facet for months, ranges over the day doc values for weeks and years, the source facet
 * for outlets. No stored field is read.
 */
final class TrendCounter {
  /** Outlets listed per curve. */
  static final int TOP_SOURCES = TrendSource.TOP_SOURCES;

  /** More periods than this in one table is a mistake (a decade of weeks is about 520). */
  static final int MAX_PERIODS = 1200;

  private static final int MONTH_VALUES = 100_000;

  private final FacetedIndexSearcher searcher;

  TrendCounter(FacetedIndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** The first and last day of the archive's dated articles, empty when none is dated. */
  Optional<LocalDate[]> archiveRange() throws IOException {
    byte[] min = PointValues.getMinPackedValue(searcher.getIndexReader(), ArticleFields.DAY);
    byte[] max = PointValues.getMaxPackedValue(searcher.getIndexReader(), ArticleFields.DAY);
    if (min == null || max == null) {
      return Optional.empty();
    }
    return Optional.of(
        new LocalDate[] {
          LocalDate.ofEpochDay(IntPoint.decodeDimension(min, 0)),
          LocalDate.ofEpochDay(IntPoint.decodeDimension(max, 0))
        });
  }

  /** Every period from the one holding {@code from} to the one holding {@code to}. */
  static List<TrendPeriod> periods(Interval interval, LocalDate from, LocalDate to) {
    List<TrendPeriod> periods = new ArrayList<>();
    for (LocalDate start = interval.start(from); !start.isAfter(to); start = interval.next(start)) {
      if (periods.size() == MAX_PERIODS) {
        throw new BadQueryException(
            "时间范围内的区间太多（最多 "
                + MAX_PERIODS
                + " 个）/ too many periods in the range, at most "
                + MAX_PERIODS
                + "; choose a longer interval or a shorter range");
      }
      periods.add(new TrendPeriod(interval.label(start), start, interval.next(start).minusDays(1)));
    }
    return periods;
  }

  /** Counts the articles {@code match} finds between {@code from} and {@code to}, per period. */
  PeriodCounts count(
      Query match, Interval interval, LocalDate from, LocalDate to, List<TrendPeriod> periods)
      throws IOException {
    Query query =
        new BooleanQuery.Builder()
            .add(match, BooleanClause.Occur.MUST)
            .add(
                new TermQuery(new Term(ArticleFields.KIND, ArticleFields.KIND_ARTICLE)),
                BooleanClause.Occur.FILTER)
            .add(
                IntPoint.newRangeQuery(
                    ArticleFields.DAY, (int) from.toEpochDay(), (int) to.toEpochDay()),
                BooleanClause.Occur.FILTER)
            .build();
    FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
    long total = 0;
    for (FacetsCollector.MatchingDocs docs : collected.getMatchingDocs()) {
      total += docs.totalHits;
    }
    long[] perPeriod = new long[periods.size()];
    if (searcher.facetState() == null || total == 0) {
      return new PeriodCounts(total, perPeriod, List.of());
    }
    Facets facets = new SortedSetDocValuesFacetCounts(searcher.facetState(), collected);
    if (interval == Interval.MONTH) {
      Map<String, Long> months = labels(facets, ArticleFields.FACET_MONTH, MONTH_VALUES);
      for (int i = 0; i < periods.size(); i++) {
        perPeriod[i] = months.getOrDefault(periods.get(i).label(), 0L);
      }
    } else {
      LongRange[] ranges = new LongRange[periods.size()];
      for (int i = 0; i < ranges.length; i++) {
        TrendPeriod p = periods.get(i);
        ranges[i] =
            new LongRange(p.label(), p.start().toEpochDay(), true, p.end().toEpochDay(), true);
      }
      Facets days = new LongRangeFacetCounts(ArticleFields.DAY, collected, ranges);
      Map<String, Long> byLabel = labels(days, ArticleFields.DAY, ranges.length);
      for (int i = 0; i < periods.size(); i++) {
        perPeriod[i] = byLabel.getOrDefault(periods.get(i).label(), 0L);
      }
    }
    List<FacetCount> sources = new ArrayList<>();
    labels(facets, ArticleFields.FACET_SOURCE, TOP_SOURCES)
        .forEach((label, n) -> sources.add(new FacetCount(label, n, false)));
    sources.sort((a, b) -> Long.compare(b.count(), a.count()));
    return new PeriodCounts(total, perPeriod, sources);
  }

  /** A facet's top values in the facet's order: most articles first, ties by value. */
  private static Map<String, Long> labels(Facets facets, String dim, int n) throws IOException {
    Map<String, Long> out = new LinkedHashMap<>();
    FacetResult result;
    try {
      result = facets.getTopChildren(Math.max(1, n), dim);
    } catch (IllegalArgumentException e) {
      // The dimension has no value in this index.
      return out;
    }
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        out.put(lv.label, lv.value.longValue());
      }
    }
    return out;
  }
}
