package org.yanlu.archive.enrich;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The job titles that end a role ({@code 副部长}, {@code 院士}, {@code 创始人兼 CEO}) and the rule that cuts
 * a person's role out of the words before the name.
 */
final class RoleTitles {
  private static final List<String> TITLES =
      List.of(
          "部长", "院士", "主任", "经理", "董事长", "董事", "总裁", "主席", "教授", "院长", "校长", "书记", "省长", "市长", "县长",
          "区长", "局长", "厅长", "处长", "司长", "科长", "理事长", "理事", "会长", "秘书长", "总干事", "干事", "合伙人", "负责人",
          "协调员", "成员", "总监", "研究员", "执行官", "创始人", "创办人", "人员", "总工程师", "工程师", "委员", "首席", "专家",
          "得主", "主编", "社长", "台长", "行长", "署长", "总理", "总统", "首相", "大使", "代表", "顾问", "博士", "学者", "分析师",
          "CEO", "CTO", "COO", "CFO", "总经济师", "总会计师", "主管", "队长", "组长", "站长", "所长", "总师", "副总",
          "老总", "总编辑", "编辑", "记者", "律师", "医生", "主治医师", "医师", "老师", "总书记", "政委", "司令", "参赞", "领事",
          "会员", "发言人", "科学家", "企业家", "创始合伙人", "掌门人");
  private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（）()]{1,8}[）)]$");
  // Where a role cannot reach back past: sentence punctuation, quotation marks, and the particles
  // that end the clause before a role (的, 了, 在 …上).
  private static final Pattern ROLE_START =
      Pattern.compile(
          "[，。；：！？“”‘’\"《》,;:!?…\\n]|的|了|在|由|发言|主持会议|演讲|合影|对此|其中|此外|同时|会上|期间" + "|上，|诚如|正如");

  private RoleTitles() {}

  /** The titles as a regex alternation, longest first. */
  static String alternation() {
    return TITLES.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  /**
   * The characters a title starts with, as a regex character class: checked ahead of {@link
   * #alternation()}, it fails at most places of a text with one look-up instead of trying every
   * title there (that was 4 % of a build of short texts).
   */
  static String firstCharacters() {
    return TITLES.stream()
        .map(t -> t.substring(0, 1))
        .distinct()
        .collect(Collectors.joining("", "[", "]"));
  }

  /** Whether {@code words} ends with a job title. */
  static boolean endsWithTitle(String words) {
    String w = TRAILING_NOTE.matcher(words.strip()).replaceFirst("").strip();
    for (String title : TITLES) {
      if (w.endsWith(title)) {
        return true;
      }
    }
    return false;
  }

  /** The title {@code role} ends with, without 副 ({@code 局长} for 党组成员、副局长), or "". */
  static String trailingTitle(String role) {
    String best = "";
    for (String title : TITLES) {
      if (role.endsWith(title) && title.length() > best.length()) {
        best = title;
      }
    }
    return best;
  }

  /** The job title at the start of {@code words}, or "" ({@code 副市长在致辞中} gives 副市长). */
  static String leadingTitle(String words) {
    String best = "";
    for (int end = 1; end <= Math.min(6, words.length()); end++) {
      String head = words.substring(0, end);
      if (endsWithTitle(head) && (head.startsWith("副") || head.length() <= 4)) {
        best = head;
      }
    }
    return best.strip();
  }

  /**
   * The role written right before a name: {@code 工业和信息化部副部长} in {@code 论坛上，工业和信息化部副部长刘烈宏表示}; ""
   * when the words there do not end with a title.
   *
   * @param before the text before the name, already cut at the end of an earlier name
   */
  static String roleBefore(String before) {
    Matcher m = ROLE_START.matcher(before);
    int start = 0;
    while (m.find()) {
      start = m.end();
    }
    String role = before.substring(start).strip();
    // A bracket closed inside the role ends a caption or a note before it (…供图）工信部部长);
    // one closed at its end belongs to the title (高级副总裁（常务）).
    int close = role.lastIndexOf('）');
    if (close >= 0 && close < role.length() - 1) {
      role = role.substring(close + 1).strip();
    }
    // 据 and 受 only lead into a role (据…介绍, 受…委托); inside one they are words (大数据).
    while (role.startsWith("、") || role.startsWith("受") || role.startsWith("据")) {
      role = role.substring(1).strip();
    }
    if (role.isEmpty() || role.length() > 60 || !endsWithTitle(role)) {
      return "";
    }
    return role.replaceAll("\\s+", " ");
  }
}
