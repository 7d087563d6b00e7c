package org.yanlu.archive.search;

import java.time.Duration;

/** A search took longer than the archive's time limit and was given up. */
public final class SearchTimeoutException extends ArchiveException {
  public SearchTimeoutException(Duration limit) {
    super(
        "查询超过时限（"
            + seconds(limit)
            + " 秒），请缩小范围，如加上引号、来源或日期 / the search took longer than "
            + seconds(limit)
            + " s and was stopped; narrow it down (a longer quote, an outlet, a date range)");
  }

  private static String seconds(Duration limit) {
    return limit.toMillis() % 1000 == 0
        ? String.valueOf(limit.toSeconds())
        : String.valueOf(limit.toMillis() / 1000.0);
  }

  @Override
  public String code() {
    return "search_timeout";
  }
}
