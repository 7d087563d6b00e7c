package org.yanlu.archive.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The server's access log: one line per request with method, path, status and time taken. */
final class RequestLog implements RequestLogger {
  private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

  @Override
  public void handle(Context ctx, Float millis) {
    String query = ctx.queryString();
    LOG.info(
        String.format(
            Locale.ROOT,
            "%s %s%s %d %.1f ms",
            ctx.method(),
            ctx.path(),
            query == null ? "" : "?" + query,
            ctx.statusCode(),
            millis));
  }
}
