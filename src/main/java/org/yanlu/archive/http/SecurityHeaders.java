package org.yanlu.archive.http;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;

/**
 * The headers every answer carries, pages, files and errors alike (the HTTP server's own refusals
 * included), so that no answer of the archive can be framed, sniffed into another type or leak the
 * page a reader came from.
 */
final class SecurityHeaders {
  /**
   * Scripts, styles and data only from this server, no inline script or style: a snippet that
   * somehow carried markup could still not run anything.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
          + "frame-ancestors 'none'";

  /** Each header with its value, in the order they are sent. */
  static final Map<String, String> ALL = all();

  private SecurityHeaders() {}

  private static Map<String, String> all() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    // frame-ancestors says the same to current browsers; this header is for those that predate it.
    headers.put("X-Frame-Options", "DENY");
    return Collections.unmodifiableMap(headers);
  }

  /** Adds the headers to an answer of a route or a static file. */
  static void apply(Context ctx) {
    ALL.forEach(ctx::header);
  }

  /** Adds the headers to an answer the HTTP server writes itself. */
  static void apply(HttpFields.Mutable fields) {
    ALL.forEach(fields::put);
  }
}
