package org.yanlu.archive.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yanlu.archive.search.ArticleNotFoundException;
import org.yanlu.archive.search.BadQueryException;
import org.yanlu.archive.search.IndexUnavailableException;

/**
 * The one place where exceptions become HTTP errors: each exception type has its status and a JSON
 * body {@code {error, message}} with the message in Chinese and English. Anything not listed is a
 * bug in the server: it is logged with its stack trace and the client gets a generic 500 that
 * reveals nothing about it.
 */
public final class ApiErrors {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  /** An error as the client sees it. */
  record Reply(int status, String error, String message) {}

  private ApiErrors() {}

  /** Answers a request whose handler threw {@code e}; registered for every exception type. */
  public static void respond(Exception e, Context ctx) {
    Reply reply = replyTo(e);
    if (reply.status() == HttpStatus.INTERNAL_SERVER_ERROR.getCode()) {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
    }
    if (ctx.res().isCommitted()) {
      // A streamed export already sent its status and part of its body; an error body appended
      // to it would corrupt the file, so the response just ends and the log keeps the cause.
      LOG.warn(
          "{} {} stopped after the response had started: {}",
          ctx.method(),
          ctx.path(),
          e.toString());
      return;
    }
    write(ctx, reply);
  }

  /** Writes an error reply; also used where the handler chooses the error itself. */
  static void write(Context ctx, Reply reply) {
    ctx.status(reply.status());
    ctx.json(Map.of("error", reply.error(), "message", reply.message()));
  }

  static Reply replyTo(Exception e) {
    if (e instanceof QueryTooLongException) {
      return new Reply(413, "query_too_long", e.getMessage());
    }
    if (e instanceof TooManyQueriesException) {
      return new Reply(413, "too_many_queries", e.getMessage());
    }
    if (e instanceof BadParameterException) {
      return new Reply(400, "bad_parameter", e.getMessage());
    }
    if (e instanceof PageOutOfRangeException) {
      return new Reply(400, "page_out_of_range", e.getMessage());
    }
    if (e instanceof BadQueryException bad) {
      return new Reply(400, bad.code(), bad.getMessage());
    }
    if (e instanceof ArticleNotFoundException missing) {
      return new Reply(404, missing.code(), missing.getMessage());
    }
    if (e instanceof IndexUnavailableException down) {
      return new Reply(503, down.code(), down.getMessage());
    }
    if (e instanceof HttpResponseException http) {
      return javalinReply(http.getStatus());
    }
    return internalError();
  }

  /** Javalin's own errors: an unknown path, a wrong method. */
  private static Reply javalinReply(int status) {
    if (status == 404) {
      return new Reply(404, "not_found", "找不到这个地址 / no such resource");
    }
    if (status == 405) {
      return new Reply(405, "method_not_allowed", "不支持这种请求方法 / method not allowed");
    }
    if (status >= 500) {
      return internalError();
    }
    return new Reply(status, "http_" + status, "请求无法处理 / the request cannot be handled");
  }

  private static Reply internalError() {
    return new Reply(
        500, "internal_error", "服务器内部错误，请稍后再试 / internal server error, please try again later");
  }
}
