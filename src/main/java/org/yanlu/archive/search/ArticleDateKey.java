package org.yanlu.archive.search;

import java.time.LocalDate;
import org.yanlu.archive.article.ArticleDate;

/** The day an article's date text sorts by, as the index's day field holds it. */
final class ArticleDateKey {
  private ArticleDateKey() {}

  /** The first day of {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
  static LocalDate of(String date) {
    return ArticleDate.parse(date).day();
  }
}
