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
import org.yanlu.archive.search.SearchTimeoutException;

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
    if (e instanceof BadPathException) {
      return new Reply(400, "bad_path", e.getMessage());
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
    if (e instanceof SearchTimeoutException slow) {
      return new Reply(503, slow.code(), slow.getMessage());
    }
    if (e instanceof AdminAuthException auth) {
      return auth.missing()
          ? new Reply(
              401,
              "unauthorized",
              "需要管理令牌（Authorization: Bearer …）/ this needs the admin token"
                  + " (Authorization: Bearer …)")
          : new Reply(403, "forbidden", "管理令牌不对 / the admin token is wrong");
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

  /**
   * What the HTTP server itself refuses before any route runs: a request line or header it cannot
   * parse or will not take. Its reason, such as {@code Bad UTF-8 encoding}, is short English text
   * about the request, never about the server, so it is passed on.
   */
  static Reply refusal(int status, String reason) {
    String why = reason == null || reason.isBlank() ? "" : ": " + shortened(reason);
    return switch (status) {
      case 400 -> new Reply(400, "bad_request", "请求格式有误，无法解析 / the request is malformed" + why);
      case 413 -> new Reply(413, "request_too_large", "请求太大 / the request is too large");
      case 414 ->
          new Reply(414, "uri_too_long", "网址太长，请缩短查询 / the URI is too long; shorten the query");
      case 431 -> new Reply(431, "headers_too_large", "请求头太大 / the request headers are too large");
      case 503 ->
          new Reply(503, "unavailable", "服务器暂时无法处理请求 / the server cannot take requests now");
      // A version of HTTP this server does not speak is the client's error, not a server failure.
      case 505, 426 ->
          new Reply(
              400,
              "unsupported_http_version",
              "只支持 HTTP/1.1 / this server speaks HTTP/1.1 only" + why);
      default -> status >= 500 ? internalError() : javalinReply(status);
    };
  }

  private static String shortened(String reason) {
    return reason.length() > 80 ? reason.substring(0, 80) + "…" : reason;
  }

  private static Reply internalError() {
    return new Reply(
        500, "internal_error", "服务器内部错误，请稍后再试 / internal server error, please try again later");
  }
}
