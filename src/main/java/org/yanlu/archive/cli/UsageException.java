package org.yanlu.archive.cli;

/** A command line that does not fit a command's usage; the message says what is wrong. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
