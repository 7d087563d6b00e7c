package org.yanlu.archive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;

class HtmlPageReaderTest {
  private final HtmlPageReader reader = new HtmlPageReader();

  @Test
  void openGraphPageGivesTitleWithoutSiteSuffixOutletDateAndArticleBody() throws Exception {
    Article a = readOne("c114-liu-liehong-og-article.html");

    assertEquals("工信部副部长刘烈宏：已建成5G基站超60万座 5G终端连接数超1.5亿", a.title());
    assertEquals("C114通信网", a.source());
    assertEquals(ArticleDate.ofDay(2020, 10, 15), a.date());
    assertTrue(first(a).startsWith("2020年中国国际信息通信展览会在北京举行，在同期举行的ICT领袖论坛上，"), first(a));
    assertTrue(last(a).endsWith("我们也希望各国共同维护公平、公正、透明的市场环境，促进全球信息通信产业健康发展。"), last(a));
    assertEquals(11, a.paragraphs().size());
    assertEquals("https://www.c114.com.cn/news/16/a1143210.html", a.url());
  }

  @Test
  void articleBodyLeavesOutShareBarsRelatedLinksSidebarsCommentsAndScripts() throws Exception {
    String body = readOne("c114-liu-liehong-og-article.html").body();

    for (String noise : List.of("分享到", "相关新闻", "热门排行", "网友评论", "县城", "showAd", "Copyright")) {
      assertFalse(body.contains(noise), noise);
    }
  }

  @Test
  void jsonLdNewsArticleGivesHeadlinePublisherDateAndBodyOfAScriptRenderedPage() throws Exception {
    Article a = readOne("rmydb-wang-xinwei-jsonld.html");

    assertEquals("河南省副省长王新伟：集中力量和资源加快推动5G网络建设", a.title());
    assertEquals("人民邮电报", a.source());
    assertEquals(ArticleDate.ofDay(2020, 10, 27), a.date());
    assertEquals(3, a.paragraphs().size());
    assertTrue(first(a).startsWith("10月26日，河南省政府召开加快5G网络建设和产业发展第二次工作例会，"), first(a));
    assertEquals("据介绍，截至10月25日，河南省已完成5G投资93.2亿元，新开通5G基站27390个，5G基站累计达到38074个。", last(a));
    assertFalse(a.body().contains("JavaScript"));
  }

  @Test
  void publishdateMetaAndPlainParagraphsGiveTheBodyWithoutNavigationAdsOrComments()
      throws Exception {
    Article a = readOne("henan-ai-publishdate-noise.html");

    assertEquals("河南人工智能产业发展呈现良好态势", a.title());
    assertEquals(ArticleDate.ofDay(2020, 10, 16), a.date());
    assertEquals(
        "10月15日下午，作为2020中国（郑州）产业转移系列对接活动之一的“人工智能产业转移对接会”在郑举行。"
            + "会议透露，河南省人工智能产业发展呈良好态势，人工智能关联产业规模已超300亿元。",
        first(a));
    assertEquals(
        "据了解，本次专题对接会以“AI赋能产业、融合智创未来”为主题，聚焦人工智能与实体经济深度融合这一主线，" + "开展人工智能产业对接，助推我省新一代人工智能产业跨越式发展。",
        last(a));
    assertEquals(5, a.paragraphs().size());
    for (String noise : List.of("广告", "网友留言", "郑州能引进", "扫码关注", "首页", "字号", "ICP")) {
      assertFalse(a.body().contains(noise), noise);
    }
  }

  @Test
  void sourceLineInTheBodyNamesTheOutletAndLeavesTheBodyWithTheEditorsCredit() throws Exception {
    Article a = readOne("henan-ai-publishdate-noise.html");

    assertEquals("河南省工信厅", a.source());
    assertEquals("河南省工业和信息化厅", a.publication());
    assertFalse(a.body().contains("来源"));
    assertFalse(a.body().contains("责任编辑"));
  }

  @Test
  void timeDatetimeGivesTheDateAndASourceBylineTheOutlet() throws Exception {
    Article a = readOne("cmcc-beidou-time-datetime.html");

    assertEquals("中国移动发布全球最大“5G﹢北斗高精定位”系统", a.title());
    assertEquals("人民邮电报", a.source());
    assertEquals(ArticleDate.ofDay(2020, 10, 23), a.date());
    assertTrue(first(a).startsWith("10月22日，中国移动在江苏苏州举办“5G新基建·智驾新未来”5G自动驾驶峰会，"), first(a));
    assertEquals(
        "峰会上，中国移动湖北公司、四川公司、内蒙古公司分别与东风汽车、四川交投集团、内蒙古白云鄂博矿山签署5G自动驾驶合作协议，"
            + "并举行5G自动驾驶示范基地授牌仪式。中国移动江苏公司、福建公司、吉林公司分别联合苏州新基建科技、厦门公交、"
            + "启明信息等行业龙头客户，共建5G自动驾驶示范基地。",
        last(a));
    assertEquals(7, a.paragraphs().size());
    assertEquals("通信世界网", a.publication());
  }

