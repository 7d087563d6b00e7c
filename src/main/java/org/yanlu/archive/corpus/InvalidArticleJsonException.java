package org.yanlu.archive.corpus;

/** A JSON object that is not an article as {@code articles} writes one; the message says why. */
public final class InvalidArticleJsonException extends Exception {
  public InvalidArticleJsonException(String reason) {
    super(reason);
  }

  public InvalidArticleJsonException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
