package org.yanlu.archive.corpus.magazine;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yanlu.archive.article.ArticleDate;

/**
 * Finds the date of the event a story reports: the first date its opening paragraphs give ({@code
 * 10月12日至14日} gives 2020-10-12), as precise as written. A date without a year takes the issue's
 * year (the year before when that would put it more than two months after the issue). Dates that
 * only set a background ({@code 自2019年10月31日…以来}, {@code 截至9月底}) are passed over. When the opening
 * gives no date, the story is dated to the issue's month.
 */
public final class EventDateFinder {
  /** News stories date their event in the lead; later dates are background. */
  private static final int OPENING_PARAGRAPHS = 4;

  /**
   * A date without a year at most this many months after the issue is an event it announces (the
   * October issue's summit on 3 November); a later month was last year's.
   */
  private static final int ANNOUNCED_MONTHS_AHEAD = 2;

  private static final Pattern DATE =
      Pattern.compile(
          "(?<pre>自|截至|截止|截止到|到|至)?"
              + "(?:(?<rel>今年|去年|明年)|(?<year>(?:19|20)\\d{2})年)?"
              + "(?<![\\d个.])(?<month>1[0-2]|0?[1-9])月(?:份)?"
              + "(?:(?<day>3[01]|[12]\\d|0?[1-9])日)?");

  /** The event date of a story whose paragraphs (spaces removed or not) are given. */
  public ArticleDate find(List<String> paragraphs, YearMonth issue) {
    int n = Math.min(OPENING_PARAGRAPHS, paragraphs.size());
    for (int i = 0; i < n; i++) {
      Matcher m = DATE.matcher(paragraphs.get(i).replace(" ", ""));
      while (m.find()) {
        if (m.group("pre") != null) {
          continue;
        }
        ArticleDate date = toDate(m, issue);
        if (date != null) {
          return date;
        }
      }
    }
    return ArticleDate.ofMonth(issue.getYear(), issue.getMonthValue());
  }

  private static ArticleDate toDate(Matcher m, YearMonth issue) {
    int month = Integer.parseInt(m.group("month"));
    int year;
    if (m.group("year") != null) {
      year = Integer.parseInt(m.group("year"));
    } else if ("去年".equals(m.group("rel"))) {
      year = issue.getYear() - 1;
    } else if ("明年".equals(m.group("rel"))) {
      year = issue.getYear() + 1;
    } else {
      year = issue.getYear();
      if (m.group("rel") == null
          && YearMonth.of(year, month).isAfter(issue.plusMonths(ANNOUNCED_MONTHS_AHEAD))) {
        year--;
      }
    }
    try {
      if (m.group("day") != null) {
        LocalDate d = LocalDate.of(year, month, Integer.parseInt(m.group("day")));
        return ArticleDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      }
      return ArticleDate.ofMonth(year, month);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
