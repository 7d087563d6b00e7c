package org.yanlu.archive.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Person;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.article.Section;

/**
 * Reads who speaks in an article and what they say, the way a careful reader does: a named person
 * followed by a verb of saying, a quotation next to such a verb, a quotation continuing the
 * previous speaker's words, a section headed by its speaker's name.
 *
 * <p>Works on the people {@link NameEnricher} found, so it runs after it.
 */
final class SpeechReader {
  /** The speakers of an article, first appearance first, and their quotes. */
  record Speech(List<String> speakers, List<Quote> quotes) {}

  private record Mention(String name, int start, int end, boolean pronoun) {}

  /** A named (or pronoun) speaker followed by a verb of saying, with where each stands. */
  record Event(String speaker, int start, int verbEnd, String verb, boolean named) {}

  /** How far a verb of saying may stand from the name or quotation it goes with. */
  static final int MAX_GAP = 30;

  private static final int MAX_HEADING_PREFIX = 30;
  private static final Pattern PRONOUN = Pattern.compile("[他她](?![们人国乡])");
  // The words a speaker's name cannot follow and still be the one speaking: 向/对/给 X 介绍 is
  // someone else speaking to X.
  private static final String NOT_SPEAKER_BEFORE = "向对给跟让请被为";
  private static final Pattern GAP_BREAK = Pattern.compile("[，。；！？“”：,;!?、]");
  private static final Pattern SENTENCE_CLOSE = Pattern.compile("[。！？”，；]$");

