package org.yanlu.archive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.article.Person;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.article.Section;

class JsonLinesReaderTest {
  private final JsonLinesReader reader = new JsonLinesReader();

  @Test
  void goodLinesAreReadAndEachBadLineIsReportedWithItsNumber() throws Exception {
    Path file = fixture();
    CorpusProblems problems = new CorpusProblems();

    List<Article> articles = reader.read(file, problems);

    assertEquals(
        List.of("中国联通炫酷亮相2020世界VR产业大会", "河南省副省长王新伟：集中力量和资源加快推动5G网络建设", "2020年河南省5G应用推进峰会即将开幕"),
        articles.stream().map(Article::title).toList());
    List<CorpusProblem> all = problems.all();
    assertEquals(List.of(3, 4, 6), all.stream().map(CorpusProblem::line).toList());
    all.forEach(p -> assertEquals(file, p.file()));
    assertEquals("\"paragraphs\" is an array, not a number (5)", all.get(0).message());
    assertTrue(all.get(1).message().startsWith("not valid JSON"), all.get(1).message());
    assertEquals("no body: needs \"paragraphs\" or \"text\"", all.get(2).message());
    assertEquals(
        Map.of("no body", 1, "not valid JSON", 1, "invalid article JSON", 1), problems.skipped());
  }

  @Test
  void lineWithParagraphsGivesEveryKeyArticlesPrints() throws Exception {
    Article a = reader.read(fixture(), new CorpusProblems()).get(0);

    assertEquals("rmydb-2020-10-20-unicom-vr", a.id());
    assertEquals("人民邮电报", a.source());
    assertEquals(ArticleDate.ofDay(2020, 10, 20), a.date());
    assertEquals(3, a.paragraphs().size());
    assertTrue(a.paragraphs().get(0).startsWith("近日，2020世界VR产业大会在江西南昌拉开帷幕，"));
    assertTrue(a.paragraphs().get(2).endsWith("不断推动VR产业创新升级、生态升级、市场升级。"));
    assertEquals("VR/AR基地落户 辐射全国", a.sections().get(0).heading());
    assertEquals(List.of("中国联通"), a.organisations());
    assertEquals("https://www.cnii.com.cn/rmydb/202010/t20201020_226511.html", a.url());
  }

  @Test
  void lineWithTextAndNoIdSplitsParagraphsAtNewlinesAndHashesSourceTitleAndDate() throws Exception {
    Article a = reader.read(fixture(), new CorpusProblems()).get(1);

    assertEquals(ArticleDate.ofMonth(2020, 10), a.date());
    assertEquals(2, a.paragraphs().size());
    assertEquals(
        "据介绍，截至10月25日，河南省已完成5G投资93.2亿元，新开通5G基站27390个，5G基站累计达到38074个。", a.paragraphs().get(1));
    assertEquals(StableId.of("jsonl", "人民邮电报", a.title(), "2020-10"), a.id());
  }

  @Test
  void whatArticlesPrintsReadsBackAsTheSameArticle(@TempDir Path dir) throws Exception {
    Article printed =
        new Article(
            "henan-internet-monthly-2020-10-3",
            "工信部副部长刘烈宏：已建成5G基站超60万座",
            "5G终端连接数超1.5亿",
            "C114通信网",
            ArticleDate.ofMonth(2020, 10),
            "河南省互联网创新发展信息月报",
            "2020-10",
            List.of(3, 4),
            List.of("刘烈宏表示，我国建成了全球规模最大的光纤和4G网络。", "四是加强国际交流合作，实现互利共赢。"),
            List.of(new Section("四方面", List.of("一是通信业实现了高质量、跨越式发展。"))),
            List.of("刘烈宏"),
            List.of(new Quote("刘烈宏", "工业和信息化部副部长", "我国建成了全球规模最大的光纤和4G网络", 0)),
            List.of(new Person("刘烈宏", "工业和信息化部副部长")),
            List.of("工业和信息化部"),
            List.of("北京"),
            List.of("5G"),
            "",
            false);
    Path file = dir.resolve("printed.jsonl");
    Files.writeString(file, ArticleJson.toLine(printed) + "\n", StandardCharsets.UTF_8);

    assertEquals(List.of(printed), reader.read(file, new CorpusProblems()));
  }

  @Test
  void lineThatIsNotUtf8IsReportedAndTheNextLineRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mixed.jsonl");
    byte[] gbk = "{\"title\":\"峰会\",\"text\":\"开幕\"}\n".getBytes("GBK");
    byte[] utf8 = "{\"title\":\"峰会\",\"text\":\"开幕\"}\n".getBytes(StandardCharsets.UTF_8);
    Files.write(file, concat(gbk, utf8));
    CorpusProblems problems = new CorpusProblems();

    List<Article> articles = reader.read(file, problems);

    assertEquals(1, articles.size());
    assertEquals(List.of(new CorpusProblem(file, 1, "not UTF-8 text")), problems.all());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  static Path fixture() throws Exception {
    return Path.of(JsonLinesReaderTest.class.getResource("/jsonl/exports-2020-10.jsonl").toURI());
  }
}
