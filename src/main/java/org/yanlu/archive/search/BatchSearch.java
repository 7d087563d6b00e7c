package org.yanlu.archive.search;

import java.util.List;
import java.util.function.Consumer;

/**
 * Many searches at once, as a journalist checks where each name of a list appears: every query of
 * the list runs in order on one archive with the same filters, sort and page size, and a malformed
 * query is answered with its own error while the others go on. {@code POST /api/batch} and {@code
 * search --batch} both run it, so they answer alike.
 */
public final class BatchSearch {
  private final Archive archive;

  public BatchSearch(Archive archive) {
    this.archive = archive;
  }

  /**
   * One query's answer.
   *
   * @param result its first page of hits with its facet counts, or null when it was refused
   * @param error why the query was refused (malformed, too long), or null when it was answered
   */
  public record Answer(String query, SearchResult result, BadQueryException error) {}

  /**
   * Runs each query with the filters, sort and page of {@code template} (whose own query text is
   * not used), handing each answer to {@code sink} in the order of the list.
   *
   * @throws IndexUnavailableException when the host cannot answer: that stops the whole batch
   */
  public void run(List<String> queries, SearchRequest template, Consumer<Answer> sink) {
    for (String query : queries) {
      SearchResult result;
      try {
        result = archive.search(template.toBuilder().query(query).build());
      } catch (BadQueryException e) {
        sink.accept(new Answer(query, null, e));
        continue;
      }
      sink.accept(new Answer(query, result, null));
    }
  }
}
