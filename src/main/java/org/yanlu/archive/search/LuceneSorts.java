package org.yanlu.archive.search;

import org.apache.lucene.search.SortField;
import org.yanlu.archive.index.ArticleFields;

/** The archive's orders as Lucene sorts: by day or by the time added, ties by score then id. */
final class LuceneSorts {
  private LuceneSorts() {}

  /** The Lucene sort of an order other than relevance. */
  static org.apache.lucene.search.Sort of(Sort sort) {
    if (sort == Sort.ADDED_DESC) {
      SortField added = new SortField(ArticleFields.ADDED, SortField.Type.LONG, true);
      added.setMissingValue(Long.MIN_VALUE);
      // Articles added together (a whole first build) follow in publication order, newest first.
      SortField day = new SortField(ArticleFields.DAY, SortField.Type.INT, true);
      day.setMissingValue(Integer.MIN_VALUE);
      return new org.apache.lucene.search.Sort(
          added, day, SortField.FIELD_SCORE, ArticleIdOrder.ascending());
    }
    boolean newestFirst = sort == Sort.DATE_DESC;
    SortField day = new SortField(ArticleFields.DAY, SortField.Type.INT, newestFirst);
    // Undated articles come last in both orders.
    day.setMissingValue(newestFirst ? Integer.MIN_VALUE : Integer.MAX_VALUE);
    return new org.apache.lucene.search.Sort(
        day, SortField.FIELD_SCORE, ArticleIdOrder.ascending());
  }
}