  Speech read(Article article) {
    Map<String, String> roles = new HashMap<>();
    for (Person p : article.people()) {
      roles.put(p.name(), p.role());
    }
    List<String> names = new ArrayList<>(roles.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed());

    Map<String, String> aliases = aliases(article.people());
    Set<String> speakers = new LinkedHashSet<>();
    Map<String, Quote> quotes = new LinkedHashMap<>();
    String titleSpeaker = headingSpeaker(article.title(), names);
    if (titleSpeaker != null) {
      speakers.add(titleSpeaker);
    }
    Map<Integer, String> sectionSpeakers = sectionSpeakers(article, names, speakers);

    List<String> paragraphs = article.paragraphs();
    String previousSpeaker = null;
    String headingSpeaker = null;
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      String inParagraphHeading = looksLikeHeading(p) ? headingSpeaker(p, names) : null;
      if (inParagraphHeading != null) {
        speakers.add(inParagraphHeading);
        headingSpeaker = inParagraphHeading;
      } else if (isOtherHeading(p)) {
        // A new heading that names nobody ends the previous speaker's section.
        headingSpeaker = null;
      }
      String sectionSpeaker = sectionSpeakers.getOrDefault(i, headingSpeaker);
      List<Event> events = events(p, names, aliases, previousSpeaker);
      for (Event e : events) {
        if (e.named()) {
          speakers.add(e.speaker());
        }
      }
      List<Quote> found = new ArrayList<>();
      QuoteAttribution.quoted(
          p, i, events, names, previousSpeaker, sectionSpeaker, titleSpeaker, roles, found);
      QuoteAttribution.reported(p, i, events, roles, found);
      for (Quote q : found) {
        // Whoever is given words is a speaker, also when only the quotation says so.
        speakers.add(q.speaker());
        quotes.putIfAbsent(q.speaker() + "\u0000" + q.text(), q);
      }
      previousSpeaker = events.isEmpty() ? null : events.get(events.size() - 1).speaker();
    }
    return new Speech(List.copyOf(speakers), List.copyOf(quotes.values()));
  }

  /**
   * Family name and title as a second mention of a person ({@code 李局长} for 李香林, whose role ends
   * with 副局长), when only one person of the article fits.
   */
  private static Map<String, String> aliases(List<Person> people) {
    Map<String, String> aliases = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Person person : people) {
      String title = RoleTitles.trailingTitle(person.role());
      if (title.isEmpty() || !Surnames.isSurname(person.name().charAt(0))) {
        continue;
      }
      String alias = person.name().charAt(0) + title;
      if (aliases.containsKey(alias)) {
        ambiguous.add(alias);
      }
      aliases.put(alias, person.name());
    }
    ambiguous.forEach(aliases::remove);
    return aliases;
  }

  /** The speaker a heading names: {@code 达闼科技黄晓庆：}, {@code 朱啸虎：任何行业…}; else null. */
  static String headingSpeaker(String heading, List<String> names) {
    int colon = firstColon(heading);
    if (colon < 0) {
      return null;
    }
    String prefix = heading.substring(0, colon).strip();
    if (prefix.isEmpty() || prefix.length() > MAX_HEADING_PREFIX || prefix.contains("，")) {
      return null;
    }
    for (String name : names) {
      if (prefix.endsWith(name)) {
        return name;
      }
    }
    return null;
  }

  private static int firstColon(String s) {
    int a = s.indexOf('：');
    int b = s.indexOf(':');
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private static boolean looksLikeHeading(String paragraph) {
    int colon = firstColon(paragraph);
    return colon >= 0 && colon <= MAX_HEADING_PREFIX;
  }

  private static boolean isOtherHeading(String paragraph) {
    String t = paragraph.strip();
    return t.length() <= MAX_HEADING_PREFIX && !SENTENCE_CLOSE.matcher(t).find();
  }

  private static Map<Integer, String> sectionSpeakers(
      Article article, List<String> names, Set<String> speakers) {
    Map<Integer, String> byParagraph = new HashMap<>();
    int cursor = 0;
    for (Section section : article.sections()) {
      String speaker = headingSpeaker(section.heading(), names);
      if (speaker != null) {
        speakers.add(speaker);
      }
      for (String text : section.paragraphs()) {
        int at = article.paragraphs().subList(cursor, article.paragraphs().size()).indexOf(text);
        if (at >= 0) {
          cursor += at;
          if (speaker != null) {
            byParagraph.put(cursor, speaker);
          }
          cursor++;
        }
      }
    }
    return byParagraph;
  }

  /** Every mention of a speaker followed by a verb of saying, in text order. */
  private static List<Event> events(
      String p, List<String> names, Map<String, String> aliases, String previousSpeaker) {
    List<Mention> mentions = mentions(p, names, aliases);
    List<Event> events = new ArrayList<>();
    String lastMentioned = null;
    // Names joined by 和/与/、 right before a speaker's name share the verb (马云和马化腾表示).
    List<Mention> joined = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.start() > 0 && NOT_SPEAKER_BEFORE.indexOf(p.charAt(m.start() - 1)) >= 0) {
        joined.clear();
        continue;
      }
      Matcher verb = verbAfter(p, m.end(), mentions);
      if (verb == null) {
        if (!m.pronoun()) {
          lastMentioned = m.name();
        }
        boolean joinsNext =
            !m.pronoun() && m.end() < p.length() && "和与及、".indexOf(p.charAt(m.end())) >= 0;
        if (!joinsNext
            || !joined.isEmpty() && joined.get(joined.size() - 1).end() + 1 != m.start()) {
          joined.clear();
        }
        if (joinsNext) {
          joined.add(m);
        }
        continue;
      }
      if (!m.pronoun()
          && !joined.isEmpty()
          && joined.get(joined.size() - 1).end() + 1 == m.start()) {
        for (Mention j : joined) {
          events.add(new Event(j.name(), j.start(), verb.end(), verb.group(), true));
        }
      }
      joined.clear();
      String speaker = m.name();
      boolean named = !m.pronoun();
      if (m.pronoun()) {
        // 他 is the person this paragraph named last (王志主持。他指出), a speaker already or
        // now; with nobody named in the paragraph it continues the previous one's speaker.
        if (lastMentioned != null) {
          speaker = lastMentioned;
          named = true;
        } else {
          speaker = previousSpeaker;
        }
        if (speaker == null) {
          continue;
        }
      } else {
        lastMentioned = m.name();
      }
      events.add(new Event(speaker, m.start(), verb.end(), verb.group(), named));
    }
    return events;
  }

  private static List<Mention> mentions(String p, List<String> names, Map<String, String> aliases) {
    boolean[] taken = new boolean[p.length()];
    List<Mention> mentions = new ArrayList<>();
    for (Map.Entry<String, String> alias : aliases.entrySet()) {
      for (int at = p.indexOf(alias.getKey()); at >= 0; at = p.indexOf(alias.getKey(), at + 1)) {
        if (isFree(taken, at, at + alias.getKey().length())) {
          mark(taken, at, at + alias.getKey().length());
          mentions.add(new Mention(alias.getValue(), at, at + alias.getKey().length(), false));
        }
      }
    }
    for (String name : names) {
      for (int at = p.indexOf(name); at >= 0; at = p.indexOf(name, at + 1)) {
        if (!isFree(taken, at, at + name.length())) {
          continue;
        }
        mark(taken, at, at + name.length());
        mentions.add(new Mention(name, at, at + name.length(), false));
      }
    }
    Matcher latin = LatinNames.PATTERN.matcher(p);
    while (latin.find()) {
      if (isFree(taken, latin.start(), latin.end())) {
        mark(taken, latin.start(), latin.end());
        mentions.add(new Mention(latin.group(), latin.start(), latin.end(), false));
      }
    }
    Matcher pronoun = PRONOUN.matcher(p);
    while (pronoun.find()) {
      boolean partOfWord = pronoun.start() > 0 && "其吉".indexOf(p.charAt(pronoun.start() - 1)) >= 0;
      if (!partOfWord && isFree(taken, pronoun.start(), pronoun.end())) {
        mentions.add(new Mention(pronoun.group(), pronoun.start(), pronoun.end(), true));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    return mentions;
  }

  private static boolean isFree(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      taken[k] = true;
    }
  }

  /**
   * The verb of saying that follows a mention within the same clause (the words between may hold a
   * title, a time, a place: {@code 副市长在致辞中指出}), or null.
   */
  private static Matcher verbAfter(String p, int from, List<Mention> mentions) {
    if (from < p.length() && p.charAt(from) == '的') {
      return null;
    }
    int limit = Math.min(p.length(), from + MAX_GAP);
    for (int k = from; k < limit; k++) {
      if (GAP_BREAK.matcher(String.valueOf(p.charAt(k))).matches() || startsMention(mentions, k)) {
        return null;
      }
      Matcher verb = SpeechVerbs.VERB.matcher(p).region(k, p.length());
      if (verb.lookingAt()) {
        if (verb.end() < p.length()
            && p.charAt(verb.end()) == '的'
            && !verb.group().startsWith("所")) {
          return null;
        }
        return extended(p, verb, mentions);
      }
    }
    return null;
  }

  /** {@code 接受…专访时表示}: a second verb close after the first ends the speech act. */
  private static Matcher extended(String p, Matcher verb, List<Mention> mentions) {
    int limit = Math.min(p.length(), verb.end() + 6);
    for (int k = verb.end(); k < limit; k++) {
      if (GAP_BREAK.matcher(String.valueOf(p.charAt(k))).matches() || startsMention(mentions, k)) {
        break;
      }
      Matcher next = SpeechVerbs.STATEMENT_VERB.matcher(p).region(k, p.length());
      if (next.lookingAt()) {
        return next;
      }
    }
    return verb;
  }

  private static boolean startsMention(List<Mention> mentions, int at) {
    for (Mention m : mentions) {
      if (m.start() == at) {
        return true;
      }
    }
    return false;
  }
}
