package org.yanlu.archive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;

class CorpusReadersTest {
  private static final Path MAGAZINE = Path.of("corpus/henan-internet-monthly-2020-10.txt");
  private static final String MAGAZINE_TITLE = "河南省互联网创新发展信息月报";

  @Test
  void eachFixtureGoesToTheReaderOfItsFormat() throws Exception {
    assertEquals("magazine", formatOf(MAGAZINE));
    assertEquals("jsonl", formatOf(JsonLinesReaderTest.fixture()));
    for (String page :
        List.of(
            "c114-liu-liehong-og-article.html",
            "rmydb-wang-xinwei-jsonld.html",
            "henan-ai-publishdate-noise.html",
            "cmcc-beidou-time-datetime.html",
            "haia-summit-gb2312.html",
            "isc-wu-hequan-br-gbk.html",
            "haia-cloud-salon-no-date.html",
            "truncated-unicom-vr.html")) {
      assertEquals("html", formatOf(HtmlPageReaderTest.fixture(page)), page);
    }
  }

  @Test
  void contentNotExtensionDecidesSoPagesAndExportsSavedAsTxtReachTheirReaders(@TempDir Path dir)
      throws Exception {
    Path page = dir.resolve("saved-page.txt");
    Files.copy(HtmlPageReaderTest.fixture("haia-summit-gb2312.html"), page);
    Path export = dir.resolve("export.txt");
    Files.copy(JsonLinesReaderTest.fixture(), export);
    Path unnamedExport = dir.resolve("export");
    Files.copy(JsonLinesReaderTest.fixture(), unnamedExport);

    assertEquals("html", formatOf(page));
    assertEquals("jsonl", formatOf(export));
    assertEquals("jsonl", formatOf(unnamedExport));
  }

  @Test
  void exportWhoseFirstArticleRunsPastTheHeadIsStillJsonLines(@TempDir Path dir) throws Exception {
    String paragraph = "刘烈宏表示，我国建成了全球规模最大的光纤和4G网络，已建成开通5G的基站超过了60万座。";
    String longLine = "{\"title\":\"工信部副部长刘烈宏\",\"text\":\"" + paragraph.repeat(100) + "\"}\n";
    Path export = dir.resolve("export");
    Files.writeString(export, longLine + longLine);

    assertTrue(Files.size(export) > 2 * Corpus.HEAD_BYTES);
    assertEquals("jsonl", formatOf(export));
  }

  @Test
  void magazineDumpIsNeitherHtmlNorJsonLines() throws Exception {
    byte[] head = head(MAGAZINE);

    assertTrue(!new HtmlPageReader().accepts(MAGAZINE, head));
    assertTrue(!new JsonLinesReader().accepts(MAGAZINE, head));
  }

  @Test
  void folderOfAllFormatsIsReadWithBadPartsReportedByFileAndLine(@TempDir Path dir)
      throws Exception {
    Files.copy(MAGAZINE, dir.resolve(MAGAZINE.getFileName()));
    Files.copy(
        IssueMetadata.sidecarOf(MAGAZINE),
        dir.resolve(IssueMetadata.sidecarOf(MAGAZINE).getFileName()));
    Path pages = Files.createDirectory(dir.resolve("pages"));
    try (Stream<Path> fixtures =
        Files.list(HtmlPageReaderTest.fixture("haia-cloud-salon-no-date.html").getParent())) {
      for (Path f : fixtures.toList()) {
        Files.copy(f, pages.resolve(f.getFileName()));
      }
    }
    Path export = dir.resolve("exports-2020-10.jsonl");
    Files.copy(JsonLinesReaderTest.fixture(), export);

    CorpusContents contents = new Corpus(CorpusReaders.standard()).read(dir);

    Set<String> problems =
        contents.problems().stream()
            .filter(p -> !p.file().getFileName().equals(MAGAZINE.getFileName()))
            .map(p -> dir.relativize(p.file()) + ":" + p.line())
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "pages/truncated-unicom-vr.html:18",
            "exports-2020-10.jsonl:3",
            "exports-2020-10.jsonl:4",
            "exports-2020-10.jsonl:6"),
        problems);
    List<Article> articles = contents.articles();
    assertEquals(7, count(articles, a -> a.id().startsWith("html-")));
    assertEquals(1, count(articles, a -> a.id().equals("rmydb-2020-10-20-unicom-vr")));
    assertEquals(2, count(articles, a -> a.id().startsWith("jsonl-")));
    long fromMagazine = count(articles, a -> a.publication().equals(MAGAZINE_TITLE));
    assertTrue(fromMagazine > 0);
    assertEquals(7 + 3 + fromMagazine, articles.size());
  }

  private static long count(List<Article> articles, Predicate<Article> p) {
    return articles.stream().filter(p).count();
  }

  private static String formatOf(Path file) throws IOException {
    byte[] head = head(file);
    return CorpusReaders.standard().stream()
        .filter(r -> r.accepts(file, head))
        .findFirst()
        .map(CorpusReader::format)
        .orElse("none");
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(Corpus.HEAD_BYTES);
    }
  }
}
