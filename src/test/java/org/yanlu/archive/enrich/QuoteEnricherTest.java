package org.yanlu.archive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Quote;

class QuoteEnricherTest {

  private static Quote quoteContaining(Article a, String words) {
    return a.quotes().stream()
        .filter(q -> q.text().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote with " + words + " in " + a.quotes()));
  }

  @Test
  void quotationBeforeTheNameAndVerbIsThatSpeakers() {
    Article a =
        CorpusText.enriched(
            CorpusText.article(
                "中国工程院院士邬贺铨：中国 5G“年检”优异 直挂云帆济沧海",
                "对此，中国工程院院士、中国互联网协会咨询委员会主任邬贺铨日前在接受《人民邮电》报记者独家专访"
                    + "时表示：“中国 5G 商用一周年交出了全球瞩目的周年答卷，中国 5G 目前已经领先于世界发达"
                    + "国家。”",
                "截至 2020 年 10 月中旬，中国开通 5G 基站 60 万个、5G 连接数达到 1.5 亿，均居全球首位。"
                    + "“5G 发展比预期快是正常的”, 邬贺铨指出，“今年疫情初期对 5G 造成了影响，但后续助推了"
                    + " 5G 前进。”",
                "发展初期的 5G 基站与非常成熟的 4G 基站，原本就处在不同的维度上，并不具有可比性。而投资回报"
                    + "要看综合支出与综合收益，任何片面的比较都会产生“一叶障目”的后果。邬贺铨表示：“5G 的"
                    + "投资回报会比 4G 还好一些，或者至少是相当，不会出现投资无法收回的情况。”",
                "就 5G 基站价格而言，5G 基站单位信道的价格其实是下降的。“在前两年 5G 试验时，发改委将 5G "
                    + "基站定价为 4G 的三倍，即便如此单位信道的价格也是便宜的。”而且，伴随着 5G 规模化发展，"
                    + "5G 基站的成本会不断下降。"));
    assertEquals(List.of("邬贺铨"), a.speakers());
    Quote first = quoteContaining(a, "全球瞩目的周年答卷");
    assertEquals("邬贺铨", first.speaker());
    assertEquals("中国工程院院士、中国互联网协会咨询委员会主任", first.role());
    assertEquals(0, first.paragraph());
    assertEquals("邬贺铨", quoteContaining(a, "比预期快是正常的").speaker());
    assertEquals("邬贺铨", quoteContaining(a, "今年疫情初期").speaker());
    assertEquals("邬贺铨", quoteContaining(a, "发改委将 5G").speaker());
    assertEquals(3, quoteContaining(a, "发改委将 5G").paragraph());
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().equals("一叶障目")));
  }

  @Test
  void eachQuotationOfAParagraphGoesToTheSpeakerNamedBesideIt() {
    Article a =
        CorpusText.enriched(
            CorpusText.article(
                "",
                "此外，会上嘉宾的观点精彩纷呈，金句频出。中国联合网络通信有限公司政企事业群高级副总裁（常务）"
                    + "李广聚提到“城市未来发展将从单体智能向全域智能转变，从数据驱动向数智驱动转变”。面对智慧"
                    + "城市建设中的挑战，联合国工发组织投资和技术促进网络秘书处协调员、联合国工发组织投资与技术"
                    + "促进处处长龚维希表示“智慧城市发展需要新的数字基础设施，以增强城市应对突发公共事件的韧性，"
                    + "优化城市管理和服务”。麻省理工学院可持续城市中心执行主任、中国未来城市项目负责人谭征桢则"
                    + "表示“数字转型是一种系统性的转变、是一种商业模式上的创新，是一种引领社会变迁的需求” 。"
                    + "上海腾梭科技有限公司董事长胡亮认为“智慧城市的发展往往会比城市的发展还要更快，因为它背后"
                    + "的技术发展会更快”。"));
    assertEquals(List.of("李广聚", "龚维希", "谭征桢", "胡亮"), a.speakers());
    assertEquals("李广聚", quoteContaining(a, "单体智能").speaker());
    assertEquals("龚维希", quoteContaining(a, "数字基础设施").speaker());
    assertEquals("谭征桢", quoteContaining(a, "系统性的转变").speaker());
    assertEquals("胡亮", quoteContaining(a, "还要更快").speaker());
    assertEquals(4, a.quotes().size());
  }

  @Test
  void titlesSlogansAndTermsInQuotationMarksAreNotSpeeches() {
    Article a =
        CorpusText.enriched(
            CorpusText.article(
                "习近平：从“数字福建”到“数字中国”",
                "10 月 12 日至 14 日，第三届数字中国建设峰会在福建省福州市举办。20 年前，习近平在福建任职期间，"
                    + "作出建设“数字福建”的战略决策。党的十八大以来，习近平总书记高度重视信息化发展，加强顶层"
                    + "设计、总体布局，为“数字中国”建设指明了发展方向。",
                "党的十八大以来，以习近平同志为核心的党中央放眼未来、顺应大势，作出建设数字中国的战略决策。"
                    + "2015 年，习近平总书记在第二届世界互联网大会开幕式上强调，“中国正在实施‘互联网 +’行动"
                    + "计划，推进‘数字中国’建设”。",
                "在推动“数字中国”建设的过程中，习近平强调，“要坚持以人民为中心的发展思想”。",
                "三是加速产业数字化转型进程。信息通信业与传统产业深度融合，“互联网 +”“智能 +”加出经济" + "新动能。"));
    assertEquals(List.of("习近平"), a.speakers());
    List<String> texts = a.quotes().stream().map(Quote::text).toList();
    assertEquals(List.of("中国正在实施‘互联网 +’行动计划，推进‘数字中国’建设", "要坚持以人民为中心的发展思想"), texts);
  }

  @Test
  void heSaysContinuesTheNamedSpeakerWithoutAddingOne() {
    Article a =
        CorpusText.enriched(
            CorpusText.article(
                "",
                "在 2020 世界人工智能大会投融资主题论坛上，上交所副总经理阙波介绍，人工智能企业在科创板集聚"
                    + "发展，截至 7 月 9 日，科创板共有 121 家企业上市。他表示，下一步上交所更大力度支持人工"
                    + "智能与实体经济融合发展。"));
    assertEquals(List.of("阙波"), a.speakers());
    Quote next = quoteContaining(a, "下一步上交所");
    assertEquals("阙波", next.speaker());
    assertEquals("上交所副总经理", next.role());
  }

  @Test
  void aQuotationAfterTheSpeakersReportedWordsIsStillTheirs() {
    Article a =
        CorpusText.enriched(
            CorpusText.article(
                "",
                "联合国数字合作高级别小组联合主席马云表示，相隔一年，世界已经发生了巨变，与其担忧不如担当。"
                    + "病毒没有边界、不分国家，技术也没有边界、不分你我。“大家早一点开始合作、抱团，我们就会早"
                    + "一天胜利。”"));
    assertEquals("马云", quoteContaining(a, "早一天胜利").speaker());
    assertEquals("马云", quoteContaining(a, "相隔一年，世界已经发生了巨变").speaker());
  }

  @Test
  void familyNameAndTitleRefersBackToTheOfficialNamedBefore() {
    Article a =
        CorpusText.enriched(
            CorpusText.article(
                "",
                "本次会议得到了省通信管理局、省大数据管理局的大力支持和指导。省大数据管理局党组成员、副局长"
                    + "李香林发表了热情洋溢的讲话。李局长介绍了河南大数据发展的近况和远景。他首先指出，作为"
                    + "河南省落实国家大数据战略的重要举措之一，河南省大数据管理局的成立就是要统筹协调、打造"
                    + "河南省的数据共享平台。",
                "目前已建成了“大数据管理局—大数据中心—大数据研究院—大数据科技公司”的组织体系。李局长最后" + "强调，大力发展云计算大数据产业要着重做好以下几点工作。"));
    assertEquals(List.of("李香林"), a.speakers());
    assertEquals("李香林", quoteContaining(a, "数据共享平台").speaker());
    Quote last = quoteContaining(a, "着重做好以下几点工作");
    assertEquals("李香林", last.speaker());
    assertEquals("省大数据管理局党组成员、副局长", last.role());
  }

  @Test
  void quotationNestingTheSameMarksEndsAtTheSpeakersName() {
    Article a =
        CorpusText.enriched(
            CorpusText.article(
                "中国电信助力“5G ﹢智慧医疗”落地阿勒泰",
                "同时，“5G ﹢智慧医疗”统一信息数据，共享医疗资源，也有助于卫健委对全市疾病信息的统计和预警，"
                    + "助力阿勒泰市卫健委疫情防控工作的推进开展。“5G ﹢智慧医疗”让各级医疗单位成了“一家人”，"
                    + "同时还实现了秒级追查疫情可疑病例，大大提高了卫健委的工作效率。”新疆阿勒泰市卫健委主任"
                    + "阿斯勒别克说。"));
    assertEquals(List.of("阿斯勒别克"), a.speakers());
    Quote q = quoteContaining(a, "秒级追查");
    assertTrue(q.text().startsWith("“5G ﹢智慧医疗”让各级医疗单位"), q.text());
    assertEquals("阿斯勒别克", q.speaker());
    assertEquals("新疆阿勒泰市卫健委主任", q.role());
    assertEquals(1, a.quotes().size());
  }

  @Test
  void anUnattributedQuotationIsHisWhoseGuidanceTheParagraphCallsIt() {
    Article a =
        CorpusText.enriched(
            CorpusText.article(
                "5G赋能新文旅 巡天遥看一千河",
                "“针对这件器物，你需要翻内模来补缺，因为外壁有大量反映出水瓷器文物特点的附着物，这些按照展陈"
                    + "修复的需要是要保留的。”疫情期间，中国（海南）南海博物馆文物保护与修复中心工作人员朱晓敏"
                    + "一边听着“身边人”——湖北省文物交流信息中心的专业陶瓷文物修复技术人员张济夏的指导，一边"
                    + "准备着翻模材料。"));
    assertEquals(List.of("张济夏"), a.speakers());
    assertEquals("张济夏", quoteContaining(a, "翻内模来补缺").speaker());
  }
}
