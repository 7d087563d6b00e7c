package org.yanlu.archive.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.enrich.SpeechReader.Event;

/**
 * Gives the words of a paragraph to their speakers: direct quotations (“…”) by the verb, the
 * quotation, the sentence or the section beside them, and reported statements ({@code X表示，…。}) to
 * the speaker of the verb. Titles, slogans and terms in quotation marks are not words said.
 */
final class QuoteAttribution {
  private record Span(int open, int close) {}

  private static final Pattern WORDS_OF = Pattern.compile("的(?:指导|讲解|讲话|发言|解释|回答|答复)");
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？；]");
  private static final Pattern JUST_PUNCTUATION = Pattern.compile("^[：:，,\\s]*$");
  private static final Pattern BETWEEN_QUOTES = Pattern.compile("^[、，,\\s]*$");
  private static final Pattern SPEECH_PUNCTUATION = Pattern.compile("[，。！？；,!?;]");
  // What follows a quotation that names a thing rather than reports words: “数字福建”的战略,
  // “智能城市 共享未来”的主题, “智慧城市——…”主题报告.
  private static final Pattern TITLE_FOLLOWER =
      Pattern.compile(
          "^(的)?(重要)?(主题|理念|口号|概念|战略|计划|行动|工程|称号|决策|目标|原则|系列|活动|项目|报告|论坛"
              + "|峰会|大会|倡议|模式|时代|格局|定位|改革|建设|启用|仪式|揭牌|体系|平台)");

  private QuoteAttribution() {}

  /** Direct quotations, each given to the speaker a careful reader would give it to. */
  static void quoted(
      String p,
      int paragraph,
      List<Event> events,
      List<String> names,
      String previousSpeaker,
      String sectionSpeaker,
      String titleSpeaker,
      Map<String, String> roles,
      List<Quote> out) {
    String lastSpeaker = null;
    boolean lastAdjacent = false;
    int lastClose = -2;
    for (Span q : quotations(p)) {
      String inner = p.substring(q.open() + 1, q.close()).strip();
      if (count(inner, '”') > count(inner, '“')) {
        // A recovered quotation that opened on a nested mark keeps that mark, so that its text
        // stays a passage of the article: “5G﹢智慧医疗”让各级医疗单位…
        inner = p.substring(q.open(), q.close()).strip();
      }
      String after = p.substring(q.close() + 1);
      boolean titleLike =
          TITLE_FOLLOWER.matcher(after.stripLeading()).find()
              || q.open() > 0 && p.charAt(q.open() - 1) == '《';
      String speaker = null;
      boolean adjacent = false;
      for (Event e : events) {
        if (e.verbEnd() <= q.open()
            && JUST_PUNCTUATION.matcher(p.substring(e.verbEnd(), q.open())).matches()) {
          speaker = e.speaker();
          adjacent = true;
        }
      }
      if (speaker == null
          && lastSpeaker != null
          && lastClose < q.open()
          && BETWEEN_QUOTES.matcher(p.substring(lastClose + 1, q.open())).matches()) {
        speaker = lastSpeaker;
        adjacent = lastAdjacent;
      }
      if (speaker == null) {
        for (Event e : events) {
          if (e.start() > q.close()) {
            String between = p.substring(q.close() + 1, e.start());
            if (!SENTENCE_END.matcher(between).find()
                && !between.contains("“")
                && between.length() <= SpeechReader.MAX_GAP
                && (isSpeechLike(inner)
                    || JUST_PUNCTUATION.matcher(between).matches()
                        && inner.replace(" ", "").length() >= 8)) {
              speaker = e.speaker();
              adjacent = true;
            }
            break;
          }
        }
      }
      if (speaker == null) {
        for (Event e : events) {
          if (e.verbEnd() <= q.open()
              && !SENTENCE_END.matcher(p.substring(e.verbEnd(), q.open())).find()) {
            speaker = e.speaker();
          }
        }
      }
      boolean speechLike = isSpeechLike(inner) && !titleLike;
      if (speaker == null && speechLike) {
        for (Event e : events) {
          if (e.verbEnd() <= q.open()) {
            speaker = e.speaker();
          }
        }
        if (speaker == null) {
          speaker = speechNamedAfter(p, q.close(), names);
        }
        if (speaker == null) {
          speaker =
              previousSpeaker != null
                  ? previousSpeaker
                  : sectionSpeaker != null ? sectionSpeaker : titleSpeaker;
        }
      }
      lastClose = q.close();
      if (speaker == null) {
        lastSpeaker = null;
        continue;
      }
      boolean shortButSaid = adjacent && !titleLike && inner.replace(" ", "").length() >= 4;
      if (speechLike || shortButSaid) {
        out.add(new Quote(speaker, roles.getOrDefault(speaker, ""), inner, paragraph));
        lastSpeaker = speaker;
        lastAdjacent = adjacent;
      } else {
        lastSpeaker = null;
      }
    }
  }

  /**
   * The person whose words the rest of the paragraph calls them (…一边听着…张济夏的指导), for a quotation
   * nobody is said to have spoken; or null.
   */
  private static String speechNamedAfter(String p, int from, List<String> names) {
    Matcher m = WORDS_OF.matcher(p);
    int best = Integer.MAX_VALUE;
    String speaker = null;
    for (String name : names) {
      for (int at = p.indexOf(name, from); at >= 0; at = p.indexOf(name, at + 1)) {
        if (at < best && m.region(at + name.length(), p.length()).lookingAt()) {
          best = at;
          speaker = name;
        }
      }
    }
    return speaker;
  }

  /**
   * Whether quoted words read as a speech rather than a title, slogan or term: a speech has the
   * punctuation of a sentence; an unpunctuated quotation counts only right beside its verb.
   */
  static boolean isSpeechLike(String inner) {
    String compact = inner.replace(" ", "");
    return compact.length() >= 6 && SPEECH_PUNCTUATION.matcher(compact).find();
  }

  private static long count(String s, char c) {
    return s.chars().filter(ch -> ch == c).count();
  }

  private static List<Span> quotations(String p) {
    List<Span> spans = new ArrayList<>();
    int depth = 0;
    int open = -1;
    for (int k = 0; k < p.length(); k++) {
      char c = p.charAt(k);
      if (c == '“') {
        if (depth == 0) {
          open = k;
        }
        depth++;
      } else if (c == '”' && depth > 0) {
        depth--;
        if (depth == 0) {
          spans.add(new Span(open, k));
        }
      } else if (c == '”') {
        recoverQuotation(p, k, spans);
      }
    }
    return spans;
  }

  /**
   * A closing mark with no opening one left: the writer nested quotations in the same marks
   * (“5G﹢智慧医疗”让各级医疗单位成了“一家人”，…效率。”). The quotation then opened at the first mark of its sentence,
   * and swallows the short ones read inside it.
   */
  private static void recoverQuotation(String p, int close, List<Span> spans) {
    int sentenceStart = 0;
    for (int k = close - 2; k >= 0; k--) {
      if ("。！？".indexOf(p.charAt(k)) >= 0) {
        sentenceStart = k + 1;
        break;
      }
    }
    int open = p.indexOf('“', sentenceStart);
    if (open < 0 || open >= close) {
      return;
    }
    spans.removeIf(span -> span.open() >= open);
    spans.add(new Span(open, close));
  }

  /** Reported statements: {@code X表示，…。} gives X the rest of the sentence. */
  static void reported(
      String p, int paragraph, List<Event> events, Map<String, String> roles, List<Quote> out) {
    for (Event e : events) {
      if (!SpeechVerbs.STATEMENT_VERB.matcher(e.verb()).matches()) {
        continue;
      }
      int k = e.verbEnd();
      if (k < p.length() && "到道".indexOf(p.charAt(k)) >= 0) {
        k++;
      }
      int start = k;
      while (start < p.length() && "，：,: \u3000".indexOf(p.charAt(start)) >= 0) {
        start++;
      }
      if (start >= p.length() || p.charAt(start) == '“' || p.charAt(start) == '了') {
        continue;
      }
      if (start == k && !SpeechVerbs.CLAUSE_VERB.matcher(e.verb()).matches()) {
        continue;
      }
      int end = sentenceEnd(p, start);
      String text = p.substring(start, end).strip();
      if (text.replace(" ", "").length() >= 6) {
        out.add(new Quote(e.speaker(), roles.getOrDefault(e.speaker(), ""), text, paragraph));
      }
    }
  }

  private static int sentenceEnd(String p, int from) {
    int depth = 0;
    for (int k = from; k < p.length(); k++) {
      char c = p.charAt(k);
      if (c == '“') {
        depth++;
      } else if (c == '”' && depth > 0) {
        depth--;
      } else if (depth == 0 && "。！？；".indexOf(c) >= 0) {
        return k;
      }
    }
    return p.length();
  }
}
