package org.yanlu.archive.search;

import java.util.List;

/**
 * What a reader asks of the quotes: query text over what was said, the speakers and outlets to
 * keep, and the page; checked when built with the same limits and messages as an article search.
 *
 * @param query the query text in the query language; "" lists every quote
 * @param speakers speakers to keep (any of them); empty keeps all
 * @param sources outlets to keep (any of them); empty keeps all
 * @param page 1-based page number
 * @param size hits per page, 1 to {@value SearchRequest#MAX_SIZE}
 */
public record QuoteRequest(
    String query, List<String> speakers, List<String> sources, int page, int size) {
  public QuoteRequest {
    // An article search with the same text, filters and page checks them all, so that both
    // endpoints refuse the same input with the same words.
    SearchRequest checked =
        SearchRequest.builder(query)
            .sources(sources)
            .speakers(speakers)
            .page(page)
            .size(size)
            .build();
    query = checked.query();
    speakers = checked.speakers();
    sources = checked.sources();
  }

  /** A first page of quotes for query text, without filters. */
  public static QuoteRequest of(String query) {
    return new QuoteRequest(query, List.of(), List.of(), 1, SearchRequest.DEFAULT_SIZE);
  }

  /** Every quote of one speaker, first page of {@code size}. */
  public static QuoteRequest bySpeaker(String speaker, int size) {
    return new QuoteRequest("", List.of(speaker), List.of(), 1, size);
  }

  /** The same request for other query text, with the same filters and page. */
  public QuoteRequest withQuery(String text) {
    return new QuoteRequest(text, speakers, sources, page, size);
  }
}
