package org.yanlu.archive.search;

/** The index is missing, unreadable or closed, so no search can be answered now. */
public final class IndexUnavailableException extends ArchiveException {
  public IndexUnavailableException(String message) {
    super(message);
  }

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String code() {
    return "index_unavailable";
  }
}
