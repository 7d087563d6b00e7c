package org.yanlu.archive.http;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.Sort;

/**
 * Reads a search's query parameters into a {@link SearchRequest}: {@code q}, repeatable {@code
 * source}, {@code month}, {@code speaker}, {@code theme}, {@code person}, {@code organisation} and
 * {@code place}, {@code from}, {@code to}, {@code since} (only the articles added to the archive
 * after that time), {@code sort}, {@code page}, {@code size} and {@code collapse}. Unknown
 * parameters are ignored. What the request record checks itself (ranges, date forms) it reports as
 * a bad query; what only the HTTP side can see (a page that is not a number, a query text too large
 * to accept) is reported here.
 */
public final class SearchParams {
  private SearchParams() {}

  /**
   * Reads the parameters of a search or export.
   *
   * @param params each parameter name with its values in order, as the servlet parsed them
   * @throws QueryTooLongException when {@code q} is longer than {@link
   *     SearchRequest#MAX_QUERY_LENGTH}
   * @throws BadParameterException when {@code page} or {@code size} is not a whole number
   */
  public static SearchRequest read(Map<String, List<String>> params) {
    SearchRequest filters = readFilters(params);
    // The page and filters are checked first, so that their errors come before collapse's.
    return filters.toBuilder().collapse(collapse(params)).build();
  }

  /**
   * {@code collapse}: {@code true} (the default) shows each syndicated story once, {@code false}
   * lists every article.
   *
   * @throws BadParameterException when it is neither
   */
  static boolean collapse(Map<String, List<String>> params) {
    String text = first(params, "collapse", "").strip();
    return switch (text) {
      case "", "true" -> true;
      case "false" -> false;
      default ->
          throw new BadParameterException(
              "collapse",
              "collapse 只能是 true 或 false / collapse must be true or false, not " + quoted(text));
    };
  }

  private static SearchRequest readFilters(Map<String, List<String>> params) {
    return SearchRequest.builder(query(params))
        .sources(all(params, "source"))
        .speakers(all(params, "speaker"))
        .themes(all(params, "theme"))
        .months(all(params, "month"))
        .from(first(params, "from", null))
        .to(first(params, "to", null))
        .sort(Sort.parse(first(params, "sort", null)))
        .page(wholeNumber(params, "page", 1))
        .size(wholeNumber(params, "size", SearchRequest.DEFAULT_SIZE))
        .people(all(params, "person"))
        .organisations(all(params, "organisation"))
        .places(all(params, "place"))
        .since(instant(params, "since"))
        .build();
  }

  /**
   * An instant such as {@code 2026-11-30T08:00:00Z} or {@code 2026-11-30T16:00:00+08:00}, or null
   * when the parameter is absent or blank.
   *
   * @throws BadParameterException when it is not an ISO-8601 date and time with an offset
   */
  static Instant instant(Map<String, List<String>> params, String name) {
    String text = first(params, name, "").strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadParameterException(
          name,
          name
              + " 须为带时区的时间，如 2026-11-30T08:00:00Z / "
              + name
              + " must be an ISO-8601 time with an offset, such as 2026-11-30T08:00:00Z, not "
              + quoted(text));
    }
  }

  /**
   * The query text {@code q}, stripped; "" when absent.
   *
   * @throws QueryTooLongException when it is longer than {@link SearchRequest#MAX_QUERY_LENGTH}
   */
  public static String query(Map<String, List<String>> params) {
    String q = first(params, "q", "").strip();
    // Checked before a request is built so that an oversized query is a 413, not a 400.
    if (q.length() > SearchRequest.MAX_QUERY_LENGTH) {
      throw new QueryTooLongException(q.length(), SearchRequest.MAX_QUERY_LENGTH);
    }
    return q;
  }

  static String first(Map<String, List<String>> params, String name, String fallback) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? fallback : values.get(0);
  }

  static List<String> all(Map<String, List<String>> params, String name) {
    return params.getOrDefault(name, List.of());
  }

  static int wholeNumber(Map<String, List<String>> params, String name, int fallback) {
    String text = first(params, name, "").strip();
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new BadParameterException(
          name, name + " 须为整数 / " + name + " must be a whole number, not " + quoted(text));
    }
  }

  private static String quoted(String text) {
    String shown = text.length() > 20 ? text.substring(0, 20) + "…" : text;
    return "\"" + shown + "\"";
  }
}
