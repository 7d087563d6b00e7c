package org.yanlu.archive.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes as they are over a socket and reads the answer: for requests no HTTP client would
 * send (illegal characters, broken headers, a wrong Content-Length).
 */
final class RawHttp {
  private RawHttp() {}

  /** An answer: its status (-1 when the server closed without one), headers and body. */
  record Answer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  /**
   * Sends {@code request} to the server on loopback {@code port} and reads until it closes. A
   * server may answer and close before a long request is all sent (a URI too long); the answer is
   * then read all the same, or, when the connection was reset under it, given with status -1.
   */
  static Answer send(int port, byte[] request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      try {
        socket.getOutputStream().write(request);
        socket.getOutputStream().flush();
        socket.shutdownOutput();
      } catch (SocketException e) {
        // closed by the server mid-request: what it answered may still be there to read
      }
      try {
        return parse(readAll(socket.getInputStream()));
      } catch (SocketException e) {
        return new Answer(-1, Map.of(), "connection reset: " + e.getMessage());
      }
    }
  }

  /** A request line and headers (Host and Connection: close added) with no body. */
  static byte[] get(String target, String... headers) {
    StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
    for (String h : headers) {
      request.append(h).append("\r\n");
    }
    request.append("Connection: close\r\n\r\n");
    return request.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try {
      return in.readAllBytes();
    } catch (SocketTimeoutException e) {
      throw new IOException("the server neither answered nor closed within 10 s", e);
    }
  }

  /** Reads the first answer of the bytes; a body is what follows the headers. */
  static Answer parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/") || end < 0) {
      return new Answer(-1, Map.of(), text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    String body = text.substring(end + 4);
    String length = headers.get("content-length");
    if (length != null) {
      byte[] rest = body.getBytes(StandardCharsets.UTF_8);
      int n = Math.min(rest.length, Integer.parseInt(length));
      body = new String(rest, 0, n, StandardCharsets.UTF_8);
    }
    return new Answer(status, headers, body);
  }
}
