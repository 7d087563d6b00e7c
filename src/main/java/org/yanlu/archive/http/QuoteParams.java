package org.yanlu.archive.http;

import java.util.List;
import java.util.Map;
import org.yanlu.archive.search.QuoteRequest;
import org.yanlu.archive.search.SearchRequest;

/**
 * Reads a quote search's query parameters into a {@link QuoteRequest}: {@code q}, repeatable {@code
 * speaker} and {@code source}, {@code page} and {@code size}, checked as an article search's are.
 * Unknown parameters are ignored.
 */
final class QuoteParams {
  private QuoteParams() {}

  /**
   * Reads the parameters of a quote search.
   *
   * @throws QueryTooLongException when {@code q} is too long
   * @throws BadParameterException when {@code page} or {@code size} is not a whole number
   */
  static QuoteRequest read(Map<String, List<String>> params) {
    return new QuoteRequest(
        SearchParams.query(params),
        SearchParams.all(params, "speaker"),
        SearchParams.all(params, "source"),
        SearchParams.wholeNumber(params, "page", 1),
        SearchParams.wholeNumber(params, "size", SearchRequest.DEFAULT_SIZE));
  }
}
