package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.http.NotFoundResponse;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.search.ArticleNotFoundException;
import org.yanlu.archive.search.BadQueryException;
import org.yanlu.archive.search.IndexUnavailableException;

/** Which status and code each exception type becomes. */
class ApiErrorsTest {

  @Test
  void eachArchiveErrorHasItsStatusCodeAndMessage() {
    assertEquals(
        new ApiErrors.Reply(400, "bad_query", "why"),
        ApiErrors.replyTo(new BadQueryException("why")));
    assertEquals(
        new ApiErrors.Reply(404, "not_found", "没有这篇文章 / no article with id which"),
        ApiErrors.replyTo(new ArticleNotFoundException("which")));
    assertEquals(
        new ApiErrors.Reply(503, "index_unavailable", "down"),
        ApiErrors.replyTo(new IndexUnavailableException("down")));
    assertEquals(
        new ApiErrors.Reply(400, "bad_parameter", "size?"),
        ApiErrors.replyTo(new BadParameterException("size", "size?")));
    ApiErrors.Reply tooLong = ApiErrors.replyTo(new QueryTooLongException(501, 500));
    assertEquals(413, tooLong.status());
    assertEquals("query_too_long", tooLong.error());
    assertTrue(tooLong.message().contains("501"), tooLong.message());
    ApiErrors.Reply page = ApiErrors.replyTo(new PageOutOfRangeException(9, 2));
    assertEquals(400, page.status());
    assertEquals("page_out_of_range", page.error());
    assertTrue(page.message().contains("9") && page.message().contains("2"), page.message());
    ApiErrors.Reply nowhere = ApiErrors.replyTo(new NotFoundResponse());
    assertEquals(404, nowhere.status());
    assertEquals("not_found", nowhere.error());
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
