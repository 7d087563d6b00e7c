package org.yanlu.archive.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yanlu.archive.index.ArticleFields;

/**
 * The trend service of the archive: how many articles queries and themes find per period, for the
 * themes page and the compare view. It makes the tables the same way on every host, from the counts
 * of a {@link TrendSource}.
 */
public final class Trends {
  private final TrendSource source;
  private final ThemeCatalog catalog;

  /** Checks every query of a request before any is counted. */
  private final QueryLanguage language = new QueryLanguage(new ArticleFields());

  /** The trends of the embedded index a searcher reads. */
  public Trends(Searcher searcher, ThemeCatalog catalog) {
    this(new EmbeddedTrendSource(searcher), catalog);
  }

  /** The trends a host counts, for these themes. */
  public Trends(TrendSource source, ThemeCatalog catalog) {
    this.source = source;
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
    for (String q : request.queries()) {
      language.match(q);
    }
    Optional<LocalDate[]> range = range(request.from(), request.to());
    List<Trend> trends = new ArrayList<>();
    if (range.isEmpty()) {
      request.queries().forEach(q -> trends.add(new Trend(q, 0, List.of(), List.of())));
      return new TrendTable(request.interval().lowerCase(), null, null, trends);
    }
    LocalDate from = range.get()[0];
    LocalDate to = range.get()[1];
    List<TrendPeriod> periods = TrendCounter.periods(request.interval(), from, to);
    long[] totals = source.count("", null, request.interval(), from, to, periods).perPeriod();
    for (String q : request.queries()) {
      PeriodCounts counts = source.count(q, null, request.interval(), from, to, periods);
      trends.add(
          new Trend(
              q, counts.total(), points(periods, counts.perPeriod(), totals), counts.sources()));
    }
    return new TrendTable(request.interval().lowerCase(), from, to, trends);
  }

  /** Every theme with its tagged articles per month over the archive's whole range. */
  public List<ThemeSummary> themes() {
    Optional<LocalDate[]> range = source.archiveRange();
    List<ThemeSummary> out = new ArrayList<>();
    if (range.isEmpty()) {
      for (Theme theme : catalog.themes()) {
        out.add(
            new ThemeSummary(
                theme.name(),
                theme.query(),
                theme.description(),
                0,
                List.of(),
                List.of(),
                "month"));
      }
      return out;
    }
    LocalDate to = range.get()[1];
    // By month; an archive spanning more months than a table can show (the Tang poems beside
    // today's news) by year, the most recent years that fit when even those are too many.
    Interval interval =
        ChronoUnit.MONTHS.between(range.get()[0].withDayOfMonth(1), to) < TrendCounter.MAX_PERIODS
            ? Interval.MONTH
            : Interval.YEAR;
    LocalDate earliestShown =
        interval == Interval.MONTH
            ? range.get()[0]
            : to.withDayOfYear(1).minusYears(TrendCounter.MAX_PERIODS - 1L);
    LocalDate from = range.get()[0].isBefore(earliestShown) ? earliestShown : range.get()[0];
    List<TrendPeriod> periods = TrendCounter.periods(interval, from, to);
    long[] totals = source.count("", null, interval, from, to, periods).perPeriod();
    String intervalName = interval.name().toLowerCase(Locale.ROOT);
    for (Theme theme : catalog.themes()) {
      PeriodCounts counts = source.count("", theme.name(), interval, from, to, periods);
      out.add(
          new ThemeSummary(
              theme.name(),
              theme.query(),
              theme.description(),
              counts.total(),
              points(periods, counts.perPeriod(), totals),
              counts.sources(),
              intervalName));
    }
    return out;
  }

  private Optional<LocalDate[]> range(LocalDate from, LocalDate to) {
    if (from != null && to != null) {
      return Optional.of(new LocalDate[] {from, to});
    }
    Optional<LocalDate[]> archive = source.archiveRange();
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

  private static List<TrendPoint> points(List<TrendPeriod> periods, long[] counts, long[] totals) {
    List<TrendPoint> points = new ArrayList<>(periods.size());
    for (int i = 0; i < periods.size(); i++) {
      TrendPeriod p = periods.get(i);
      points.add(TrendPoint.of(p.label(), p.start(), p.end(), counts[i], totals[i]));
    }
    return points;
  }
}
