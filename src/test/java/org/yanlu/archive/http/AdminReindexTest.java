package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only the holder of the admin token may reindex, wherever the request comes from. LiveIndexingTest
 * checks the 401 and 403 over HTTP; this checks the token's rule.
 */
class AdminReindexTest {
  private static final String SECRET = "s3cret-token-of-the-operator";
  private static final AdminToken TOKEN = AdminToken.of(SECRET);

  @Test
  void theTokenAsABearerHeaderIsAdmitted() {
    assertTrue(TOKEN.admits("Bearer " + SECRET));
    assertTrue(TOKEN.admits("bearer " + SECRET), "the scheme's case does not matter");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer s3cret-token-of-the-operatoR",
        "Bearer s3cret-token-of-the-operator-and-more",
        "Bearer s3cret",
        "Basic s3cret-token-of-the-operator",
        "s3cret-token-of-the-operator"
      })
  void anyOtherHeaderIsNot(String authorization) {
    assertFalse(TOKEN.admits(authorization), authorization);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Bearer", "Bearer   ", "Basic abc"})
  void aRequestWithoutABearerTokenIsMissingOne(String authorization) {
    assertTrue(AdminToken.isMissing(authorization));
    assertFalse(TOKEN.admits(authorization));
  }

  @Test
  void aServerWithoutATokenAdmitsNoOne() {
    assertFalse(AdminToken.NONE.admits("Bearer " + SECRET));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"short", "fifteen-chars-x", "has a space in the middle", "令牌令牌令牌令牌令牌令牌令牌令牌"})
  void aGuessableOrUnsendableTokenIsRefused(String secret) {
    assertThrows(IllegalArgumentException.class, () -> AdminToken.of(secret));
  }
}
