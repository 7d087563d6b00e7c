package org.yanlu.archive.search;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.yanlu.archive.index.ArticleFields;

/**
 * What a reader asks the archive: query text, filters, sort and page; checked when built, so that
 * every instance is one the searcher can answer.
 *
 * @param query the query text in the query language; "" browses all articles
 * @param sources outlets to keep (any of them); empty keeps all
 * @param speakers speakers to keep (any of them)
 * @param themes themes to keep (any of them)
 * @param months months {@code yyyy-MM} to keep (any of them)
 * @param from first day to keep: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, or null
 * @param to last day to keep, inclusive: {@code to=2020-10} keeps all of October; or null
 * @param page 1-based page number
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param people people named in the article to keep (any of them)
 * @param organisations organisations named in the article to keep (any of them)
 * @param places places named in the article to keep (any of them)
 * @param collapse true to show each syndicated story once (by its best article, the others as its
 *     copies); false to list every matching article as its own hit
 * @param since keep only articles that entered the archive after this instant (not their
 *     publication date), or null for all: "new since I last looked"
 */
public record SearchRequest(
    String query,
    List<String> sources,
    List<String> speakers,
    List<String> themes,
    List<String> months,
    String from,
    String to,
    Sort sort,
    int page,
    int size,
    List<String> people,
    List<String> organisations,
    List<String> places,
    boolean collapse,
    Instant since) {

  /** The longest query text the archive accepts. */
  public static final int MAX_QUERY_LENGTH = 500;

  /** The most hits one page may hold. */
  public static final int MAX_SIZE = 100;

  /** How deep pages may reach; all hits of a search are for {@code export}. */
  public static final int MAX_DEPTH = 10_000;

  /** The page size when none is given. */
  public static final int DEFAULT_SIZE = 10;

  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  public SearchRequest {
    query = query == null ? "" : query.strip();
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new BadQueryException(
          "查询太长（最多 "
              + MAX_QUERY_LENGTH
              + " 个字符）/ query too long: "
              + query.length()
              + " characters, at most "
              + MAX_QUERY_LENGTH);
    }
    sources = values(sources);
    speakers = values(speakers);
    themes = values(themes);
    months = values(months);
    people = values(people);
    organisations = values(organisations);
    places = values(places);
    for (String m : months) {
      checkMonth(m);
    }
    from = blankToNull(from);
    to = blankToNull(to);
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (page < 1) {
      throw new BadQueryException("页码从 1 开始 / page must be 1 or more, not " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BadQueryException(
          "每页条数须在 1 到 " + MAX_SIZE + " 之间 / size must be 1 to " + MAX_SIZE + ", not " + size);
    }
    if ((long) page * size > MAX_DEPTH) {
      throw new BadQueryException(
          "翻页太深（最多前 "
              + MAX_DEPTH
              + " 条），请用导出 / pages reach at most the first "
              + MAX_DEPTH
              + " hits; use export for all");
    }
    LocalDate first = from == null ? null : firstDay(from);
    LocalDate last = to == null ? null : lastDay(to);
    if (first != null && last != null && first.isAfter(last)) {
      throw new BadQueryException("起始日期晚于结束日期 / from (" + from + ") is after to (" + to + ")");
    }
  }

  /** A first page of {@value #DEFAULT_SIZE} hits by relevance for query text, without filters. */
  public static SearchRequest of(String query) {
    return builder(query).build();
  }

  /**
   * A builder of a request for query text: without filters, by relevance, the first page of {@value
   * #DEFAULT_SIZE} hits, each story shown once, until told otherwise.
   */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** A builder holding everything this request asks, to change a part of it. */
  public Builder toBuilder() {
    return new Builder(query)
        .sources(sources)
        .speakers(speakers)
        .themes(themes)
        .months(months)
        .from(from)
        .to(to)
        .sort(sort)
        .page(page)
        .size(size)
        .people(people)
        .organisations(organisations)
        .places(places)
        .collapse(collapse)
        .since(since);
  }

  /**
   * The parts of a {@link SearchRequest} set one by one, by name; {@link #build()} checks them all
   * at once in the record's constructor, so a builder may hold a bad value until then.
   */
  public static final class Builder {
    private String query;
    private List<String> sources = List.of();
    private List<String> speakers = List.of();
    private List<String> themes = List.of();
    private List<String> months = List.of();
    private String from;
    private String to;
    private Sort sort = Sort.RELEVANCE;
    private int page = 1;
    private int size = DEFAULT_SIZE;
    private List<String> people = List.of();
    private List<String> organisations = List.of();
    private List<String> places = List.of();
    private boolean collapse = true;
    private Instant since;

    private Builder(String query) {
      this.query = query;
    }

    /** The query text; "" browses all articles. */
    public Builder query(String text) {
      this.query = text;
      return this;
    }

    /** Outlets to keep (any of them). */
    public Builder sources(List<String> outlets) {
      this.sources = outlets;
      return this;
    }

    /** Speakers to keep (any of them). */
    public Builder speakers(List<String> names) {
      this.speakers = names;
      return this;
    }

    /** Themes to keep (any of them). */
    public Builder themes(List<String> names) {
      this.themes = names;
      return this;
    }

    /** Months {@code yyyy-MM} to keep (any of them). */
    public Builder months(List<String> yearMonths) {
      this.months = yearMonths;
      return this;
    }

    /** The first day to keep, {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; null: open. */
    public Builder from(String date) {
      this.from = date;
      return this;
    }

    /** The last day to keep, inclusive, as {@link #from(String)}; null: open. */
    public Builder to(String date) {
      this.to = date;
      return this;
    }

    /** The order of the hits; null is by relevance. */
    public Builder sort(Sort order) {
      this.sort = order;
      return this;
    }

    /** The 1-based page number. */
    public Builder page(int number) {
      this.page = number;
      return this;
    }

    /** Hits per page, 1 to {@value SearchRequest#MAX_SIZE}. */
    public Builder size(int hits) {
      this.size = hits;
      return this;
    }

    /** People named in the article to keep (any of them). */
    public Builder people(List<String> names) {
      this.people = names;
      return this;
    }

    /** Organisations named in the article to keep (any of them). */
    public Builder organisations(List<String> names) {
      this.organisations = names;
      return this;
    }

    /** Places named in the article to keep (any of them). */
    public Builder places(List<String> names) {
      this.places = names;
      return this;
    }

    /** True to show each syndicated story once, false to list every matching article. */
    public Builder collapse(boolean stories) {
      this.collapse = stories;
      return this;
    }

    /** Keep only the articles that entered the archive after this instant; null keeps all. */
    public Builder since(Instant time) {
      this.since = time;
      return this;
    }

    /**
     * The request, checked.
     *
     * @throws BadQueryException when a part is out of bounds or malformed
     */
    public SearchRequest build() {
      return new SearchRequest(
          query,
          sources,
          speakers,
          themes,
          months,
          from,
          to,
          sort,
          page,
          size,
          people,
          organisations,
          places,
          collapse,
          since);
    }
  }

  /** The selected values of each facet, by the facet's dimension. */
  public Map<String, List<String>> selections() {
    Map<String, List<String>> selected = new LinkedHashMap<>();
    selected.put(ArticleFields.FACET_SOURCE, sources);
    selected.put(ArticleFields.FACET_MONTH, months);
    selected.put(ArticleFields.FACET_SPEAKER, speakers);
    selected.put(ArticleFields.FACET_THEME, themes);
    selected.put(ArticleFields.FACET_PERSON, people);
    selected.put(ArticleFields.FACET_ORGANISATION, organisations);
    selected.put(ArticleFields.FACET_PLACE, places);
    return selected;
  }

  /**
   * Whether the request keeps every article: no outlet, speaker, theme, month, name, date or time
   * added.
   */
  boolean selectsEverything() {
    return since == null
        && sources.isEmpty()
        && speakers.isEmpty()
        && themes.isEmpty()
        && months.isEmpty()
        && people.isEmpty()
        && organisations.isEmpty()
        && places.isEmpty()
        && fromDay() == null
        && toDay() == null;
  }

  /** The first day {@code from} covers, or null when there is no lower bound. */
  public LocalDate fromDay() {
    return from == null ? null : firstDay(from);
  }

  /** The last day {@code to} covers (the month's or year's last day), or null when open. */
  public LocalDate toDay() {
    return to == null ? null : lastDay(to);
  }

  private static LocalDate firstDay(String text) {
    LocalDate[] range = range(text);
    return range[0];
  }

  private static LocalDate lastDay(String text) {
    LocalDate[] range = range(text);
    return range[1];
  }

  /** The first and last day a date of any precision covers. */
  private static LocalDate[] range(String text) {
    if (!DATE.matcher(text).matches()) {
      throw badDate(text);
    }
    try {
      int year = Integer.parseInt(text.substring(0, 4));
      if (text.length() == 4) {
        return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(text.substring(5, 7)));
      if (text.length() == 7) {
        return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
      }
      LocalDate day = month.atDay(Integer.parseInt(text.substring(8, 10)));
      return new LocalDate[] {day, day};
    } catch (DateTimeException e) {
      throw badDate(text);
    }
  }

  private static void checkMonth(String text) {
    if (!MONTH.matcher(text).matches()) {
      throw new BadQueryException("月份须写作 yyyy-MM / month must be yyyy-MM, not " + text);
    }
    range(text);
  }

  private static BadQueryException badDate(String text) {
    return new BadQueryException(
        "日期须写作 yyyy、yyyy-MM 或 yyyy-MM-dd 且真实存在 / a date must be a real yyyy, yyyy-MM or"
            + " yyyy-MM-dd, not "
            + text);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static List<String> values(List<String> list) {
    if (list == null) {
      return List.of();
    }
    return list.stream()
        .filter(Objects::nonNull)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .distinct()
        .toList();
  }
}
