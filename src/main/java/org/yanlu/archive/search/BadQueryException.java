package org.yanlu.archive.search;

/** A search request the archive cannot answer as asked: malformed query text or bad parameters. */
public final class BadQueryException extends ArchiveException {
  public BadQueryException(String message) {
    super(message);
  }

  @Override
  public String code() {
    return "bad_query";
  }
}
