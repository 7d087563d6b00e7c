package org.yanlu.archive.article;

/** How much of an article's date the source text gives. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR,
  UNKNOWN;

  /** The lower-case name used in JSON and the index: {@code day}, {@code month}, … */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
