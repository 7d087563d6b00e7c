package org.yanlu.archive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Person;

class NameEnricherTest {

  private static List<String> names(Article a) {
    return a.people().stream().map(Person::name).toList();
  }

  @Test
  void nameTheSegmenterSplitAfterTheFamilyNameIsOnePerson() {
    Article a =
        CorpusText.names()
            .apply(
                CorpusText.article(
                    "中国工程院院士邬贺铨：中国 5G“年检”优异 直挂云帆济沧海",
                    "“1G 时代中国比国际最早商用时间晚了 6 年，2G 晚了 3 年，3G 晚了 6 年，4G 晚了 3 年，" + "5G 是同步的。”邬贺铨强调。"));
    assertEquals(List.of("邬贺铨"), names(a));
  }

  @Test
  void nameTheSegmenterSplitBeforeItsLastCharacterIsOnePerson() {
    Article a =
        CorpusText.names()
            .apply(
                CorpusText.article(
                    "",
                    "许昆林副市长在致辞中指出，人工智能作为智慧城市发展的新引擎新动能，正在推动各领域从数字化、" + "网络化向智能化加速跃升。",
                    "“人工智能是要服务于全人类的。”论文牵头方、AI 青年科学家联盟执行理事卢策吾说。"));
    assertEquals(List.of("许昆林", "卢策吾"), names(a));
    assertEquals("副市长", a.people().get(0).role());
  }

  @Test
  void turingOfTheTuringAwardIsNotAPerson() {
    Article a =
        CorpusText.names()
            .apply(
                CorpusText.article(
                    "",
                    "“所有实战应用的耀眼光环，都来源于数十年的基础科学积累，未来应该在创新理论上寻求突破。”"
                        + "图灵奖得主、中国科学院院士姚期智表示，“现在的应用都来自过去的理论研究，现在的理论"
                        + "研究在未来某一天会让我们获得巨大的进步。”"));
    assertEquals(List.of("姚期智"), names(a));
    assertEquals("图灵奖得主、中国科学院院士", a.people().get(0).role());
  }

  @Test
  void roleBeforeTheNameIsKeptAndAPersonNamedTwiceIsOneEntry() {
    Article a =
        CorpusText.names()
            .apply(
                CorpusText.article(
                    "工信部副部长刘烈宏：已建成 5G 基站超 60 万座 5G 终端连接数超 1.5 亿",
                    "2020 年中国国际信息通信展览会在北京举行，在同期举行的 ICT 领袖论坛上，工业和信息化部副部长"
                        + "刘烈宏表示，我国建成了全球规模最大的光纤和 4G 网络，已建成开通 5G 的基站超过了 60 万座，"
                        + "5G 终端连接数超过了 1.5 亿。",
                    "刘烈宏表示，当今世界正经历百年未有之大变局，以国内大循环为主体，国内国际双循环的发展格局" + "正在形成。"));
    assertEquals(List.of(new Person("刘烈宏", "工业和信息化部副部长")), a.people());
    assertTrue(a.places().contains("北京"));
  }

  @Test
  void wordsTheSegmenterTakesForNamesAreDropped() {
    Article a =
        CorpusText.names()
            .apply(
                CorpusText.article(
                    "",
                    "与此同时，会上由郑州金惠计算机系统工程有限公司、河南讯飞人工智能科技有限公司、河南大学人工智能"
                        + "学院等 100 家单位共同发起的省人工智能产业创新发展联盟，正式揭牌成立。",
                    "中国联合网络通信有限公司政企事业群高级副总裁（常务）李广聚提到“城市未来发展将从单体智能向" + "全域智能转变，从数据驱动向数智驱动转变”。",
                    "协会秘书处人员 60 余人参加会议。"));
    assertEquals(List.of("李广聚"), names(a));
    assertFalse(a.organisations().isEmpty());
  }

  @Test
  void westernNameInLatinLettersBesideATitleIsAPersonWithItsRole() {
    Article a =
        CorpusText.names()
            .apply(
                CorpusText.article(
                    "",
                    "哈佛大学肯尼迪政府管理学院城市政策教授、美国政府创新计划中心主任 Stephen Goldsmith 分享了大"
                        + "数据助力城市管理的实践做法，中国工程院院士邬贺铨发表了“智慧城市——疫情中显韧性，新基建"
                        + "促提升”主题报告。"));
    assertEquals(
        List.of(
            new Person("邬贺铨", "中国工程院院士"),
            new Person("Stephen Goldsmith", "哈佛大学肯尼迪政府管理学院城市政策教授、美国政府创新计划中心主任")),
        a.people());
  }

  @Test
  void companyBeforeATitleIsNotAPersonAndADottedWesternNameIsOne() {
    Article a =
        CorpusText.names()
            .apply(
                CorpusText.article(
                    "",
                    "在美国、乌克兰和泰国，联影医疗的智能CT机帮助减少交叉感染……诚如特斯拉首席执行官马斯克在" + "参加2019世界人工智能大会时所说，“AI就是爱”。",
                    "判断5G是否处于导入期，我们首先要认识到5G属于高新技术的性质，符合杰弗里.摩尔在《跨越鸿沟》" + "指出的高新技术必须经历早期市场阶段。"));
    assertEquals(List.of(new Person("马斯克", "特斯拉首席执行官"), new Person("杰弗里.摩尔", "")), a.people());
  }
}
