package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;

/**
 * No CSV the API writes lets a spreadsheet run a cell as a formula: headlines (and queries) that
 * start with {@code =} or {@code @} arrive with a leading apostrophe, in exports, trend tables and
 * batch answers alike.
 */
class FormulaGuardTest {
  private static final String FORMULA_TITLE = "=HYPERLINK(\"http://example.com\",\"点击查看\")";
  private static final String AT_TITLE = "@SUM(1+1)*cmd|' /C calc'!A0";
  private static final String WORD = "公式注入";

  @RegisterExtension
  static final ArchiveServerExtension archive =
      ArchiveServerExtension.articles(
          () ->
              List.of(
                  article("formula", FORMULA_TITLE, "标题会被电子表格当成公式，点开就跳转到别的网站。"),
                  article("at-sign", AT_TITLE, "以艾特符号开头的单元格同样会被执行，甚至启动计算器。")));

  private final ArchiveServer server = archive.server();

  private static Article article(String id, String title, String text) {
    return Article.read(
        id,
        title,
        "",
        "测试报",
        ArticleDate.ofDay(2020, 11, 1),
        "",
        "",
        List.of(),
        List.of("这是一篇关于" + WORD + "的文章。" + text),
        List.of(),
        "");
  }

  @Test
  void exportedHeadlinesStartingWithAFormulaSignGetAnApostrophe() throws Exception {
    HttpResponse<String> response = server.get("/api/export?format=csv&q=" + enc(WORD));
    assertEquals(200, response.statusCode(), response.body());
    List<List<String>> rows = CsvRecords.read(response.body());
    int title = rows.get(0).indexOf("title");
    List<String> titles = rows.subList(1, rows.size()).stream().map(r -> r.get(title)).toList();
    assertEquals(2, titles.size(), titles.toString());
    assertTrue(titles.contains("'" + FORMULA_TITLE), titles.toString());
    assertTrue(titles.contains("'" + AT_TITLE), titles.toString());
  }

  @Test
  void batchAnswersGuardHeadlinesAndQueries() throws Exception {
    HttpResponse<String> response =
        server.post("/api/batch?format=csv", "text/plain", WORD + "\n-泡沫 " + WORD);
    assertEquals(200, response.statusCode(), response.body());
    List<List<String>> rows = CsvRecords.read(response.body());
    int title = rows.get(0).indexOf("title");
    List<String> titles = rows.subList(1, rows.size()).stream().map(r -> r.get(title)).toList();
    assertEquals(4, titles.size(), rows.toString());
    assertTrue(
        titles.stream().allMatch(t -> t.startsWith("'=") || t.startsWith("'@")), titles.toString());
    assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("'-泡沫 " + WORD)), rows.toString());
  }

  @Test
  void trendTablesGuardQueriesInTheirHeader() throws Exception {
    String query = "-泡沫 " + WORD;
    HttpResponse<String> response = server.get("/api/trends?format=csv&q=" + enc(query));
    assertEquals(200, response.statusCode(), response.body());
    List<String> header = CsvRecords.read(response.body()).get(0);
    assertEquals(List.of("'" + query, "'" + query + " share"), header.subList(4, 6));
  }
}
