package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Thousands of hostile requests with a fixed seed, as a careless or malicious client sends them:
 * random Unicode, fragments of the query language, long URLs, broken %-encoding and raw malformed
 * HTTP over a socket. None may be a 5xx, and every error under {@code /api/} (and every refusal of
 * the HTTP server) is the API's {@code {error, message}} JSON. The server answers the same after.
 */
class ApiFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long SEED = 20_261_130L;
  private static final int REQUESTS = 3_000;

  private static final List<String> PATHS =
      List.of(
          "/api/search",
          "/api/quotes",
          "/api/export",
          "/api/trends",
          "/api/themes",
          "/api/stats",
          "/api/health",
          "/api/articles/",
          "/api/articles/henan-internet-monthly-2020-10-p01-1",
          "/api/nothing",
          "/api/",
          "/api",
          "/api/admin/reindex");
  private static final List<String> PARAMETERS =
      List.of(
          "q",
          "q",
          "q",
          "source",
          "speaker",
          "theme",
          "month",
          "from",
          "to",
          "sort",
          "page",
          "size",
          "person",
          "organisation",
          "place",
          "format",
          "interval",
          "collapse",
          "x");
  private static final List<String> FRAGMENTS =
      List.of(
          "\"",
          "“",
          "”",
          "「",
          "」",
          "(",
          ")",
          " OR ",
          " AND ",
          "NOT ",
          "-",
          "+",
          "source:",
          "speaker:",
          "theme:",
          "*",
          "?",
          "~",
          "~2",
          "^3",
          "\\",
          "/",
          "[",
          "]",
          "{",
          "}",
          ":",
          "!",
          "&&",
          "||",
          "数字",
          "5G",
          "中国",
          "人工智能",
          " ",
          "\u3000",
          "😀",
          "數字中國",
          "１",
          "0",
          "-1",
          "2020-13",
          "2020-02-30",
          "99999999999",
          "relevance",
          "date_desc",
          "csv",
          "jsonl",
          "month",
          "");
  private static final List<String> BROKEN_ESCAPES =
      List.of(
          "%", "%Z", "%ZZ", "%E4%B8", "%C3%28", "%u4E2D", "%ED%A0%80", "%FF", "%%", "%0", "%G1");
  private static final List<String> RAW_REQUESTS =
      List.of(
          "GET / HTTP/9.9\r\nHost: x\r\n\r\n",
          "GET /api/search HTTP/1.1\r\n\r\n",
          "GET /api/search\r\n\r\n",
          "get /api/search HTTP/1.1\r\nHost: x\r\n\r\n",
          "BREW /api/search HTTP/1.1\r\nHost: x\r\n\r\n",
          "GET http://evil.example/api/search HTTP/1.1\r\nHost: x\r\n\r\n",
          "GET /api/search HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n",
          "GET /api/search HTTP/1.1\nHost: x\n\n",
          "GET /api/search HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
          "GET /api/search HTTP/1.1\r\nHost: x\r\n: empty\r\n\r\n",
          "GET /api/search HTTP/1.1\r\nHost: x\r\nX:\u0000\r\n\r\n",
          "POST /api/admin/reindex HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
          "POST /api/admin/reindex HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nshort",
          "POST /api/admin/reindex HTTP/1.1\r\n"
              + "Host: x\r\n"
              + "Content-Length: 1\r\n"
              + "Content-Length: 2\r\n\r\n",
          "POST /api/admin/reindex HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n",
          "POST /api/admin/reindex HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
              + "Content-Length: 3\r\n\r\n0\r\n\r\n",
          "GET /api/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
          "\r\n\r\n",
          "GET\r\n\r\n",
          "GET /api/search?q=%E6%95%B0 HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n\r\n",
          "GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
          "GET /api/articles/..%2F..%2Fetc%2Fpasswd HTTP/1.1\r\nHost: x\r\n\r\n",
          "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n",
          "GET /api/search HTTP/1.1\r\n"
              + "Host: x\r\n"
              + "Content-Type: application/json; charset=\u00ff\r\n\r\n",
          "GET /api/search HTTP/1.1\r\n"
              + "Host: x\r\n"
              + "Accept-Charset: nonsense\r\n"
              + "Accept: text/html\r\n\r\n",
          "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
          "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003");

  @RegisterExtension static final ArchiveServerExtension archive = ArchiveServerExtension.corpus();

  private final ArchiveServer server = archive.server();
  private final int port = server.port();

  @Test
  void hostileRequestsGetNoServerErrorAndEveryApiErrorIsOurJson() throws Exception {
    String before = server.get("/api/search?q=" + ArchiveServer.enc("数字") + "&size=3").body();
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();
    int answered = 0;
    for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
      Request request = next(random);
      RawHttp.Answer answer = RawHttp.send(port, request.bytes());
      String problem = judge(request, answer);
      if (problem != null) {
        failures.add("#" + i + " " + request.shown() + " -> " + problem);
      }
      if (answer.status() > 0) {
        answered++;
      }
    }
    assertEquals(List.of(), failures);
    assertTrue(answered > REQUESTS * 9 / 10, answered + " of " + REQUESTS + " answered");
    String after = server.get("/api/search?q=" + ArchiveServer.enc("数字") + "&size=3").body();
    assertEquals(withoutTime(before), withoutTime(after), "the same answer after the storm");
  }

  private static String withoutTime(String searchResult) {
    return searchResult.replaceAll("\"tookMs\":\\d+", "\"tookMs\":0");
  }

  /** A request as bytes, with what it was made as, for messages. */
  private record Request(byte[] bytes, String target, boolean raw) {
    String shown() {
      String text = new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.UTF_8);
      return (raw ? "raw " : "") + text.replace("\r\n", "⏎").replace("\n", "↵");
    }
  }

  /** Why an answer is wrong, or null when it is right. */
  private String judge(Request request, RawHttp.Answer answer) {
    if (answer.status() < 0) {
      // Bytes that are not HTTP, and a request so long that the server refused it before it was
      // all sent (TCP then resets the connection under the answer), may go unanswered.
      return request.raw() || request.bytes().length > 8_192 ? null : "no answer: " + answer.body();
    }
    if (answer.status() >= 500) {
      return "server error " + answer.status() + ": " + answer.body();
    }
    boolean api = request.target() == null || request.target().startsWith("/api");
    if (answer.status() >= 400 && api) {
      try {
        JsonNode body = JSON.readTree(answer.body());
        if (body == null
            || body.size() != 2
            || !body.path("error").isTextual()
            || !isBilingual(body.path("message").asText())
            || !answer.header("Content-Type").startsWith("application/json")) {
          return answer.status() + " not our JSON: " + answer.body();
        }
      } catch (IOException e) {
        return answer.status() + " not JSON: " + answer.body();
      }
    }
    return null;
  }

  /** Chinese and English: a Han character and a Latin letter. */
  private static boolean isBilingual(String message) {
    return message
            .codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        && message.codePoints().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  }

  private static Request next(Random random) {
    int kind = random.nextInt(100);
    if (kind < 45) {
      String target = path(random) + query(random, false);
      return get(target);
    }
    if (kind < 60) {
      String target = path(random) + query(random, true);
      return get(target);
    }
    if (kind < 72) {
      String id = random.nextBoolean() ? encode(text(random, 12)) : brokenText(random);
      return get(
          "/api/articles/" + id + (random.nextBoolean() ? "?q=" + encode(text(random, 6)) : ""));
    }
    if (kind < 80) {
      int length = 1_000 + random.nextInt(random.nextBoolean() ? 10_000 : 60_000);
      String q = "%E6%95%B0".repeat(length / 9 + 1);
      return get("/api/search?q=" + q.substring(0, q.length() - q.length() % 9));
    }
    if (kind < 88) {
      return raw(randomHeaders(random));
    }
    if (kind < 95) {
      return raw(RAW_REQUESTS.get(random.nextInt(RAW_REQUESTS.size())));
    }
    byte[] noise = new byte[1 + random.nextInt(300)];
    random.nextBytes(noise);
    return new Request(noise, null, true);
  }

  private static String path(Random random) {
    String path = PATHS.get(random.nextInt(PATHS.size()));
    return path.endsWith("/") && random.nextBoolean() ? path + encode(text(random, 5)) : path;
  }

  /** Up to six parameters, well encoded, or with a broken escape somewhere when asked. */
  private static String query(Random random, boolean broken) {
    int n = random.nextInt(7);
    if (n == 0 && !broken) {
      return "";
    }
    StringBuilder query = new StringBuilder("?");
    int brokenAt = broken ? random.nextInt(Math.max(1, n)) : -1;
    for (int i = 0; i < Math.max(1, n); i++) {
      if (i > 0) {
        query.append('&');
      }
      String name = PARAMETERS.get(random.nextInt(PARAMETERS.size()));
      query.append(name).append('=');
      query.append(i == brokenAt ? brokenText(random) : encode(text(random, 8)));
    }
    return query.toString();
  }

  /** Query-language fragments and random code points, up to {@code parts} pieces. */
  private static String text(Random random, int parts) {
    StringBuilder text = new StringBuilder();
    int n = 1 + random.nextInt(parts);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(3) == 0) {
        int cp;
        do {
          cp = random.nextInt(0x30000);
        } while (cp >= 0xD800 && cp <= 0xDFFF);
        text.appendCodePoint(cp);
      } else {
        text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      }
    }
    if (random.nextInt(20) == 0) {
      text.append("数".repeat(490 + random.nextInt(30)));
    }
    return text.toString();
  }

  /** Encoded text with a broken escape or raw bytes put in. */
  private static String brokenText(Random random) {
    String good = encode(text(random, 4));
    String bad = BROKEN_ESCAPES.get(random.nextInt(BROKEN_ESCAPES.size()));
    int at = random.nextInt(good.length() + 1);
    return good.substring(0, at) + bad + good.substring(at);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String randomHeaders(Random random) {
    StringBuilder request =
        new StringBuilder("GET /api/search?q=" + encode(text(random, 3)) + " HTTP/1.1\r\n");
    request.append("Host: localhost\r\n");
    int n = random.nextInt(random.nextInt(10) == 0 ? 400 : 8);
    for (int i = 0; i < n; i++) {
      String name = random.nextBoolean() ? "X-Fuzz-" + i : text(random, 2).replaceAll("[\r\n]", "");
      String value = random.nextInt(8) == 0 ? "v".repeat(random.nextInt(20_000)) : text(random, 4);
      request.append(name).append(": ").append(value.replaceAll("[\r\n]", " ")).append("\r\n");
    }
    if (random.nextInt(4) == 0) {
      request.append("Content-Length: ").append(text(random, 1)).append("\r\n");
    }
    return request.append("Connection: close\r\n\r\n").toString();
  }

  private static Request get(String target) {
    return new Request(RawHttp.get(target), target, false);
  }

  private static Request raw(String request) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(request.getBytes(StandardCharsets.UTF_8));
    return new Request(bytes.toByteArray(), null, true);
  }
}
