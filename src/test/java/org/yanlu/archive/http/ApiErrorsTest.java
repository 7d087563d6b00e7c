package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.javalin.http.NotFoundResponse;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.search.ArticleNotFoundException;
import org.yanlu.archive.search.BadQueryException;
import org.yanlu.archive.search.IndexUnavailableException;

/** Which status and code each exception type becomes. */
class ApiErrorsTest {

  @Test
  void eachArchiveErrorHasItsStatus() {
    assertEquals(400, ApiErrors.replyTo(new BadQueryException("x")).status());
    assertEquals(404, ApiErrors.replyTo(new ArticleNotFoundException("x")).status());
    assertEquals(503, ApiErrors.replyTo(new IndexUnavailableException("x")).status());
    assertEquals(413, ApiErrors.replyTo(new QueryTooLongException(501, 500)).status());
    assertEquals(400, ApiErrors.replyTo(new BadParameterException("size", "x")).status());
    assertEquals(400, ApiErrors.replyTo(new PageOutOfRangeException(9, 2)).status());
    assertEquals(404, ApiErrors.replyTo(new NotFoundResponse()).status());
  }

  @Test
  void aBugBecomesAGeneric500ThatRevealsNothing() {
    ApiErrors.Reply reply =
        ApiErrors.replyTo(new IllegalStateException("secret path /home/index/_0.cfs"));
    assertEquals(500, reply.status());
    assertEquals("internal_error", reply.error());
    assertFalse(reply.message().contains("secret"));
    assertFalse(reply.message().contains("IllegalState"));
  }
}
