package org.yanlu.archive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.DatePrecision;
import org.yanlu.archive.article.Section;

/** The magazine reader on the real issue in {@code corpus/}. */
class MagazineIssueReaderTest {
  static final Path ISSUE = Path.of("corpus", "henan-internet-monthly-2020-10.txt");
  private static final Pattern LETTER_SPACED =
      Pattern.compile("[\\u4e00-\\u9fff] [\\u4e00-\\u9fff] [\\u4e00-\\u9fff]");

  private static final Pattern TABLE_ROW = Pattern.compile("www\\.|\\d%|\\d \\d|^\\S+ \\S+$");

  static List<Article> articles;

  @BeforeAll
  static void read() throws Exception {
    CorpusProblems problems = new CorpusProblems();
    articles = new MagazineIssueReader().read(ISSUE, problems);
    assertTrue(problems.isEmpty(), () -> problems.all().toString());
  }

  @Test
  void theIssueHoldsEighteenStories() {
    assertEquals(18, articles.size());
  }

  @Test
  void storyThatOpensAPageWithItsHeadlineIsReadWhole() {
    Article a = byTitle("习近平：从“数字福建”到“数字中国”");
    assertEquals("人民日报", a.source());
    assertEquals("2020-10-12", a.date().text());
    assertEquals(DatePrecision.DAY, a.date().precision());
    assertTrue(first(a).startsWith("10月12日至14日，第三届数字中国建设峰会在福建省福州市举办。"));
    assertTrue(last(a).endsWith("与此同时，新业态新模式不断涌现，成为互联网流量新入口。"));
    assertEquals(List.of(1, 2), a.pages());
  }

  @Test
  void continuationPrintedAfterAnotherStorysHeadlineGoesBackToItsStory() {
    Article xi = byTitle("习近平：从“数字福建”到“数字中国”");
    Article liu = byTitle("工信部副部长刘烈宏：已建成5G基站超60万座5G终端连接数超1.5亿");
    assertTrue(xi.body().contains("建设“数字中国”，习近平强调，“要运用大数据促进保障和改善民生”"));
    assertFalse(liu.body().contains("习近平强调"));
    assertEquals("C114通信网", liu.source());
    assertTrue(first(liu).startsWith("2020年中国国际信息通信展览会在北京举行，"));
    assertTrue(liu.body().contains("同比增长超过60%。互联网新产业、新业态、新模式蓬勃兴起"));
    assertTrue(last(liu).endsWith("促进全球信息通信产业健康发展。"));
  }

  @Test
  void headlineSetInTheMiddleOfASentenceIsTakenOutAndTheSentenceRejoined() {
    Article wu = byTitle("中国工程院院士邬贺铨：中国5G“年检”优异 直挂云帆济沧海");
    assertTrue(first(wu).startsWith("建成开通5G基站60万个、5G连接数超过1.5亿"));
    assertTrue(wu.body().contains("而投资回报要看综合支出与综合收益，任何片面的比较"));
    assertTrue(wu.body().contains("5G赋能千行百业，尤其是驱动工业互联网的发展"));
    assertTrue(last(wu).endsWith("对于中国5G而言，不怕困难、勇往直前是唯一的选择。"));
    assertEquals("C114通信网", wu.source());
    Article shang = byTitle("尚冰：积极探索创新使互联网行业真正成为经济社会发展的助推器");
    assertTrue(shang.body().contains("充分发挥协会在行业中的影响力和公信力优势"));
    assertEquals("2020-10-20", shang.date().text());
  }

  @Test
  void storyWithoutSourceLineEndsWhereTheNextHeadlineOpensAStory() {
    Article summit = byTitle("5G领航新基建共创中原新时代2020年河南省5G应用推进峰会即将开幕");
    assertEquals("", summit.source());
    assertEquals("2020-11-03", summit.date().text());
    assertTrue(last(summit).endsWith("届时将在线同步直播，欢迎在线关注大会盛况。"));
    Article wang = byTitle("河南省副省长王新伟：集中力量和资源加快推动5G网络建设");
    assertEquals("人民邮电报", wang.source());
    assertTrue(last(wang).endsWith("新开通5G基站27390个，5G基站累计达到38074个。"));
  }

  @Test
  void letterSpacedSourceIsNormalised() {
    Article a = byTitle("5G行而不辍 未来可期");
    assertEquals("水煮通信", a.source());
    assertTrue(a.subtitle().startsWith("发展5G，需要正确认识5G发展规律"));
    assertTrue(first(a).startsWith("今天5G的发展已经成为公共事务"));
  }

  @Test
  void photoCaptionsAreKeptOutOfTheBody() {
    Article a = byTitle("河南云计算大数据产业联盟二届一次常务理事会暨第六期嵩阳强网沙龙圆满举办");
    assertFalse(a.body().contains("会议现场"));
    assertFalse(a.body().contains("赵会群发言"));
    assertFalse(a.body().contains("参会人员合影"));
    assertTrue(last(a).endsWith("做出新的更大贡献！"));
    assertEquals("河南省互联网协会", a.source());
    assertEquals("2020-09-25", a.date().text());
  }

