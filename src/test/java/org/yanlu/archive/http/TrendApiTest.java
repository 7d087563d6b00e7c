package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TrendApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final ArchiveServerExtension archive = ArchiveServerExtension.corpus();

  private final ArchiveServer server = archive.server();

  private JsonNode json(String path) throws Exception {
    HttpResponse<String> response = server.get(path);
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private long searchTotal(String query) throws Exception {
    return json("/api/search?" + query).get("total").asLong();
  }

  @Test
  void themesListsEachThemeWithItsCountMonthsAndOutlets() throws Exception {
    JsonNode themes = json("/api/themes").get("themes");
    assertEquals(10, themes.size());
    for (JsonNode theme : themes) {
      String name = theme.get("name").asText();
      assertTrue(theme.hasNonNull("query") && theme.hasNonNull("description"), name);
      assertEquals(searchTotal("theme=" + enc(name)), theme.get("count").asLong(), name);
      List<String> months = new ArrayList<>();
      long sum = 0;
      for (JsonNode m : theme.get("months")) {
        months.add(m.get("period").asText());
        sum += m.get("count").asLong();
        assertEquals(
            searchTotal("theme=" + enc(name) + "&month=" + m.get("period").asText()),
            m.get("count").asLong(),
            name + " " + m);
      }
      assertEquals(List.of("2020-07", "2020-08", "2020-09", "2020-10", "2020-11"), months);
      assertEquals(theme.get("count").asLong(), sum, name);
    }
    JsonNode fiveG = themes.get(0);
    assertEquals("5G", fiveG.get("name").asText());
    assertTrue(fiveG.get("sources").size() > 0);
    assertEquals(0, fiveG.get("months").get(1).get("count").asLong(), "August has no article");
  }

  @Test
  void trendsCountEachQueryPerPeriodLikeSearchDoes() throws Exception {
    JsonNode table =
        json("/api/trends?q=" + enc("5G") + "&q=" + enc("扶贫 OR 脱贫") + "&interval=month");
    assertEquals("month", table.get("interval").asText());
    assertEquals(2, table.get("trends").size());
    for (JsonNode trend : table.get("trends")) {
      String q = trend.get("query").asText();
      for (JsonNode p : trend.get("points")) {
        String month = p.get("period").asText();
        assertEquals(
            searchTotal("q=" + enc(q) + "&month=" + month), p.get("count").asLong(), q + month);
        assertEquals(searchTotal("month=" + month), p.get("total").asLong(), month);
      }
    }
  }

  @Test
  void aRangeBeyondTheArchiveShowsEveryPeriodWithZeros() throws Exception {
    JsonNode points =
        json("/api/trends?q=5G&interval=year&from=2018&to=2021").get("trends").get(0).get("points");
    assertEquals(4, points.size());
    assertEquals("2018", points.get(0).get("period").asText());
    assertEquals(0, points.get(0).get("count").asLong());
    assertEquals(0.0, points.get(0).get("share").asDouble());
    assertTrue(points.get(2).get("count").asLong() > 0);
  }

  @Test
  void badTrendRequestsAreRefusedWithABilingualMessage() throws Exception {
    for (String query :
        List.of(
            "",
            "q=a&q=b&q=c&q=d&q=e&q=f",
            "q=5G&interval=day",
            "q=5G&from=2020-13",
            "q=" + enc("\"未闭合"),
            "q=5G&format=xlsx")) {
      HttpResponse<String> response = server.get("/api/trends?" + query);
      assertEquals(400, response.statusCode(), query);
      JsonNode body = JSON.readTree(response.body());
      assertTrue(body.get("message").asText().contains("/"), body.toString());
    }
  }

  @Test
  void trendCsvHasAByteOrderMarkAndOneRowPerPeriod() throws Exception {
    HttpResponse<byte[]> response =
        server.getBytes("/api/trends?q=5G&q=" + enc("人工智能 OR AI") + "&format=csv");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "BOM");
    String[] lines = text.substring(1).split("\r\n");
    assertEquals("period,start,end,all_articles,5G,5G share,人工智能 OR AI,人工智能 OR AI share", lines[0]);
    List<List<String>> rows = CsvRecords.read(text);
    assertEquals(6, rows.size());
    assertEquals(List.of("2020-10", "2020-10-01", "2020-10-31"), rows.get(4).subList(0, 3));
  }
}
