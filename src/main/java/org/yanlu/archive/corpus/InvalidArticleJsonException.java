package org.yanlu.archive.corpus;

/** A JSON object that is not an article as {@code articles} writes one; the message says why. */
public final class InvalidArticleJsonException extends Exception {
  /** The reason a line without any body text is skipped, as the index summary counts it. */
  static final String NO_BODY = "no body";

  public InvalidArticleJsonException(String reason) {
    super(reason);
  }

  public InvalidArticleJsonException(String reason, Throwable cause) {
    super(reason, cause);
  }

  /** A line with no text to index: nothing of it can be kept. */
  static InvalidArticleJsonException noBody() {
    return new InvalidArticleJsonException(NO_BODY + ": needs \"paragraphs\" or \"text\"");
  }

  /** The short reason the index summary counts the line under. */
  String reason() {
    return getMessage().startsWith(NO_BODY) ? NO_BODY : "invalid article JSON";
  }
}
