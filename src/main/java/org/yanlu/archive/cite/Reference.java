package org.yanlu.archive.cite;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.search.ArticleView;

/**
 * What a citation names, taken from an article as the archive holds it: the kind of work, its
 * title, where and when it was published and, for a quote, who said what. Missing parts are empty
 * or null, and every format leaves them out.
 *
 * @param id the article's id in the archive (the citation key)
 * @param kind what was cited: a newspaper or magazine article, or a web page
 * @param container the newspaper, magazine or site that printed it, or ""
 * @param date {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy} as precise as known, or null
 * @param issue the magazine's issue as printed, or ""
 * @param pages the printed pages, empty when not from print
 * @param url where it was read online, or ""
 * @param accessed the day it was cited, given for an online work
 * @param speaker for a quote, who said it; otherwise ""
 * @param quoted for a quote, the words; otherwise ""
 */
public record Reference(
    String id,
    Kind kind,
    String title,
    String subtitle,
    String container,
    String date,
    String issue,
    List<Integer> pages,
    String url,
    LocalDate accessed,
    String speaker,
    String quoted) {

  /** The kinds of work the archive holds, as citation styles tell them apart. */
  public enum Kind {
    NEWSPAPER,
    MAGAZINE,
    WEB_PAGE
  }

  public Reference {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    title = blankToEmpty(title);
    subtitle = blankToEmpty(subtitle);
    container = blankToEmpty(container);
    date = date == null || date.isBlank() ? null : date.strip();
    issue = blankToEmpty(issue);
    pages = pages == null ? List.of() : List.copyOf(pages);
    url = blankToEmpty(url);
    speaker = blankToEmpty(speaker);
    quoted = blankToEmpty(quoted);
  }

  /**
   * The reference of an article: a magazine article when it has an issue, a web page when it was
   * read online from a site that is not a newspaper's, else a newspaper article (its printed page
   * the edition); the work is the publication the archive took it from, or its outlet when it names
   * none.
   *
   * @param accessed the day of citing, which an online work's citation gives
   */
  public static Reference of(Article a, LocalDate accessed) {
    return of(
        a.id(),
        a.title(),
        a.subtitle(),
        a.source(),
        a.publication(),
        a.date().text(),
        a.issue(),
        a.pages(),
        a.url(),
        accessed);
  }

  /** The reference of an article as a reader opened it. */
  public static Reference of(ArticleView a, LocalDate accessed) {
    return of(
        a.id(),
        a.title(),
        a.subtitle(),
        a.source(),
        a.publication(),
        a.date(),
        a.issue(),
        a.pages(),
        a.url(),
        accessed);
  }

  private static Reference of(
      String id,
      String title,
      String subtitle,
      String source,
      String publication,
      String date,
      String issue,
      List<Integer> pages,
      String url,
      LocalDate accessed) {
    String container = publication == null || publication.isBlank() ? source : publication;
    boolean online = url != null && !url.isBlank();
    Kind kind =
        !blankToEmpty(issue).isEmpty()
            ? Kind.MAGAZINE
            : online && !isNewspaper(container) ? Kind.WEB_PAGE : Kind.NEWSPAPER;
    return new Reference(
        id,
        kind,
        title,
        subtitle,
        container,
        date,
        issue,
        pages,
        url,
        online ? accessed : null,
        "",
        "");
  }

  /**
   * Whether a publication's name is a newspaper's (人民邮电报), not a periodical's whose name also ends
   * in 报 (a 月报, 学报 or 画报).
   */
  private static boolean isNewspaper(String name) {
    return name.endsWith("报") && !name.matches(".*[月季年学画旬]报");
  }

  /** The same reference for a quote the article gives: who said it, and the words. */
  public Reference withQuote(Quote quote) {
    return new Reference(
        id,
        kind,
        title,
        subtitle,
        container,
        date,
        issue,
        pages,
        url,
        accessed,
        quote.speaker(),
        quote.text());
  }

  /** Whether the work was read online: its citation gives the URL and the day of access. */
  public boolean online() {
    return !url.isEmpty();
  }

  /** The year of the date, or null. */
  Integer year() {
    return date == null ? null : Integer.valueOf(date.substring(0, 4));
  }

  /** The year, month and day the date gives, as far as known: {@code [2020, 10, 20]}. */
  int[] dateParts() {
    if (date == null) {
      return new int[0];
    }
    String[] parts = date.split("-");
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      out[i] = Integer.parseInt(parts[i]);
    }
    return out;
  }

  /**
   * The magazine's issue number: the month of an issue printed as {@code yyyy-MM}, else the issue
   * as printed; "" when none.
   */
  String issueNumber() {
    if (issue.matches("\\d{4}-\\d{2}")) {
      return String.valueOf(Integer.parseInt(issue.substring(5)));
    }
    return issue;
  }

  /** The year of the issue ({@code yyyy-MM}), else of the date; null when neither gives one. */
  Integer issueYear() {
    if (issue.matches("\\d{4}-\\d{2}")) {
      return Integer.valueOf(issue.substring(0, 4));
    }
    return year();
  }

  /** The pages as a range, {@code 3} or {@code 3-5}; "" when none. */
  String pageRange(String dash) {
    if (pages.isEmpty()) {
      return "";
    }
    int first = pages.stream().mapToInt(Integer::intValue).min().orElseThrow();
    int last = pages.stream().mapToInt(Integer::intValue).max().orElseThrow();
    return first == last ? String.valueOf(first) : first + dash + last;
  }

  /** The title with its subtitle, as GB/T 7714 joins them ({@code 题名: 副题名}). */
  String fullTitle() {
    return subtitle.isEmpty() ? title : title + ": " + subtitle;
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
