package org.yanlu.archive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.yanlu.archive.index.ArticleFields;

/**
 * The trend service of the archive: how many articles queries and themes find per period, for the
 * themes page and the compare view. It counts on the searcher's current index.
 */
public final class Trends {
  private final Searcher searcher;
  private final ThemeCatalog catalog;

  public Trends(Searcher searcher, ThemeCatalog catalog) {
    this.searcher = searcher;
    this.catalog = catalog;
  }

  public ThemeCatalog catalog() {
    return catalog;
  }

  /**
   * One curve per query of the request, with a point for every period of its range.
   *
   * @throws BadQueryException when a query is malformed or the range has too many periods
   */
  public TrendTable trends(TrendRequest request) {
    List<Query> queries = new ArrayList<>();
    for (String q : request.queries()) {
      queries.add(new ArchiveQueryParser(searcher.fields()).parseText(q).match());
    }
    return searcher.withSearcher(
        s -> {
          TrendCounter counter = new TrendCounter(s);
          Optional<LocalDate[]> range = range(counter, request.from(), request.to());
          List<Trend> trends = new ArrayList<>();
          if (range.isEmpty()) {
            request.queries().forEach(q -> trends.add(new Trend(q, 0, List.of(), List.of())));
            return new TrendTable(request.interval().lowerCase(), null, null, trends);
          }
          LocalDate from = range.get()[0];
          LocalDate to = range.get()[1];
          List<TrendCounter.Period> periods = TrendCounter.periods(request.interval(), from, to);
          long[] totals =
              counter
                  .count(new MatchAllDocsQuery(), request.interval(), from, to, periods)
                  .perPeriod();
          for (int i = 0; i < queries.size(); i++) {
            TrendCounter.Counts counts =
                counter.count(queries.get(i), request.interval(), from, to, periods);
            trends.add(
                new Trend(
                    request.queries().get(i),
                    counts.total(),
                    points(periods, counts.perPeriod(), totals),
                    counts.sources()));
          }
          return new TrendTable(request.interval().lowerCase(), from, to, trends);
        });
  }

  /** Every theme with its tagged articles per month over the archive's whole range. */
  public List<ThemeSummary> themes() {
    return searcher.withSearcher(
        s -> {
          TrendCounter counter = new TrendCounter(s);
          Optional<LocalDate[]> range = counter.archiveRange();
          List<ThemeSummary> out = new ArrayList<>();
          List<TrendCounter.Period> periods =
              range.isEmpty()
                  ? List.of()
                  : TrendCounter.periods(Interval.MONTH, range.get()[0], range.get()[1]);
          long[] totals =
              range.isEmpty()
                  ? new long[0]
                  : counter
                      .count(
                          new MatchAllDocsQuery(),
                          Interval.MONTH,
                          range.get()[0],
                          range.get()[1],
                          periods)
                      .perPeriod();
          for (Theme theme : catalog.themes()) {
            if (range.isEmpty()) {
              out.add(
                  new ThemeSummary(
                      theme.name(), theme.query(), theme.description(), 0, List.of(), List.of()));
              continue;
            }
            DrillDownQuery tagged =
                new DrillDownQuery(searcher.fields().facetsConfig(), new MatchAllDocsQuery());
            tagged.add(ArticleFields.FACET_THEME, theme.name());
            TrendCounter.Counts counts =
                counter.count(tagged, Interval.MONTH, range.get()[0], range.get()[1], periods);
            out.add(
                new ThemeSummary(
                    theme.name(),
                    theme.query(),
                    theme.description(),
                    counts.total(),
                    points(periods, counts.perPeriod(), totals),
                    counts.sources()));
          }
          return out;
        });
  }

  private static Optional<LocalDate[]> range(TrendCounter counter, LocalDate from, LocalDate to)
      throws java.io.IOException {
    if (from != null && to != null) {
      return Optional.of(new LocalDate[] {from, to});
    }
    Optional<LocalDate[]> archive = counter.archiveRange();
    if (archive.isEmpty()) {
      return from == null && to == null
          ? Optional.empty()
          : Optional.of(new LocalDate[] {from == null ? to : from, to == null ? from : to});
    }
    LocalDate start = from == null ? archive.get()[0] : from;
    LocalDate end = to == null ? archive.get()[1] : to;
    if (start.isAfter(end)) {
      throw new BadQueryException("时间范围内没有文章 / the range " + start + " to " + end + " is empty");
    }
    return Optional.of(new LocalDate[] {start, end});
  }

  private static List<TrendPoint> points(
      List<TrendCounter.Period> periods, long[] counts, long[] totals) {
    List<TrendPoint> points = new ArrayList<>(periods.size());
    for (int i = 0; i < periods.size(); i++) {
      TrendCounter.Period p = periods.get(i);
      points.add(TrendPoint.of(p.label(), p.start(), p.end(), counts[i], totals[i]));
    }
    return points;
  }
}
