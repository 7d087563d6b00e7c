package org.yanlu.archive.corpus.magazine;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the forms in which a publication prints something, written as a sidecar writes them ({@code
 * …社发}, {@code （…摄）}, {@code 【…完】}, {@code “…”版块}), into a regular expression: the text is literal
 * and {@code …} stands for the part that varies (an agency, a date, a name). The extraction
 * letter-spaces text, so spaces may fall between any two characters, and it mixes full- and
 * half-width signs, so {@code （(}, {@code ）)}, {@code 【[}, {@code 】]}, {@code “"}, {@code ”"} and
 * {@code ：:} are alike.
 */
final class PrintedForms {
  /** The mark of the varying part in a form. */
  static final String VARYING = "…";

  /**
   * The varying part is one phrase of at most 30 characters: a long agency or a title such as
   * 报告·互联网发展基础信息 (12) fits, a sentence does not.
   */
  private static final int VARYING_MAX_CHARS = 30;

  /**
   * What the varying part may not hold: sentence and clause punctuation, brackets and quotes, so
   * that it stays inside its mark and never reaches into the text beside it.
   */
  private static final String VARYING_EXCLUDES = "，。；：！？、,;:!?“”\"（）()【】\\[\\]";

  private static final String VARYING_REGEX =
      "([^" + VARYING_EXCLUDES + "]{0," + VARYING_MAX_CHARS + "}?)";

  private static final Map<Character, String> ALIKE =
      Map.of(
          '（', "[（(]",
          '(', "[（(]",
          '）', "[）)]",
          ')', "[）)]",
          '【', "[【\\[]",
          '】', "[】\\]]",
          '“', "[“\"]",
          '”', "[”\"]",
          '：', "[：:]",
          ':', "[：:]");

  /** Never matches: a publication may print none of a kind (no table markers, say). */
  private static final String NOTHING = "(?!)";

  private PrintedForms() {}

  /**
   * One group, {@code (?:…|…)}, matching any of the forms; each {@code …} in them is a capturing
   * group (see {@link #varyingPart}).
   */
  static String regex(List<String> forms) {
    if (forms.isEmpty()) {
      return NOTHING;
    }
    StringBuilder any = new StringBuilder("(?:");
    for (int f = 0; f < forms.size(); f++) {
      if (f > 0) {
        any.append('|');
      }
      any.append(form(forms.get(f)));
    }
    return any.append(')').toString();
  }

  /** A pattern that matches a line consisting of one of the forms, spaces around it allowed. */
  static Pattern wholeLine(List<String> forms) {
    return Pattern.compile("^\\s*" + regex(forms) + "\\s*$");
  }

  /** The first varying part the last match captured, stripped; empty when it has none. */
  static String varyingPart(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g).strip();
      }
    }
    return "";
  }

  private static String form(String written) {
    StringBuilder regex = new StringBuilder();
    String text = written.strip();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        continue;
      }
      if (regex.length() > 0) {
        regex.append("\\s*");
      }
      String c = new String(Character.toChars(cp));
      if (c.equals(VARYING)) {
        regex.append(VARYING_REGEX);
      } else if (cp < 0x10000 && ALIKE.containsKey((char) cp)) {
        regex.append(ALIKE.get((char) cp));
      } else {
        regex.append(Pattern.quote(c));
      }
    }
    return regex.toString();
  }
}
