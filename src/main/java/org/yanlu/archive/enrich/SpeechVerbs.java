package org.yanlu.archive.enrich;

import java.util.regex.Pattern;

/**
 * The lexicon of verbs that report speech ({@code 表示}, {@code 指出}, {@code 接受…专访} …), as one pattern
 * matched right after a speaker's name and the words between.
 */
final class SpeechVerbs {
  /**
   * A speech verb at the start of the text. Longer verbs come first so that {@code 说道} wins over
   * {@code 说}; the verbs of presenting ({@code 发表…讲话}) and being interviewed ({@code 接受…专访}) may
   * hold a few words inside.
   */
  static final Pattern VERB =
      Pattern.compile(
          "(?:表示|指出|强调|说道|所说|所言|认为|介绍|透露|提出|谈到|谈及|提到|分享|致辞|讲话|发言|坦言|直言"
              + "|呼吁|建议|解释|回应|补充|总结|宣布|批示|要求|寄语|阐述|告诉|预测|预计|判断|感慨|回忆"
              + "|说明|主张|举例|探讨|通报|称(?![为号之作赞])|说(?![明服])"
              + "|发表了?(?:“[^”]{0,40}”)?[^，。；！？“]{0,20}?(?:讲话|演讲|报告|致辞)|演讲|作[^，。；！？]{0,20}?报告"
              + "|接受[^，。；！？]{0,30}?(?:专访|采访))");

  /** Verbs after which the following clause is what was said, not a topic or a title. */
  static final Pattern STATEMENT_VERB =
      Pattern.compile(
          "表示|指出|强调|说道|所说|所言|认为|介绍|透露|提出|谈到|提到|分享|坦言|直言|呼吁|建议|解释|回应"
              + "|补充|总结|宣布|批示|要求|寄语|阐述|预测|预计|判断|说|称");

  /**
   * Verbs whose clause may follow with no comma ({@code 表示在智能城市建设方面，…}); after the others the words
   * straight after are an object ({@code 提出四点建议}), not what was said.
   */
  static final Pattern CLAUSE_VERB = Pattern.compile("表示|认为|指出|强调|透露");

  private SpeechVerbs() {}
}
