package org.yanlu.archive.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks, before any route reads them, that a request's path and query parameters are well-formed
 * %-encoded UTF-8. Without it Javalin fails on a broken escape in a path parameter (a 500) and
 * drops a parameter whose value has one, so {@code q=%ZZ} searched for everything.
 */
final class RequestEncoding {
  private RequestEncoding() {}

  /**
   * @throws BadPathException when the path has a broken escape or is not UTF-8
   * @throws BadParameterException naming the first parameter whose name or value has one
   */
  static void check(Context ctx) {
    String path = ctx.req().getRequestURI();
    if (path != null && !isWellFormed(path)) {
      throw new BadPathException(
          "网址路径的百分号编码无效 / the path has a broken %-escape or is not UTF-8: " + shown(path));
    }
    String query = ctx.queryString();
    if (query == null) {
      return;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      if (!isWellFormed(name) || !isWellFormed(value)) {
        String shownName = isWellFormed(name) ? decoded(name) : shown(name);
        throw new BadParameterException(
            shownName,
            "参数 "
                + shownName
                + " 的百分号编码无效 / parameter "
                + shownName
                + " has a broken %-escape or is not UTF-8 (each % needs two hex digits of UTF-8)");
      }
    }
  }

  /** Whether every {@code %} starts two hex digits and the bytes they give are UTF-8. */
  static boolean isWellFormed(String raw) {
    return bytes(raw) != null;
  }

  private static String decoded(String raw) {
    return new String(bytes(raw), StandardCharsets.UTF_8).replace('+', ' ');
  }

  /** The bytes a %-encoded text stands for, or null when an escape is broken or not UTF-8. */
  private static byte[] bytes(String raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      if (c == '%') {
        int high = i + 1 < raw.length() ? hex(raw.charAt(i + 1)) : -1;
        int low = i + 2 < raw.length() ? hex(raw.charAt(i + 2)) : -1;
        if (high < 0 || low < 0) {
          return null;
        }
        out.write(high * 16 + low);
        i += 3;
      } else {
        out.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(c);
      }
    }
    byte[] bytes = out.toByteArray();
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return bytes;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** An ASCII hex digit's value, or -1; {@link Character#digit} would take full-width digits. */
  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static String shown(String raw) {
    return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
  }
}
