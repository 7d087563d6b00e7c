package org.yanlu.archive.enrich;

import java.util.regex.Pattern;

/**
 * Western names written in Latin letters inside Chinese text ({@code Stephen Goldsmith}), which
 * HanLP's recognisers do not see.
 */
final class LatinNames {
  /** Two or three capitalised words in a row, not part of a longer Latin run. */
  static final Pattern PATTERN =
      Pattern.compile("(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])");

  private LatinNames() {}
}
