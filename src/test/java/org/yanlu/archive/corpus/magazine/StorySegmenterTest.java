package org.yanlu.archive.corpus.magazine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
  void storyWithoutDateInItsLeadIsDatedToTheIssueMonth() {
    assertEquals("2020-11", articles.get(0).date().text());
  }
}
