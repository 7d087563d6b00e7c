package org.yanlu.archive.http;

/** A query text longer than the API accepts; answered with 413, as a request too large to serve. */
public final class QueryTooLongException extends RuntimeException {
  public QueryTooLongException(int length, int limit) {
    super(
        "检索词过长："
            + length
            + " 个字符，最多 "
            + limit
            + " 个。"
            + " The query has "
            + length
            + " characters; at most "
            + limit
            + " are allowed.");
  }
}
