package org.yanlu.archive.http;

/** A results page past the last one of a search; answered with 400 and the last page's number. */
public final class PageOutOfRangeException extends RuntimeException {
  public PageOutOfRangeException(int page, int lastPage) {
    super(
        "第 "
            + page
            + " 页超出结果范围，最后一页是第 "
            + lastPage
            + " 页。"
            + " Page "
            + page
            + " is past the last page of the results, "
            + lastPage
            + ".");
  }
}