  @Test
  void gb2312PageDeclaredInHttpEquivMetaIsReadInItsCharset() throws Exception {
    Article a = readOne("haia-summit-gb2312.html");

    assertEquals("2020年河南省5G应用推进峰会即将开幕", a.title());
    assertEquals("河南省互联网协会", a.source());
    assertEquals(ArticleDate.ofDay(2020, 10, 28), a.date());
    assertEquals("河南省互联网协会", a.publication());
    assertEquals("为加快推进我省5G产业发展，构建5G应用新生态，2020年河南省5G应用推进峰会11月3日将在郑州举办。", first(a));
    assertEquals("届时将在线同步直播，欢迎在线关注大会盛况。", last(a));
    assertFalse(a.body().contains("\ufffd"));
  }

  @Test
  void gbkPageWithBrSeparatedTextInATableCellIsReadParagraphByParagraph() throws Exception {
    Article a = readOne("isc-wu-hequan-br-gbk.html");

    assertEquals("邬贺铨：中国5G如何持续领跑", a.title());
    assertEquals("人民邮电报", a.source());
    assertEquals("中国互联网协会", a.publication());
    assertEquals(ArticleDate.ofDay(2020, 10, 30), a.date());
    assertEquals(5, a.paragraphs().size());
    assertEquals("建成开通5G基站60万个、5G连接数超过1.5亿、5G行业应用百花齐放、5G产业链齐头并进……", first(a));
    assertEquals("超出预期：5G时代中国首次领跑", a.paragraphs().get(3));
    assertTrue(last(a).endsWith("今年年底前5G基站数量还会再增长10万而达到70万个左右。”"), last(a));
  }

  @Test
  void pageWithoutAnyDateHasAnUnknownDateAndIsStillRead() throws Exception {
    Article a = readOne("haia-cloud-salon-no-date.html");

    assertEquals(ArticleDate.UNKNOWN, a.date());
    assertEquals("河南云计算大数据产业联盟二届一次常务理事会暨第六期嵩阳强网沙龙圆满举办", a.title());
    assertEquals("河南省互联网协会", a.source());
    assertTrue(first(a).startsWith("9月25日，河南云计算大数据产业联盟二届一次常务理事会"), first(a));
    assertTrue(last(a).endsWith("谱写新时代中原更加出彩绚丽篇章做出新的更大贡献！"), last(a));
  }

  @Test
  void truncatedPageWithoutBodyIsRefusedNamingTheLineWhereItBreaksOff() throws Exception {
    Path file = fixture("truncated-unicom-vr.html");

    CorpusFileException e =
        assertThrows(CorpusFileException.class, () -> reader.read(file, new CorpusProblems()));

    assertEquals(file, e.problem().file());
    assertEquals(18, e.problem().line());
    assertTrue(e.problem().message().contains("no article body"), e.getMessage());
  }

  @Test
  void pagesWithoutUrlSavedUnderTheSameNameInTwoFoldersAreTwoArticles(@TempDir Path dir)
      throws Exception {
    Path one = Files.createDirectories(dir.resolve("a")).resolve("index.html");
    Path two = Files.createDirectories(dir.resolve("b")).resolve("index.html");
    Files.copy(fixture("haia-cloud-salon-no-date.html"), one);
    Files.copy(fixture("isc-wu-hequan-br-gbk.html"), two);

    String first = reader.read(one, new CorpusProblems()).get(0).id();
    String second = reader.read(two, new CorpusProblems()).get(0).id();

    assertFalse(first.equals(second));
  }

  @Test
  void pageThatBreaksOffAfterItsBodyIsReadAndReportedAtItsLastLine(@TempDir Path dir)
      throws Exception {
    String whole = Files.readString(fixture("c114-liu-liehong-og-article.html"));
    Path file = dir.resolve("cut.html");
    Files.writeString(file, whole.substring(0, whole.indexOf("<div class=\"related-news\">")));
    CorpusProblems problems = new CorpusProblems();

    List<Article> articles = reader.read(file, problems);

    assertEquals(11, articles.get(0).paragraphs().size());
    assertEquals(1, problems.all().size());
    assertEquals(file, problems.all().get(0).file());
    assertEquals(
        whole.substring(0, whole.indexOf("<div class=\"related-news\">")).strip().lines().count(),
        problems.all().get(0).line());
  }

  @Test
  void idComesFromTheCanonicalUrlSoTheSamePageSavedTwiceIsOneArticle() throws Exception {
    Article a = readOne("cmcc-beidou-time-datetime.html");

    assertEquals(StableId.of("html", "http://www.cww.net.cn/article?id=475310"), a.id());
    assertTrue(a.id().matches("html-[0-9a-f]{12}"), a.id());
  }

  @Test
  void pageWithoutUrlTakesItsIdFromTheFileNameAndTitle() throws Exception {
    Article a = readOne("haia-cloud-salon-no-date.html");

    assertEquals(StableId.of("html", "haia-cloud-salon-no-date.html", a.title()), a.id());
    assertEquals("", a.url());
  }

  private Article readOne(String name) throws Exception {
    CorpusProblems problems = new CorpusProblems();
    List<Article> articles = reader.read(fixture(name), problems);
    assertEquals(List.of(), problems.all());
    assertEquals(1, articles.size());
    return articles.get(0);
  }

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(HtmlPageReaderTest.class.getResource("/html/" + name).toURI());
  }

  private static String first(Article a) {
    return a.paragraphs().get(0);
  }

  private static String last(Article a) {
    return a.paragraphs().get(a.paragraphs().size() - 1);
  }
}
