package org.yanlu.archive.http;

/**
 * A request parameter that the API cannot accept (a malformed date, a size out of range); answered
 * with 400 and a message, in Chinese and English, that names the parameter.
 */
public final class BadParameterException extends RuntimeException {
  private final String parameter;

  public BadParameterException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The name of the offending query parameter, such as {@code size}. */
  public String parameter() {
    return parameter;
  }
}
