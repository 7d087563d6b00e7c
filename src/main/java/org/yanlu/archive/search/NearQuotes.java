package org.yanlu.archive.search;

import java.util.function.Function;

/**
 * When the exact quotes of a search find nothing, the closest passages instead: the same search
 * with its quotes taken approximately ({@code "…"~}), flagged {@code near} so that the reader is
 * told there was no exact match. One rule for both hosts.
 */
public final class NearQuotes {
  private NearQuotes() {}

  /** The search as asked, or its closest passages when it found nothing and holds a quote. */
  public static SearchResult search(
      SearchRequest request, Function<SearchRequest, SearchResult> host) {
    SearchResult exact = host.apply(request);
    String near = exact.total() > 0 ? null : nearText(request.query());
    if (near == null) {
      return exact;
    }
    SearchResult closest = host.apply(request.toBuilder().query(near).build());
    return closest.total() == 0 ? exact : closest.asNear();
  }

  /** The quotes as asked, or the closest quotes when none matched and the text holds a quote. */
  public static QuoteResult quotes(QuoteRequest request, Function<QuoteRequest, QuoteResult> host) {
    QuoteResult exact = host.apply(request);
    String near = exact.total() > 0 ? null : nearText(request.query());
    if (near == null) {
      return exact;
    }
    QuoteResult closest = host.apply(request.withQuery(near));
    return closest.total() == 0 ? exact : closest.asNear();
  }

  private static String nearText(String query) {
    String near = QuerySyntax.approximately(query);
    return near == null || near.length() > SearchRequest.MAX_QUERY_LENGTH ? null : near;
  }
}
