package org.yanlu.archive.corpus.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.article.DatePrecision;

/**
 * A date as pages write it ({@code 2020-10-15T10:21:00+08:00}, {@code 2020/10/15}, {@code
 * 2020年10月15日}, {@code 20201015}, {@code Thu, 15 Oct 2020 09:41:00 GMT}, {@code 2020-10}, {@code
 * 2020}), read as precisely as written.
 */
public final class PageDate {
  private static final Pattern DATE =
      Pattern.compile(
          "(?<!\\d)(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})(?!\\d)(?:\\s*[-/.月]\\s*(\\d{1,2})(?!\\d))?");
  private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern RFC_1123_START = Pattern.compile("[A-Z][a-z]{2}, \\d{1,2} [A-Z]");

  private PageDate() {}

  /** The first date in a text, or empty when it holds none (or only an impossible one). */
  public static Optional<ArticleDate> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.strip();
    try {
      Matcher compact = COMPACT_DAY.matcher(t);
      if (compact.matches()) {
        return Optional.of(day(compact.group(1), compact.group(2), compact.group(3)));
      }
      if (RFC_1123_START.matcher(t).lookingAt()) {
        // HTTP's date form, which some pages copy into <meta name="date">; the day as written.
        return Optional.of(
            new ArticleDate(
                LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(t)), DatePrecision.DAY));
      }
      if (YEAR.matcher(t).matches()) {
        return Optional.of(ArticleDate.ofYear(Integer.parseInt(t)));
      }
      Matcher m = DATE.matcher(t);
      if (!m.find()) {
        return Optional.empty();
      }
      if (m.group(3) == null) {
        return Optional.of(
            ArticleDate.ofMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      return Optional.of(day(m.group(1), m.group(2), m.group(3)));
    } catch (DateTimeException e) {
      // 2020-13-45 or a malformed HTTP date is no date; the page's other signals get their turn.
      return Optional.empty();
    }
  }

  /** Whether the text is little more than a date, as a byline's date is and a headline is not. */
  public static boolean isMostlyDate(String text) {
    Matcher m = DATE.matcher(text);
    return m.find() && (m.end() - m.start()) * 2 >= text.strip().length();
  }

  private static ArticleDate day(String year, String month, String dayOfMonth) {
    return new ArticleDate(
        LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(dayOfMonth)),
        DatePrecision.DAY);
  }
}
