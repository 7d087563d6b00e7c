package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.ris.RISParser;
import java.io.StringReader;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yanlu.archive.article.Article;

/** Citations over HTTP: an article's and a quote's, and a whole result list for Zotero. */
class CitationApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ID = "henan-internet-monthly-2020-10-p04-1";

  @RegisterExtension
  static final ArchiveServerExtension archive = ArchiveServerExtension.enrichedCorpus();

  private final ArchiveServer server = archive.server();

  @Test
  void anArticleIsCitedInGbT7714ByDefault() throws Exception {
    HttpResponse<String> response = server.get("/api/articles/" + ID + "/cite");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    assertTrue(response.body().endsWith("[J]. 河南省互联网创新发展信息月报, 2020(10): 4-7."), response.body());
  }

  @Test
  void aQuoteIsCitedWithItsSpeakerAndWords() throws Exception {
    Article a = server.articles().stream().filter(x -> x.id().equals(ID)).findFirst().orElseThrow();
    JsonNode quotes = JSON.readTree(server.get("/api/quotes?q=" + enc("\"投资回报\"")).body());
    JsonNode hit = quotes.path("hits").get(0);
    String cite =
        server
            .get(
                "/api/articles/"
                    + hit.path("articleId").asText()
                    + "/cite?quote="
                    + hit.path("quote").asInt())
            .body();
    assertTrue(
        cite.startsWith(hit.path("speaker").asText() + ". “" + hit.path("text").asText() + "”//"),
        cite);
    assertTrue(a.quotes().size() > 0);
  }

  @Test
  void eachFormatHasItsMediaType() throws Exception {
    assertTrue(
        server
            .get("/api/articles/" + ID + "/cite?format=ris")
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/x-research-info-systems"));
    assertTrue(
        server
            .get("/api/articles/" + ID + "/cite?format=bibtex")
            .body()
            .startsWith("@article{" + ID));
    JsonNode csl = JSON.readTree(server.get("/api/articles/" + ID + "/cite?format=csl").body());
    assertEquals("article-magazine", csl.get(0).path("type").asText());
  }

  @Test
  void aBadFormatOrQuoteIsABadRequestAndAMissingArticleNotFound() throws Exception {
    HttpResponse<String> format = server.get("/api/articles/" + ID + "/cite?format=mla");
    assertEquals(400, format.statusCode());
    assertEquals(
        "bad_parameter", JSON.readTree(format.body()).path("error").asText(), format.body());
    HttpResponse<String> quote = server.get("/api/articles/" + ID + "/cite?quote=999");
    assertEquals(400, quote.statusCode());
    assertEquals("bad_parameter", JSON.readTree(quote.body()).path("error").asText(), quote.body());
    assertTrue(JSON.readTree(quote.body()).path("message").asText().contains("999"), quote.body());
    HttpResponse<String> missing = server.get("/api/articles/no-such-article/cite");
    assertEquals(404, missing.statusCode());
    assertEquals("not_found", JSON.readTree(missing.body()).path("error").asText(), missing.body());
  }

  @Test
  void aWholeResultListExportsAsRisAndCslJson() throws Exception {
    long total = JSON.readTree(server.get("/api/search?q=5G").body()).path("articles").asLong();
    HttpResponse<String> ris = server.get("/api/export?q=5G&format=ris");
    assertEquals(200, ris.statusCode());
    assertEquals(total, new RISParser().parse(new StringReader(ris.body())).getReferences().size());
    HttpResponse<String> csl = server.get("/api/export?q=5G&format=csl");
    assertTrue(csl.headers().firstValue("Content-Type").orElse("").contains("csl+json"));
    assertEquals(total, JSON.readTree(csl.body()).size());
  }
}
