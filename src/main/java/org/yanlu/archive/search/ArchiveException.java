package org.yanlu.archive.search;

/**
 * The parent of every error the search service reports to its callers, so that the HTTP layer maps
 * them to a status in one place; the message is in Chinese and English.
 */
public abstract class ArchiveException extends RuntimeException {
  protected ArchiveException(String message) {
    super(message);
  }

  protected ArchiveException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A short machine-readable code for the JSON error body, such as {@code bad_query}. */
  public abstract String code();
}
