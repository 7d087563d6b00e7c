package org.yanlu.archive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Section;

class SpeakerEnricherTest {

  @Test
  void liuLiehongIsTheOnlySpeakerOfHisStory() {
    Article a =
        CorpusText.enriched(
            CorpusText.article(
                "工信部副部长刘烈宏：已建成 5G 基站超 60 万座 5G 终端连接数超 1.5 亿",
                "2020 年中国国际信息通信展览会在北京举行，在同期举行的 ICT 领袖论坛上，工业和信息化部副部长"
                    + "刘烈宏表示，我国建成了全球规模最大的光纤和 4G 网络，已建成开通 5G 的基站超过了 60 万座，"
                    + "5G 终端连接数超过了 1.5 亿。",
                "2020 年是我国决胜全面建成小康社会和“十三五”规划的收官之年，即将过去的“十三五”时期，"
                    + "工信部坚决贯彻落实网络强国战略思想，推动信息通信业高速发展。对此，刘烈宏从以下四方面"
                    + "介绍了我国信息通信业的发展情况。",
                "三是加速产业数字化转型进程。信息通信业与传统产业深度融合，“互联网 +”“智能 +”加出经济"
                    + "新动能，带动了“大众创业 万众创新”、智能制造、智慧农业、智慧旅游等新业态蓬勃发展。"));
    assertEquals(List.of("刘烈宏"), a.speakers());
  }

  @Test
  void aCouncilMeetingHasTheOfficialsWhoSpokeButNotTheOneWhoDelegated() {
    Article a =
        CorpusText.enriched(
            CorpusText.article(
                "中国互联网协会第五届理事会第二次全体会议在京召开",
                "受工业和信息化部副部长刘烈宏委托，工业和信息化部信息通信管理局局长韩夏出席会议并讲话。"
                    + "中国互联网协会理事长尚冰致辞并主持第一阶段会议，中国互联网协会副理事长兼秘书长刘多作"
                    + "中国互联网协会工作报告并主持会议审议环节。",
                "中国互联网协会理事长尚冰在致辞中表示，近些年，国家大力推进“放管服”改革。",
                "中国互联网协会副理事长兼秘书长刘多作中国互联网协会工作报告。刘多在报告中总结了中国互联网"
                    + "协会发挥行业组织引导作用开展的各项工作。刘多表示，中国互联网协会秘书处将在新一届理事会"
                    + "的带领下，认真履行协会章程赋予的职责。"));
    assertEquals(List.of("韩夏", "尚冰", "刘多"), a.speakers());
  }

  @Test
  void sectionHeadingsNameTheirSpeakers() {
    String huang =
        "7 月 9 日晚间消息，2020 世界人工智能大会云端峰会今日开幕，达闼科技创始人兼 CEO 黄晓庆在对话"
            + "环节分享到，超系统的第一个时代是图形界面；第二个时代是乔布斯启动的可触控的用户界面。";
    String huangQuote = "“所以随着超系统的水平越来越高，我们最终肯定能做出家庭保姆机器人。当然我们肯定还是需要" + "一定的时间。”黄晓庆表示。";
    String zhu = "朱啸虎认为，未来两三年，互联网公司和科技公司都将成为人工智能公司，至少需要有人工智能的模块，" + "否则是没有竞争力的。";
    String que =
        "在 2020 世界人工智能大会投融资主题论坛上，上交所副总经理阙波介绍，人工智能企业在科创板集聚" + "发展。他表示，下一步上交所更大力度支持人工智能与实体经济融合发展。";
    Article a =
        CorpusText.enriched(
            CorpusText.withSections(
                "重磅！一文读懂 62 位科技大咖的 2020 世界人工智能新趋势新思想",
                List.of(
                    new Section("达闼科技黄晓庆：超系统的第三个时代是机器人时代 AI 是操作系统", List.of(huang, huangQuote)),
                    new Section("朱啸虎：任何行业有一点泡沫才是健康的", List.of(zhu)),
                    new Section("上交所副总经理阙波：科创板 AI 相关企业总市值超 3200 亿元", List.of(que))),
                huang,
                huangQuote,
                zhu,
                que));
    assertEquals(List.of("黄晓庆", "朱啸虎", "阙波"), a.speakers());
  }

  @Test
  void speakersOfTheAiConferenceReportAreThePeopleQuotedNotThoseOnlyNamed() {
    Article a =
        CorpusText.enriched(
            CorpusText.article(
                "让世界更有“AI”",
                "这是一场极为特殊的相聚：马云、马化腾、马斯克、李彦宏等行业大咖以“云上见”的方式，跨越大洲、"
                    + "汇聚云端；这是一次提振信心的亮相：人工智能（AI）不仅是防控疫情的援兵，也是经济复苏的"
                    + "“后手”。",
                "“所有实战应用的耀眼光环，都来源于数十年的基础科学积累，未来应该在创新理论上寻求突破。”"
                    + "图灵奖得主、中国科学院院士姚期智表示，“现在的应用都来自过去的理论研究，现在的理论研究"
                    + "在未来某一天会让我们获得巨大的进步。”",
                "在连线中，马斯克则透露，正在中国建立相关工程团队。“我们会在中国做很多原创性工程开发，而不"
                    + "仅仅是简单地把美国的东西搬到中国。预计未来我们工厂中会运用更多智能化软件，欢迎加入我们"
                    + "的上海工厂。”马斯克说。",
                "“科技创新能力强的国家将拥有显著优势，需防范发达国家与发展中国家间技术差距扩大的风险。社会"
                    + "各界需要同心协力并建立战略伙伴关系，避免加剧技术鸿沟。”联合国工业发展组织总干事李勇说。",
                "联合国数字合作高级别小组联合主席马云表示，相隔一年，世界已经发生了巨变，与其担忧不如担当。"
                    + "病毒没有边界、不分国家，技术也没有边界、不分你我。“大家早一点开始合作、抱团，我们就会早"
                    + "一天胜利。”"));
    assertEquals(List.of("姚期智", "马斯克", "李勇", "马云"), a.speakers());
  }

  @Test
  void speakersOfTheSmartCityForumIncludePresentersAndLatinNames() {
    Article a =
        CorpusText.enriched(
            CorpusText.article(
                "“智能城市 共享未来”2020 世界人工智能大会国际智能城市峰会隆重举办！",
                "来自美国、英国、新加坡、芬兰、阿联酋等多个国家的 20 多位城市代表、专家学者和企业家共同围绕"
                    + "“智能城市 共享未来”的主题，分享了智慧城市最新观点和实践经验。哈佛大学肯尼迪政府管理学院"
                    + "城市政策教授、美国政府创新计划中心主任 Stephen Goldsmith 分享了大数据助力城市管理的实践"
                    + "做法，中国工程院院士邬贺铨发表了“智慧城市——疫情中显韧性，新基建促提升”主题报告。",
                "上海市副市长许昆林、同济大学副校长、中国工程院院士吴志强、上海第一财经传媒有限公司总经理陈思劼" + "等领导专家和举办方代表通过线上或线下形式出席会议。"));
    assertEquals(List.of("Stephen Goldsmith", "邬贺铨"), a.speakers());
  }
}
