package org.yanlu.archive.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An article id made from what identifies the article in its source (a canonical URL, a file name,
 * source + title + date): a format prefix and a short hash, the same on every rebuild.
 */
final class StableId {
  /** Hex digits kept of the SHA-256: 48 bits, no collision in any archive of realistic size. */
  private static final int HASH_DIGITS = 12;

  private StableId() {}

  /** {@code prefix-<hash>} of the parts, each part kept apart so ("ab","c") ≠ ("a","bc"). */
  static String of(String prefix, String... parts) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    for (String part : parts) {
      sha.update(part.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return prefix + "-" + HexFormat.of().formatHex(sha.digest()).substring(0, HASH_DIGITS);
  }
}
