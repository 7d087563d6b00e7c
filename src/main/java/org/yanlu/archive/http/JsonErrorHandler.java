package org.yanlu.archive.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler for what the HTTP server refuses before the app sees a request (a URI too
 * long, headers too large, bad UTF-8 or illegal characters in the path, a bad Content-Length):
 * answered as every error of the API is, {@code {error, message}} JSON with the security headers,
 * instead of Jetty's HTML page. Such a request often has no path to go by (Jetty names it {@code
 * /badMessage}), so every refusal is answered so, pages' paths too.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    String reason = (String) request.getAttribute(ERROR_MESSAGE);
    if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException refused) {
      status = refused.getCode();
      reason = reason == null ? refused.getReason() : reason;
    }
    if (status < 400) {
      status = HttpStatus.INTERNAL_SERVER_ERROR_500;
    }
    if (reason != null && reason.equalsIgnoreCase(HttpStatus.getMessage(status))) {
      reason = null; // "Bad Request" after "the request is malformed" says nothing more
    }
    ApiErrors.Reply reply = ApiErrors.refusal(status, reason);
    response.setStatus(reply.status());
    SecurityHeaders.apply(response.getHeaders());
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    if (HttpStatus.hasNoBody(reply.status()) || "HEAD".equals(request.getMethod())) {
      callback.succeeded();
      return true;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.write(true, ByteBuffer.wrap(body(reply)), callback);
    return true;
  }

  private static byte[] body(ApiErrors.Reply reply) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", reply.error());
    body.put("message", reply.message());
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("two strings always make JSON", e);
    }
  }
}
