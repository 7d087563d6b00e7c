package org.yanlu.archive.http;

/**
 * A request path that cannot be read as text: a broken %-escape (such as {@code %u4E2D}) or bytes
 * that are not UTF-8. Answered with 400, whatever resource the path would have named.
 */
public final class BadPathException extends RuntimeException {
  public BadPathException(String message) {
    super(message);
  }
}