  @Test
  void seriesIsOneArticleWithASectionPerSpeakerOrEvent() {
    Article a = byTitle("重磅！一文读懂62位科技大咖的2020世界人工智能新趋势新思想【连载四】");
    assertEquals("互联网思想", a.source());
    List<String> headings = a.sections().stream().map(Section::heading).toList();
    assertEquals(5, headings.size(), headings::toString);
    assertTrue(headings.get(0).startsWith("达闼科技黄晓庆："));
    assertTrue(headings.get(1).startsWith("朱啸虎："));
    assertTrue(headings.get(2).startsWith("上交所副总经理阙波："));
    assertTrue(headings.get(4).startsWith("让世界更有“AI”"));
    for (Section s : a.sections()) {
      assertFalse(s.paragraphs().isEmpty(), s.heading());
      assertTrue(a.paragraphs().containsAll(s.paragraphs()), s.heading());
    }
    assertTrue(first(a).startsWith("7月9日晚间消息，2020世界人工智能大会云端峰会今日开幕，达闼科技"));
    assertTrue(last(a).endsWith("我们就会早一天胜利。”"));
    assertFalse(a.body().contains("新华社发"));
    assertFalse(a.body().contains("【连载完】"));
  }

  @Test
  void closingStatisticsReportIsOneArticleWithItsTables() {
    Article report = articles.get(articles.size() - 1);
    assertEquals("报告·互联网发展基础信息", report.title());
    assertTrue(first(report).startsWith("为真实客观地反映河南省互联网发展状况"));
    assertTrue(last(report).endsWith("居全国第4位，较上月持平。"));
    assertTrue(report.paragraphs().contains("5 360 www.360.cn 1036.5 -"));
    assertEquals("2020-09", report.date().text());
    assertFalse(report.body().contains("0371-65795531"), "contact details are back matter");
    assertFalse(report.body().contains("Serve government"));
  }

  @Test
  void noBodyHoldsASourceLineAnotherHeadlineOrLetterSpacing() {
    for (Article a : articles) {
      String body = squeeze(a.body());
      assertFalse(body.contains("来源："), a.title());
      assertFalse(LETTER_SPACED.matcher(a.body()).find(), a.title());
      for (Article other : articles) {
        if (other != a) {
          assertFalse(body.contains(squeeze(other.title())), a.title() + " holds " + other.title());
        }
      }
    }
  }

  @Test
  void proseKeepsNoSpaceNextToChineseOnlyTableRowsKeepTheirCells() {
    Pattern cjkSpace = Pattern.compile("[\\u4e00-\\u9fff] | [\\u4e00-\\u9fff]");
    for (Article a : articles) {
      for (String p : a.paragraphs()) {
        if (cjkSpace.matcher(p).find()) {
          assertTrue(TABLE_ROW.matcher(p).find(), a.title() + ": " + p);
        }
      }
    }
  }

  @Test
  void sentencesBrokenAcrossPdfLinesComeOutWhole() {
    List<String> sentences =
        List.of(
            "党的十八大以来，习近平总书记高度重视信息化发展，加强顶层设计、总体布局，为“数字中国”建设指明了发展方向。",
            "受工业和信息化部副部长刘烈宏委托，工业和信息化部信息通信管理局局长韩夏出席会议并讲话。",
            "二是重创新。推动搭建产学研用联合的协同创新和成果转化平台，形成融合创新产业生态。",
            "中国电信先后选派50多名优秀干部到定点县、对口县挂职工作，目前全集团有430余名驻村第一书记、近4000名专兼职扶贫干部奋斗在扶贫战线。",
            "据介绍，截至10月25日，河南省已完成5G投资93.2亿元，新开通5G基站27390个，5G基站累计达到38074个。",
            "哈佛大学肯尼迪政府管理学院城市政策教授、美国政府创新计划中心主任Stephen Goldsmith分享了大数据助力城市管理的实践做法，");
    for (String s : sentences) {
      assertTrue(
          articles.stream().anyMatch(a -> a.paragraphs().stream().anyMatch(p -> p.contains(s))), s);
    }
  }

  @Test
  void idsAreStableAcrossReadsAndUnique() throws Exception {
    List<Article> again = new MagazineIssueReader().read(ISSUE, new CorpusProblems());
    assertEquals(
        articles.stream().map(Article::id).toList(), again.stream().map(Article::id).toList());
    assertEquals(articles.size(), articles.stream().map(Article::id).distinct().count());
    assertEquals("henan-internet-monthly-2020-10-p01-1", articles.get(0).id());
  }

  @Test
  void everyArticleCarriesTheIssue() {
    for (Article a : articles) {
      assertEquals("河南省互联网创新发展信息月报", a.publication());
      assertEquals("2020-10", a.issue());
      assertFalse(a.pages().isEmpty());
      assertFalse(a.title().isBlank());
      assertTrue(a.date().isKnown(), a.title());
    }
  }

  private static Article byTitle(String title) {
    return articles.stream()
        .filter(a -> a.title().equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no article titled " + title));
  }

  private static String first(Article a) {
    return a.paragraphs().get(0);
  }

  private static String last(Article a) {
    return a.paragraphs().get(a.paragraphs().size() - 1);
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }
}
