package org.yanlu.archive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;

/**
 * What the sources state is kept: an untitled record with a body is titled by its opening words
 * with a warning, and only web links are kept as an article's URL, for every reader.
 */
class ArticleChecksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Corpus corpus = new Corpus(CorpusReaders.standard());

  @TempDir Path dir;

  @Test
  void aJsonLineWithABodyButNoTitleIsKeptTitledByItsOpeningWordsWithAWarning() throws Exception {
    Path file =
        lines(
            Map.of("source", "诗刊", "date", "2020-10-01", "text", "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。"),
            Map.of("source", "诗刊", "date", "2020-10-01", "text", "春眠不觉晓，处处闻啼鸟。"));

    CorpusContents read = corpus.read(file);

    assertEquals(List.of(), read.problems(), "a warning, not a problem");
    assertEquals(
        List.of("床前明月光，疑是地上霜", "春眠不觉晓，处处闻啼鸟"),
        read.articles().stream().map(Article::title).toList());
    assertTrue(read.articles().stream().allMatch(Article::untitled));
    assertNotEquals(read.articles().get(0).id(), read.articles().get(1).id());
    assertEquals(List.of(1, 2), read.warnings().stream().map(CorpusProblem::line).toList());
    assertTrue(read.warnings().get(0).message().contains("床前明月光"), read.warnings()::toString);
  }

  @Test
  void aLongOpeningSentenceIsCutWithAnEllipsis() throws Exception {
    String lede = "10月12日至14日，第三届数字中国建设峰会在福建省福州市举办，来自各地的代表参加。";
    Article a = corpus.read(lines(Map.of("text", lede))).articles().get(0);
    assertEquals("10月12日至14日，第三届数字中国建设…", a.title());
  }

  @Test
  void aPageWithoutATitleIsKeptWithAWarningNotAProblem() throws Exception {
    // A saved page of the fixtures, its <title> and <h1> cut out.
    String saved =
        Files.readString(
            Path.of(getClass().getResource("/html/haia-cloud-salon-no-date.html").toURI()),
            StandardCharsets.UTF_8);
    Path page = dir.resolve("untitled.html");
    Files.writeString(
        page,
        saved.replaceAll("<title>[^<]*</title>", "").replaceAll("<h1>[^<]*</h1>", ""),
        StandardCharsets.UTF_8);

    CorpusContents read = corpus.read(page);

    assertEquals(List.of(), read.problems());
    assertEquals(1, read.articles().size());
    assertEquals("9月25日，河南云计算大数据产业联盟二届…", read.articles().get(0).title());
    assertTrue(read.articles().get(0).untitled());
    assertEquals(1, read.warnings().size());
  }

  @Test
  void onlyHttpAndHttpsUrlsAreKeptAndOthersAreReportedWithTheirLine() throws Exception {
    Path file =
        lines(
            Map.of("title", "网页链接", "text", "正文。", "url", "https://www.cnii.com.cn/a.html"),
            Map.of("title", "脚本链接", "text", "正文。", "url", "javascript:alert(document.cookie)"),
            Map.of("title", "数据链接", "text", "正文。", "url", "data:text/html,<script>x</script>"),
            Map.of("title", "相对链接", "text", "正文。", "url", "/a.html"));

    CorpusContents read = corpus.read(file);

    assertEquals(4, read.articles().size(), "every article is kept");
    assertEquals(
        List.of("https://www.cnii.com.cn/a.html", "", "", ""),
        read.articles().stream().map(Article::url).toList());
    assertEquals(List.of(2, 3, 4), read.problems().stream().map(CorpusProblem::line).toList());
    assertTrue(read.problems().get(0).message().startsWith("url dropped"));
    assertEquals(Map.of(), read.skipped(), "a dropped url skips no article");
  }

  @Test
  void aRecordWithoutBodyIsSkippedAndCountedByReason() throws Exception {
    Path file = dir.resolve("mixed.jsonl");
    Files.writeString(
        file,
        "{\"title\": \"只有标题\"}\n{\"title\": \"断行\n{\"title\": \"也只有标题\", \"text\": \" \"}\n",
        StandardCharsets.UTF_8);

    CorpusContents read = corpus.read(file);

    assertEquals(List.of(), read.articles());
    assertEquals(Map.of("no body", 2, "not valid JSON", 1), read.skipped());
    assertEquals(3, read.problems().size());
  }

  @Test
  void whatArticlesPrintsOfAnUntitledArticleReadsBackUntitled() throws Exception {
    Article untitled =
        corpus.read(lines(Map.of("source", "诗刊", "text", "白日依山尽。"))).articles().get(0);
    Path printed = dir.resolve("printed.jsonl");
    Files.writeString(printed, ArticleJson.toLine(untitled) + "\n", StandardCharsets.UTF_8);

    CorpusContents again = corpus.read(printed);

    assertEquals(List.of(untitled), again.articles());
    assertEquals(List.of(), again.warnings(), "it has its title now");
    assertFalse(ArticleJson.toJson(untitled).path("untitled").isMissingNode());
  }

  @SafeVarargs
  private Path lines(Map<String, String>... records) throws Exception {
    StringBuilder text = new StringBuilder();
    for (Map<String, String> r : records) {
      text.append(JSON.writeValueAsString(r)).append('\n');
    }
    Path file = dir.resolve("records.jsonl");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
