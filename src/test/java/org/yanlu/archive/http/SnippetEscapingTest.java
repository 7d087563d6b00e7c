package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Markup in a source's text reaches clients as text: the real corpus plus one small magazine issue
 * whose article quotes a {@code <script>} element.
 */
class SnippetEscapingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final ArchiveServerExtension archive =
      ArchiveServerExtension.corpusOf(
          corpus -> {
            ArchiveServerExtension.copyFiles(corpus, ArchiveServer.CORPUS.toString());
            Files.writeString(
                corpus.resolve("security-weekly-2021-03.txt"),
                String.join(
                    "\n\n",
                    " 网页注入攻击再现",
                    "研究人员在留言板中发现一段代码<script>alert(1)</script>，可在访客浏览器中执行。",
                    "专家提醒，网站必须对用户输入进行转义处理。",
                    "来源：安全周刊",
                    ""));
            Files.writeString(
                corpus.resolve("security-weekly-2021-03.meta.json"),
                "{\"publication\": \"安全周刊\", \"issueDate\": \"2021-03\", \"language\": \"zh\"}");
          });

  private final ArchiveServer server = archive.server();

  @Test
  void scriptInSourceTextArrivesEscapedInTheSnippet() throws Exception {
    JsonNode result = JSON.readTree(server.get("/api/search?q=" + enc("留言板")).body());
    assertEquals(1, result.path("total").asLong());
    String snippet = result.path("hits").get(0).path("snippet").asText();
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    assertFalse(snippet.contains("<script"), snippet);
    assertTrue(snippet.contains("<mark>"), snippet);
  }

  @Test
  void scriptInSourceTextArrivesEscapedInTheArticleView() throws Exception {
    String id =
        server.articles().stream()
            .filter(a -> a.body().contains("<script>"))
            .findFirst()
            .orElseThrow()
            .id();
    JsonNode view =
        JSON.readTree(server.get("/api/articles/" + enc(id) + "?q=" + enc("alert")).body());
    String highlighted = view.path("highlightedParagraphs").toString();
    assertTrue(highlighted.contains("&lt;script&gt;"), highlighted);
    assertFalse(highlighted.contains("<script"), highlighted);
  }
}
