package org.yanlu.archive.http;

/**
 * An admin action asked for without the operator's token (answered 401) or with a wrong one
 * (answered 403).
 */
public final class AdminAuthException extends RuntimeException {
  private final boolean missing;

  AdminAuthException(boolean missing) {
    super(missing ? "no admin token" : "wrong admin token");
    this.missing = missing;
  }

  /** Whether no token was sent at all, rather than a wrong one. */
  public boolean missing() {
    return missing;
  }
}
