package org.yanlu.archive.corpus.html;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code 来源：<outlet>} credit that Chinese news pages print in a byline ({@code 来源：人民邮电报 作者：…})
 * or as the body's last line, naming the outlet that first published the story.
 */
public final class OutletLine {
  /** A credit line is short; a longer paragraph that starts with 来源 is text about sources. */
  private static final int MAX_CREDIT_LENGTH = 40;

  private static final Pattern CREDIT =
      Pattern.compile("(?:稿件|文章|信息|新闻)?来\\s*源\\s*[：:]\\s*(.*)", Pattern.DOTALL);

  /** Where the outlet's name ends: the byline's next field, a separator or a wide gap. */
  private static final Pattern NAME_END =
      Pattern.compile(
          "\\s*[|｜丨]|\\s{2,}|\\s+(?:作者|编辑|责任编辑|责编|记者|发布|时间|日期|浏览|阅读|点击|字号)|\\s+\\d{4}|[）)】\\]]");

  private static final Pattern EDITOR_LINE =
      Pattern.compile("^[（(【\\[]?\\s*(?:责任编辑|编辑|责编|审核|校对)\\s*[：:].{0,20}$");

  private OutletLine() {}

  /** The outlet a paragraph credits when the paragraph is a 来源 line and nothing else. */
  public static Optional<String> creditedBy(String paragraph) {
    String t = paragraph.strip();
    if (t.length() > MAX_CREDIT_LENGTH) {
      return Optional.empty();
    }
    String unbracketed = t.replaceFirst("^[（(【\\[]\\s*", "");
    Matcher m = CREDIT.matcher(unbracketed);
    return m.lookingAt() ? outlet(m.group(1)) : Optional.empty();
  }

  /** The outlet a byline credits somewhere in its text ({@code 2020-10-23 来源：人民邮电报}). */
  public static Optional<String> findIn(String byline) {
    Matcher m = CREDIT.matcher(byline);
    return m.find() ? outlet(m.group(1)) : Optional.empty();
  }

  /** Whether a paragraph is an editor's credit, page furniture rather than body text. */
  public static boolean isEditorLine(String paragraph) {
    return EDITOR_LINE.matcher(paragraph.strip()).matches();
  }

  private static Optional<String> outlet(String rest) {
    Matcher end = NAME_END.matcher(rest);
    String name = end.find() ? rest.substring(0, end.start()) : rest;
    // Print layouts space names out (来 源 ： 水 煮 通 信, C114 通信网); names have no spaces.
    name = name.replaceAll("\\s+", "");
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }
}
