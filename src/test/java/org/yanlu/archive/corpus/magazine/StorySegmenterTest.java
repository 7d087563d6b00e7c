package org.yanlu.archive.corpus.magazine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.CorpusProblems;
import org.yanlu.archive.corpus.MagazineIssueReader;

/**
 * Segmentation on a made dump: story A on page 1; page 2 opens story B with a drop cap, prints B's
 * headline mid-page, then A's last paragraph and A's 来源; page 3 finishes B.
 */
class StorySegmenterTest {
  private static List<Article> articles;

  @BeforeAll
  static void read() throws Exception {
    Path dump = Path.of("src/test/resources/magazine/interleaved-2020-11.txt");
    articles = new MagazineIssueReader().read(dump, new CorpusProblems());
  }

  @Test
  void interleavedStoriesComeOutAsTwoArticles() {
    assertEquals(2, articles.size());
  }

  @Test
  void continuationAfterAnotherStorysHeadlineReturnsToItsStory() {
    Article farm = articles.get(0);
    assertEquals("智慧农业示范区建设全面提速", farm.title());
    assertEquals("农民日报", farm.source());
    assertEquals(3, farm.paragraphs().size());
    assertTrue(farm.paragraphs().get(2).startsWith("下一步，示范区将把智慧农业的经验推广"));
    assertEquals(List.of(1, 2), farm.pages());
  }

  @Test
  void headlineSetInMidPageBelongsToTheStoryOpenedByTheDropCap() {
    Article rail = articles.get(1);
    assertEquals("铁路局：高速铁路网络覆盖全国主要城市", rail.title());
    assertEquals("人民铁道", rail.source());
    assertTrue(rail.paragraphs().get(0).startsWith("2020年全国铁路工作会议在北京召开"));
    assertEquals("据介绍，截至10月25日，全国高铁运营里程已超过3.7万公里，位居世界第一。", rail.paragraphs().get(2));
    assertTrue(rail.paragraphs().get(3).endsWith("服务区域经济社会发展大局。"));
    assertFalse(rail.body().contains("会议现场"));
    assertFalse(rail.body().contains("示范区"));
    assertEquals(List.of(2, 3), rail.pages());
  }

  @Test
  void headingFollowedByADatelineOpensAStoryEvenWithoutSourceLineBefore(@TempDir Path dir)
      throws Exception {
    List<Article> two =
        read(
            dir,
            " 示范区建设全面提速",
            "在全省各地的田间地头，智慧农业示范区建设正在全",
            "面提速，传感器和无人机已经成为农民手中的新农具，土",
            "壤湿度和作物长势都能实时查看，农民种地更省心了。",
            "铁路工作会议在京召开",
            "10 月 26 日，全国铁路工作会议在北京召开，会议指出，",
            "高速铁路网络已经覆盖全国绝大多数主要城市，旅客出行",
            "更加便捷，服务水平持续提升。",
            "来源：人民铁道");

    assertEquals(List.of("示范区建设全面提速", "铁路工作会议在京召开"), two.stream().map(Article::title).toList());
    assertEquals("", two.get(0).source());
    assertEquals("人民铁道", two.get(1).source());
    assertEquals("2020-10-26", two.get(1).date().text());
  }

  @Test
  void subheadingInsideAFeatureStaysInItsStory(@TempDir Path dir) throws Exception {
    List<Article> one =
        read(
            dir,
            " 示范区建设全面提速",
            "在全省各地的田间地头，智慧农业示范区建设正在全",
            "面提速，传感器和无人机已经成为农民手中的新农具，土",
            "壤湿度和作物长势都能实时查看，农民种地更省心了。",
            "数据多跑路",
            "农业农村部门介绍，示范区今年新增物联网监测点三",
            "千余个，覆盖小麦、玉米和蔬菜等主要作物，灌溉用水平",
            "均节约百分之二十以上。",
            "来源：农民日报");

    assertEquals(1, one.size());
    assertEquals(List.of(1), one.get(0).pages());
    assertTrue(one.get(0).paragraphs().contains("数据多跑路"));
  }

  @Test
  void pageOfHeadingsWithoutTextIsLeftOutAndTheNextPageOpensTheStory(@TempDir Path dir)
      throws Exception {
    List<Article> one =
        read(
            dir,
            " 本期导读",
            "智慧农业示范区建设全面提速",
            "铁路工作会议在京召开",
            " 示范区建设全面提速",
            "在全省各地的田间地头，智慧农业示范区建设正在全面提",
            "速，传感器和无人机已经成为农民手中的新农具，土壤湿",
            "度和作物长势都能实时查看，农民种地更省心了。",
            "来源：农民日报");

    assertEquals(1, one.size());
    assertEquals("示范区建设全面提速", one.get(0).title());
    assertEquals(List.of(2), one.get(0).pages());
  }

  @Test
  void pageOpeningWithADatedLeadStartsAStoryWhenTheOneBeforeHasNoSource(@TempDir Path dir)
      throws Exception {
    List<Article> two =
        read(
            dir,
            " 示范区建设全面提速",
            "在全省各地的田间地头，智慧农业示范区建设正在全面提",
            "速，传感器和无人机已经成为农民手中的新农具，土壤湿",
            "度和作物长势都能实时查看，农民种地更省心了。",
            " 10 月 26 日，全国铁路工作会议在北京召开，",
            "会议指出，高速铁路网络已经覆盖全国",
            "绝大多数主要城市，旅客出行更加便捷，服务水平也在持",
            "续提升，铁路系统将继续深化改革，完善安全管理体系。",
            "来源：人民铁道");

    assertEquals(2, two.size());
    assertEquals("", two.get(0).source());
    assertTrue(two.get(1).paragraphs().get(0).startsWith("10月26日，全国铁路工作会议在北京召开"));
    assertEquals("人民铁道", two.get(1).source());
  }

  private static List<Article> read(Path dir, String... lines) throws Exception {
    Path dump = dir.resolve("made-2020-11.txt");
    Files.writeString(dump, String.join("\n\n", lines));
    Files.copy(
        Path.of("src/test/resources/magazine/interleaved-2020-11.meta.json"),
        dir.resolve("made-2020-11.meta.json"));
    return new MagazineIssueReader().read(dump, new CorpusProblems());
  }

  @Test
  void storyWithoutDateInItsLeadIsDatedToTheIssueMonth() {
    assertEquals("2020-11", articles.get(0).date().text());
  }
}
