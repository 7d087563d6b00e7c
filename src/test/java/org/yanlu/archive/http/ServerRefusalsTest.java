package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the HTTP server refuses, and what Javalin would have failed on, comes as the API's own
 * {@code {error, message}} JSON with the right status and the security headers, never as Jetty's
 * HTML page or a 500.
 */
class ServerRefusalsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final ArchiveServerExtension archive = ArchiveServerExtension.corpus();

  private final ArchiveServer server = archive.server();
  private final int port = server.port();

  @ParameterizedTest
  @ValueSource(strings = {"%u4E2D", "%ZZ", "%E4%B8", "%C3%28", "abc%", "%%30"})
  void articleIdWithABrokenEscapeIsABadRequestNotAServerError(String id) throws Exception {
    RawHttp.Answer answer = RawHttp.send(port, RawHttp.get("/api/articles/" + id));
    assertOurError(answer, 400);
  }

  @Test
  void searchParameterWithABrokenEscapeIsABadRequestNamingIt() throws Exception {
    RawHttp.Answer q = RawHttp.send(port, RawHttp.get("/api/search?q=%ZZ"));
    assertOurError(q, 400);
    assertEquals("bad_parameter", JSON.readTree(q.body()).path("error").asText());
    assertTrue(q.body().contains("parameter q "), q.body());

    RawHttp.Answer source = RawHttp.send(port, RawHttp.get("/api/search?q=5G&source=%E4%BA"));
    assertOurError(source, 400);
    assertTrue(source.body().contains("parameter source "), source.body());

    RawHttp.Answer quotes = RawHttp.send(port, RawHttp.get("/api/quotes?speaker=%G1"));
    assertOurError(quotes, 400);
  }

  @Test
  void wellEncodedParametersStillSearch() throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(port, RawHttp.get("/api/search?q=%E6%95%B0%E5%AD%97+%225G%22&size=1"));
    assertEquals(200, answer.status(), answer.body());
    JsonNode result = JSON.readTree(answer.body());
    assertTrue(result.path("total").asLong() > 0, answer.body());
    assertEquals(1, result.path("hits").size(), answer.body());
    // The words arrived decoded: the snippet marks 5G, the quoted part of 数字 "5G".
    assertTrue(
        result.path("hits").get(0).path("snippet").asText().contains("<mark>5G</mark>"),
        answer.body());
  }

  @Test
  void uriTooLongIsA414AsJson() throws Exception {
    String q = "%E6%95%B0".repeat(4_000);
    assertOurError(RawHttp.send(port, RawHttp.get("/api/search?q=" + q)), 414);
  }

  @Test
  void headersTooLargeAreA431AsJson() throws Exception {
    String big = "X-Padding: " + "a".repeat(20_000);
    assertOurError(RawHttp.send(port, RawHttp.get("/api/health", big)), 431);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/articles/a\u0001b", "/api/articles/a b", "/api/articles/%C3%28"})
  void illegalCharactersOrBadUtf8InThePathAreA400AsJson(String target) throws Exception {
    assertOurError(RawHttp.send(port, RawHttp.get(target)), 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-1", "99999999999999999999999", "1, 2"})
  void badContentLengthIsA400AsJson(String length) throws Exception {
    byte[] request =
        ("POST /api/admin/reindex HTTP/1.1\r\nHost: localhost\r\nContent-Length: "
                + length
                + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    assertOurError(RawHttp.send(port, request), 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET /api/search HTTP/9.9", "GET /api/search"})
  void anHttpVersionTheServerDoesNotSpeakIsTheClientsErrorNotA5xx(String requestLine)
      throws Exception {
    byte[] request =
        (requestLine + "\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    assertOurError(RawHttp.send(port, request), 400);
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    List<byte[]> requests =
        List.of(
            RawHttp.get("/"),
            RawHttp.get("/app.js"),
            RawHttp.get("/api/search?q=5G"),
            RawHttp.get("/api/nothing"),
            RawHttp.get("/api/articles/%u4E2D"),
            RawHttp.get("/api/search?q=" + "a".repeat(20_000)),
            "NOT HTTP AT ALL\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    for (byte[] request : requests) {
      RawHttp.Answer answer = RawHttp.send(port, request);
      String what = new String(request, 0, Math.min(40, request.length), StandardCharsets.UTF_8);
      assertAll(
          what,
          () -> assertTrue(answer.status() > 0, "an answer"),
          () -> assertTrue(answer.header("Content-Security-Policy").contains("default-src")),
          () -> assertEquals("nosniff", answer.header("X-Content-Type-Options")),
          () -> assertEquals("no-referrer", answer.header("Referrer-Policy")),
          () -> assertEquals("DENY", answer.header("X-Frame-Options")));
    }
  }

  static void assertOurError(RawHttp.Answer answer, int status) throws IOException {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(
        answer.header("Content-Type").startsWith("application/json"), answer.headers()::toString);
    JsonNode body = JSON.readTree(answer.body());
    Set<String> names = new HashSet<>();
    body.fieldNames().forEachRemaining(names::add);
    assertEquals(Set.of("error", "message"), names, answer.body());
    assertTrue(
        body.path("message").asText().contains(" / "), "Chinese / English: " + answer.body());
  }
}
