package org.yanlu.archive.http;

/**
 * A batch of searches larger than the API runs at once; answered with 413, as a request too large
 * to serve, so that one request cannot hold the archive for long.
 */
public final class TooManyQueriesException extends RuntimeException {
  private TooManyQueriesException(String message) {
    super(message);
  }

  /** More queries than {@code limit}. */
  static TooManyQueriesException count(int count, int limit) {
    return new TooManyQueriesException(
        "一次最多检索 "
            + limit
            + " 条，这里有 "
            + count
            + " 条。A batch holds at most "
            + limit
            + " queries; this one has "
            + count
            + ".");
  }

  /** A body too large to hold {@code limit} queries of the longest length. */
  static TooManyQueriesException bytes(long limitBytes, int limit) {
    return new TooManyQueriesException(
        "请求过大：最多 "
            + limit
            + " 条检索，共 "
            + limitBytes
            + " 字节。The batch is larger than "
            + limitBytes
            + " bytes, the most "
            + limit
            + " queries can take.");
  }
}
