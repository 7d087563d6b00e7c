package org.yanlu.archive.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The secret the operator holds for admin actions ({@code POST /api/admin/…}), sent as {@code
 * Authorization: Bearer <token>}. A remote address proves nothing (behind a reverse proxy on the
 * same machine every visitor is loopback), so the token is the only key.
 */
public final class AdminToken {
  /** Shorter secrets could be guessed over the network; a generated one has 43 characters. */
  public static final int MIN_LENGTH = 16;

  /** No admin action is allowed: a server started without a token. */
  public static final AdminToken NONE = new AdminToken(null);

  private static final String BEARER = "bearer ";

  private final byte[] digest;

  private AdminToken(byte[] digest) {
    this.digest = digest;
  }

  /**
   * The token {@code secret}.
   *
   * @throws IllegalArgumentException when it is shorter than {@link #MIN_LENGTH} or holds spaces
   */
  public static AdminToken of(String secret) {
    if (secret == null || secret.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "an admin token needs at least " + MIN_LENGTH + " characters");
    }
    if (secret.chars().anyMatch(c -> c <= ' ' || c > '~')) {
      throw new IllegalArgumentException(
          "an admin token is printable ASCII without spaces, as an HTTP header carries it");
    }
    return new AdminToken(sha256(secret));
  }

  /** Whether the request carried no token at all, as opposed to a wrong one. */
  static boolean isMissing(String authorization) {
    return authorization == null
        || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)
        || authorization.substring(BEARER.length()).isBlank();
  }

  /**
   * Whether an {@code Authorization} header carries this token. Both sides are hashed first and
   * compared with {@link MessageDigest#isEqual}, whose time does not depend on where they differ,
   * nor, since digests have one length, on the length of the guess.
   */
  boolean admits(String authorization) {
    if (digest == null || isMissing(authorization)) {
      return false;
    }
    return MessageDigest.isEqual(digest, sha256(authorization.substring(BEARER.length()).strip()));
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
