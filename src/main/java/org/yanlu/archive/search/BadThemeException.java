package org.yanlu.archive.search;

/** A themes file the archive cannot use: unreadable, or a theme without a name or a valid query. */
public final class BadThemeException extends ArchiveException {
  public BadThemeException(String message) {
    super(message);
  }

  public BadThemeException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public String code() {
    return "bad_theme";
  }
}
