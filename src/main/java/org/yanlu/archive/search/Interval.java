package org.yanlu.archive.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** The length of the periods a trend counts articles in: month, ISO week (from Monday) or year. */
public enum Interval {
  MONTH,
  WEEK,
  YEAR;

  /**
   * The interval a request names, month when none.
   *
   * @throws BadQueryException for any other word
   */
  public static Interval parse(String text) {
    if (text == null || text.isBlank()) {
      return MONTH;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "month" -> MONTH;
      case "week" -> WEEK;
      case "year" -> YEAR;
      default ->
          throw new BadQueryException(
              "interval 只能是 month、week 或 year / interval must be month, week or year, not " + text);
    };
  }

  /** The first day of the period that holds {@code day}. */
  LocalDate start(LocalDate day) {
    return switch (this) {
      case MONTH -> day.withDayOfMonth(1);
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case YEAR -> day.withDayOfYear(1);
    };
  }

  /** The first day of the next period. */
  LocalDate next(LocalDate start) {
    return switch (this) {
      case MONTH -> start.plusMonths(1);
      case WEEK -> start.plusWeeks(1);
      case YEAR -> start.plusYears(1);
    };
  }

  /** The period's name: {@code 2020-10}, {@code 2020-W43} or {@code 2020}. */
  String label(LocalDate start) {
    return switch (this) {
      case MONTH -> start.toString().substring(0, 7);
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              start.get(IsoFields.WEEK_BASED_YEAR),
              start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case YEAR -> String.valueOf(start.getYear());
    };
  }

  public String lowerCase() {
    return name().toLowerCase(Locale.ROOT);
  }
}
