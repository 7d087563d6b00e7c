package org.yanlu.archive.corpus;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.magazine.LayoutConventions;

/**
 * A second publication prints its photo credits as {@code （图/视觉中国）} and ends captions with {@code
 * 合影留念}; its sidecar says so under {@code "layout"}, and no code changes.
 */
class LayoutOverridesTest {
  private static final Path WEEKLY = Path.of("src/test/resources/magazine/weekly-2021-03.txt");
  private static final String CAPTION = "村民在益农信息社学习网上销售农产品";
  private static final String GROUP_PHOTO = "与会代表合影留念";

  @Test
  void sidecarOverridesTakeEffect() throws Exception {
    Article a = readOne(WEEKLY);

    assertFalse(a.body().contains(CAPTION), a.body());
    assertFalse(a.body().contains(GROUP_PHOTO), a.body());
    assertEquals(4, a.paragraphs().size(), a.paragraphs()::toString);
    assertTrue(a.paragraphs().get(2).startsWith("据介绍，全省已建成益农信息社四万余个"));
  }

  @Test
  void withoutTheOverridesTheSameDumpKeepsThoseCaptions(@TempDir Path dir) throws Exception {
    Path dump = Files.copy(WEEKLY, dir.resolve(WEEKLY.getFileName()));
    String sidecar = Files.readString(IssueMetadata.sidecarOf(WEEKLY));
    Files.writeString(
        IssueMetadata.sidecarOf(dump), sidecar.replaceAll("(?s),\\s*\"layout\".*\\}\\s*\\}", "}"));

    Article a = readOne(dump);

    assertTrue(a.body().contains(CAPTION), a.body());
    assertTrue(a.body().contains(GROUP_PHOTO), a.body());
  }

  @Test
  void conventionsTheSidecarLeavesOutKeepTheirDefaults() throws Exception {
    LayoutConventions layout = IssueMetadata.of(WEEKLY).layout();

    assertEquals(List.of("（图/…）", "…社发", "…供图"), layout.photoCredits());
    assertEquals(List.of("合影留念", "发言", "现场"), layout.captionEndings());
    assertEquals(LayoutConventions.DEFAULTS.endMarkers(), layout.endMarkers());
    assertEquals(LayoutConventions.DEFAULTS.tableMarkers(), layout.tableMarkers());
    assertEquals(LayoutConventions.DEFAULTS.columnWidth(), layout.columnWidth());
  }

  @Test
  void theCommittedIssueFollowsTheDefaults() throws Exception {
    Path issue = Path.of("corpus", "henan-internet-monthly-2020-10.txt");

    assertEquals(LayoutConventions.DEFAULTS, IssueMetadata.of(issue).layout());
  }

  @Test
  void misspeltOrMistypedConventionIsReportedWithItsSidecar(@TempDir Path dir) throws Exception {
    for (String layout :
        List.of(
            "{\"photoCredit\": [\"…社发\"]}",
            "{\"photoCredits\": \"…社发\"}",
            "{\"columnWidth\": \"50\"}",
            "{\"columnWidth\": 8}",
            "[\"…社发\"]")) {
      Path dump = Files.copy(WEEKLY, dir.resolve("bad.txt"), REPLACE_EXISTING);
      Files.writeString(
          IssueMetadata.sidecarOf(dump),
          "{\"publication\": \"中原通信周刊\", \"issueDate\": \"2021-03\", \"layout\": " + layout + "}");

      var e = assertThrows(CorpusFileException.class, () -> IssueMetadata.of(dump), layout);
      assertTrue(e.getMessage().contains("bad.meta.json: layout: "), e.getMessage());
      assertThrows(
          CorpusFileException.class,
          () -> new MagazineIssueReader().read(dump, new CorpusProblems()),
          "the dump is skipped");
    }
  }

  private static Article readOne(Path dump) throws Exception {
    CorpusProblems problems = new CorpusProblems();
    List<Article> articles = new MagazineIssueReader().read(dump, problems);
    assertTrue(problems.isEmpty(), () -> problems.all().toString());
    assertEquals(1, articles.size());
    return articles.get(0);
  }
}
