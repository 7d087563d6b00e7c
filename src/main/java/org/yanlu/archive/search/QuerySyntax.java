package org.yanlu.archive.search;

import java.util.regex.Pattern;
import org.yanlu.archive.index.ArticleFields;

/**
 * The query text a reader types, as text: rewritten into Lucene's classic syntax for {@link
 * ArchiveQueryParser} (Chinese quotation marks, the {@code ~} of an approximate quote, the classic
 * syntax we do not offer taken literally), checked for operators without their words, and with its
 * quotes taken approximately when the exact ones found nothing.
 */
final class QuerySyntax {
  /** Characters of the classic syntax that our language does not use: taken literally. */
  private static final Pattern UNUSED_SYNTAX = Pattern.compile("([*?~^\\[\\]{}/\\\\!])");

  /** A colon that does not follow one of our field names is text, such as in {@code 来源:} */
  private static final Pattern TEXT_COLON =
      Pattern.compile("(?<!(?:^|[\\s(+\\-])(?:source|speaker|theme)):");

  private static final Pattern LONE_SIGN = Pattern.compile("(^|\\s)[-+](\\s|$)");
  private static final Pattern DANGLING_OPERATOR =
      Pattern.compile("(^\\s*(OR|AND)\\b)|(\\b(OR|AND|NOT)\\s*$)");

  private QuerySyntax() {}

  /**
   * Rewrites what the reader typed into the classic syntax: a quote opened by {@code "}, {@code “}
   * or {@code 「} runs to its own closing mark and becomes an ASCII-quoted string whose content is
   * taken literally (curly quotes inside an ASCII quote are text); outside quotes, the classic
   * syntax we do not offer ({@code * ? ~ ^ [ ] { } / \ !}, colons after other words) is escaped.
   *
   * @throws BadQueryException when a quote is not closed
   */
  static String toClassic(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    StringBuilder outside = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char close = closingMark(c);
      if (close == 0) {
        outside.append(c);
        i++;
        continue;
      }
      int end = text.indexOf(close, i + 1);
      if (end < 0) {
        throw new BadQueryException("引号不成对 / unbalanced quotes: " + text);
      }
      out.append(escapeOutside(outside.toString()));
      outside.setLength(0);
      out.append('"');
      for (int k = i + 1; k < end; k++) {
        char q = text.charAt(k);
        if (q == '"' || q == '\\') {
          out.append('\\');
        }
        out.append(q);
      }
      out.append('"');
      i = end + 1;
      if (i < text.length() && isTilde(text.charAt(i))) {
        // "…"~ is an approximate quote; the classic parser hands a quote's slop to
        // getFieldQuery, and no slop a reader types gets there (their ~ is escaped), so slop 1
        // marks it.
        out.append("~1");
        i++;
      }
    }
    out.append(escapeOutside(outside.toString()));
    return out.toString();
  }

  private static boolean isTilde(char c) {
    return c == '~' || c == '～';
  }

  /**
   * The text with each of its exact quotes taken approximately ({@code "…"} as {@code "…"~}), for
   * the closest passages when the exact quotes found nothing; null when it holds no quote that can
   * be approximate (a negated one, or one too short or too long, stays as it is).
   */
  static String approximately(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() + 4);
    boolean changed = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char close = closingMark(c);
      int end = close == 0 ? -1 : text.indexOf(close, i + 1);
      if (end < 0) {
        out.append(c);
        i++;
        continue;
      }
      boolean negated = i > 0 && text.charAt(i - 1) == '-';
      String quoted = ArticleFields.keyword(text.substring(i + 1, end));
      int length = quoted.codePointCount(0, quoted.length());
      out.append(text, i, end + 1);
      i = end + 1;
      boolean already = i < text.length() && isTilde(text.charAt(i));
      if (!negated
          && !already
          && length >= ApproximateQuotes.MIN_LENGTH
          && length <= ApproximateQuotes.MAX_LENGTH) {
        out.append('~');
        changed = true;
      }
    }
    return changed ? out.toString() : null;
  }

  /** The mark that closes a quote opened by {@code c}, or 0 when {@code c} opens none. */
  private static char closingMark(char c) {
    return switch (c) {
      case '"' -> '"';
      case '“' -> '”';
      case '「' -> '」';
      case '＂' -> '＂';
      default -> 0;
    };
  }

  private static String escapeOutside(String text) {
    String escaped = UNUSED_SYNTAX.matcher(text).replaceAll("\\\\$1");
    return TEXT_COLON.matcher(escaped).replaceAll("\\\\:");
  }

  /** Operators without their words, which the classic parser would report obscurely. */
  static void check(String classic) {
    // A quote stands for one word, glued to its sign: -"基站" is a sign followed by a word.
    String outsideQuotes = classic.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "q");
    if (LONE_SIGN.matcher(outsideQuotes).find()) {
      throw new BadQueryException(
          "减号或加号后面要紧跟一个词，如 -广告 / a '-' or '+' must be followed by a word, as in -广告");
    }
    if (DANGLING_OPERATOR.matcher(outsideQuotes).find()) {
      throw new BadQueryException("OR、AND、NOT 两边都需要词 / OR, AND and NOT need a word on each side");
    }
  }
}
