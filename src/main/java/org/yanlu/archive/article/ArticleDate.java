package org.yanlu.archive.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article's date as precise as its source allows: {@code day} is the day, {@code month} is the
 * first of the month, {@code year} the first of January; {@link #UNKNOWN} has no day at all.
 */
public record ArticleDate(LocalDate day, DatePrecision precision) {

  /** The date of an article whose source gives none. */
  public static final ArticleDate UNKNOWN = new ArticleDate(null, DatePrecision.UNKNOWN);

  public ArticleDate {
    Objects.requireNonNull(precision, "precision");
    if ((day == null) != (precision == DatePrecision.UNKNOWN)) {
      throw new IllegalArgumentException("a date has a day exactly when its precision is known");
    }
    if (day != null) {
      day =
          switch (precision) {
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
            default -> day;
          };
    }
  }

  public static ArticleDate ofDay(int year, int month, int dayOfMonth) {
    return new ArticleDate(LocalDate.of(year, month, dayOfMonth), DatePrecision.DAY);
  }

  public static ArticleDate ofMonth(int year, int month) {
    return new ArticleDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
  }

  public static ArticleDate ofYear(int year) {
    return new ArticleDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; null or blank gives {@link
   * #UNKNOWN}.
   *
   * @throws IllegalArgumentException naming the text when it is none of those forms
   */
  public static ArticleDate parse(String text) {
    if (text == null || text.isBlank()) {
      return UNKNOWN;
    }
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        return ofYear(Integer.parseInt(t));
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        return ofMonth(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5)));
      }
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return new ArticleDate(LocalDate.parse(t), DatePrecision.DAY);
      }
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a real date: " + t, e);
    }
    throw new IllegalArgumentException("not a date of the form yyyy, yyyy-MM or yyyy-MM-dd: " + t);
  }

  public boolean isKnown() {
    return day != null;
  }

  /** {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy} as precise as known; null if unknown. */
  public String text() {
    if (day == null) {
      return null;
    }
    return switch (precision) {
      case DAY -> day.toString();
      case MONTH -> day.toString().substring(0, 7);
      case YEAR -> day.toString().substring(0, 4);
      case UNKNOWN -> null;
    };
  }

  /** {@code yyyy-MM} for the month facet, or null when the month is not known. */
  public String month() {
    return day == null || precision == DatePrecision.YEAR ? null : day.toString().substring(0, 7);
  }
}
