package org.yanlu.archive.enrich;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Person;
import org.yanlu.archive.article.Section;

/**
 * Adds the people, organisations and places an article names, found with HanLP's name, organisation
 * and place recognition and then cleaned: split names joined, false names dropped, each person once
 * with the role the text gives before the name. Those the source itself gives stay first.
 */
public final class NameEnricher implements UnaryOperator<Article> {
  // The dot between a Western given name and family name: 杰弗里.摩尔, 杰弗里·摩尔.
  private static final Pattern FOREIGN_NAME_DOT = Pattern.compile("\\s*[.·•．・]\\s*");
  private static final String PRONOUNS = "他她它我你这那其之此每各某本您咱";
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
  // Characters that may stand right before or after a person's name; a "name" always wedged
  // between other words (智能向全域智能) is a segmenter's guess, not a person.
  private static final String NAME_NEIGHBOURS_BEFORE = "、和与及据对向由是为给让请跟同被称的但而即如若连";
  // A family name after a number is a measure word: 100 余人, 3 万次.
  private static final String QUANTITY = "人名万次个家台而余千百十";
  // Last characters of sites, places and bodies (商都网, 南省), never of a given name.
  private static final String PLACE_OR_BODY_END = "网省市县镇乡村厅局处站报社";
  private static final String QUOTE_MARKS = "“”‘’《》「」\"'";
  private static final String NAME_NEIGHBOURS_AFTER =
      "、等在则也还曾将和与及的说称表指强认介透提谈分致讲发接坦直呼解回补总宣所批要告寄阐感答日同先女教院";
  private static final Pattern FALSE_NAME_FOLLOWER = Pattern.compile("^(奖|式|机|测试|定律|完备)");
  private static final Pattern ORGANISATION_END =
      Pattern.compile(
          "(公司|集团|大学|学院|研究院|研究所|协会|学会|委员会|部|局|厅|院|所|中心|银行|组织|办公室|委|署|"
              + "处|会|社|台|报|网|医院|联盟|基金|实验室|政府|法院|检察院|联合会|工作室|交易所|科技)$");
  // A name HanLP did not recognise, in the one place where a careful reader still knows it is
  // a name: between a job title and a verb of saying (副总经理王某某表示).
  private static final Pattern TITLED_SPEAKER =
      Pattern.compile(
          "(?="
              + RoleTitles.firstCharacters()
              + ")(?:"
              + RoleTitles.alternation()
              + ")("
              + Surnames.characterClass()
              + "\\p{IsHan}{1,2}?)(?=在|：|"
              + SpeechVerbs.VERB.pattern()
              + ")");
  private static final Pattern PLACE_START = Pattern.compile("^[比向在从到对和与]");

  /**
   * Made at the first article rather than with the enricher: HanLP loads its dictionaries then, a
   * second of a server's start that only reading new sources needs. The one segmenter serves every
   * indexing thread at once: since 1.7 the recognisers' dictionaries are double-array tries built
   * whole when their class loads, and a segmenter keeps no state between calls, so the failures of
   * lazily built Aho-Corasick tries under concurrent use (hankcs/HanLP#390, 1.3) cannot happen.
   * Names are a third of a build's work on short texts, so a lock would cap a build at about three
   * cores however many it has (on two it cost nothing measurable); NameEnricherConcurrencyTest
   * checks that threads find what one thread finds.
   */
  private volatile Segment segment;

  private Segment segment() {
    Segment made = segment;
    if (made == null) {
      synchronized (this) {
        made = segment;
        if (made == null) {
          made =
              HanLP.newSegment()
                  .enableNameRecognize(true)
                  .enableOrganizationRecognize(true)
                  .enablePlaceRecognize(true);
          segment = made;
        }
      }
    }
    return made;
  }

  @Override
  public Article apply(Article article) {
    Map<String, String> people = new LinkedHashMap<>();
    Set<String> organisations = new LinkedHashSet<>();
    Set<String> places = new LinkedHashSet<>();
    List<String> texts = new ArrayList<>();
    texts.add(article.title());
    texts.add(article.subtitle());
    for (Section section : article.sections()) {
      texts.add(section.heading());
    }
    texts.addAll(article.paragraphs());
    for (String text : texts) {
      if (text.isBlank()) {
        continue;
      }
      for (Found found : find(text)) {
        switch (found.kind()) {
          case PERSON -> people.merge(found.name(), found.role(), NameEnricher::betterRole);
          case ORGANISATION -> organisations.add(found.name());
          case PLACE -> places.add(found.name());
        }
      }
    }
    List<Person> persons = new ArrayList<>();
    people.forEach(
        (name, role) -> {
          if (!isFragment(name, people.keySet())) {
            persons.add(new Person(name, role));
          }
        });
    return article.withNames(
        SourceFirst.merge(withRoles(article.people(), persons), persons, NameEnricher::personKey),
        SourceFirst.merge(article.organisations(), List.copyOf(organisations)),
        SourceFirst.merge(article.places(), List.copyOf(places)));
  }

  /**
   * The source's people, each given the role the text gives when the source gave none: the text
   * adds to what the source says, never overrules it.
   */
  private static List<Person> withRoles(List<Person> own, List<Person> found) {
    Map<String, String> roles = new LinkedHashMap<>();
    found.forEach(p -> roles.putIfAbsent(personKey(p), p.role()));
    return own.stream()
        .map(
            p ->
                p.role().isBlank() && !roles.getOrDefault(personKey(p), "").isBlank()
                    ? new Person(p.name(), roles.get(personKey(p)))
                    : p)
        .toList();
  }

  /** One person per name; a role the source left out is not a second person. */
  private static String personKey(Person p) {
    return p.name().strip();
  }

  /**
   * Of two roles given to one person, the one to keep: a present role over a former one (时任…), then
   * the fuller one, since a headline shortens 工业和信息化部副部长 to 工信部副部长.
   */
  private static String betterRole(String kept, String other) {
    boolean keptFormer = kept.startsWith("时任");
    boolean otherFormer = other.startsWith("时任");
    if (keptFormer != otherFormer && !kept.isEmpty() && !other.isEmpty()) {
      return keptFormer ? other : kept;
    }
    return other.length() > kept.length() ? other : kept;
  }

  /** The names found in one text, in order, people with their roles. */
  List<Found> find(String text) {
    List<Term> terms = segment().seg(text);
    List<Found> found = new ArrayList<>();
    int[] offsets = offsets(text, terms);
    int lastNameEnd = 0;
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      String nature = t.nature.toString();
      int start = offsets[i];
      if (nature.startsWith("nr")) {
        int j = mergeEnd(terms, i);
        String name = concat(terms, i, j);
        int end = start + name.length();
        boolean foreign = false;
        for (int k = i; k < j; k++) {
          foreign |= terms.get(k).nature.toString().equals("nrf");
        }
        if (isPerson(text, name, start, end, foreign)) {
          String role = RoleTitles.roleBefore(text.substring(lastNameEnd, start));
          if (role.isEmpty()) {
            role = RoleTitles.leadingTitle(text.substring(end));
          }
          found.add(new Found(Kind.PERSON, name, role));
          lastNameEnd = end;
        }
        i = j - 1;
      } else if (nature.startsWith("nt")
          && t.word.length() >= 3
          && ORGANISATION_END.matcher(t.word).find()) {
        found.add(new Found(Kind.ORGANISATION, t.word.strip(), ""));
      } else if (nature.startsWith("ns")
          && t.word.length() >= 2
          && HAN.matcher(t.word).matches()
          && !PLACE_START.matcher(t.word).find()) {
        found.add(new Found(Kind.PLACE, t.word, ""));
      }
    }
    for (Matcher m = LatinNames.PATTERN.matcher(text); m.find(); ) {
      // A Latin name counts as a person only beside a title or a verb of saying, the places
      // where the text says so: 中心主任 Stephen Goldsmith 分享了, Michael Batty 教授.
      String before = text.substring(0, m.start()).stripTrailing();
      String after = text.substring(m.end()).stripLeading();
      String role = RoleTitles.roleBefore(before);
      if (role.isEmpty()) {
        role = RoleTitles.leadingTitle(after);
      }
      if (!role.isEmpty() || SpeechVerbs.VERB.matcher(after).lookingAt()) {
        found.add(new Found(Kind.PERSON, m.group(), role));
      }
    }
    for (Matcher m = TITLED_SPEAKER.matcher(text); m.find(); ) {
      String name = m.group(1);
      boolean known =
          found.stream().anyMatch(f -> f.name().contains(name) || name.contains(f.name()));
      if (!known && NAME_NEIGHBOURS_AFTER.indexOf(name.charAt(name.length() - 1)) < 0) {
        found.add(
            new Found(Kind.PERSON, name, RoleTitles.roleBefore(text.substring(0, m.start(1)))));
      }
    }
    return found;
  }

  /**
   * Where a name starting at term {@code i} ends: the segmenter often cuts a name after the family
   * name ({@code 邬/贺铨}, {@code 龚/维希}) or before the last character ({@code 许昆/林}).
   */
  private static int mergeEnd(List<Term> terms, int i) {
    String word = terms.get(i).word;
    if (i + 1 >= terms.size()) {
      return i + 1;
    }
    Term next = terms.get(i + 1);
    if (terms.get(i).nature.toString().equals("nrf")
        && i + 2 < terms.size()
        && FOREIGN_NAME_DOT.matcher(next.word).matches()
        && terms.get(i + 2).nature.toString().startsWith("nr")) {
      return i + 3;
    }
    if (terms.get(i).nature.toString().equals("nrf")) {
      return i + 1;
    }
    if (next.nature.toString().equals("nrf") && word.length() + next.word.length() <= 8) {
      return i + 2;
    }
    boolean familyNameAlone =
        word.length() == 1 && Surnames.isSurname(word.charAt(0)) || Surnames.isDoubleSurname(word);
    if (familyNameAlone && next.word.length() <= 2 && isNameLike(next)) {
      return i + 2;
    }
    if (word.length() == 2
        && Surnames.isSurname(word.charAt(0))
        && next.word.length() == 1
        && isNameLike(next)
        && (i + 2 >= terms.size() || endsName(terms.get(i + 2)))) {
      return i + 2;
    }
    return i + 1;
  }

  /** A part of a longer name the article also gives (阿依 beside 阿依努尔). */
  private static boolean isFragment(String name, Set<String> names) {
    for (String other : names) {
      if (other.length() > name.length() && other.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameLike(Term t) {
    String n = t.nature.toString();
    return HAN.matcher(t.word).matches()
        && (n.startsWith("nr")
            || n.equals("ng")
            || n.equals("nz")
            || n.equals("n")
            || n.equals("g")
            || n.equals("j")
            || n.equals("a")
            || n.equals("b")
            || n.equals("ag")
            || n.equals("r") && PRONOUNS.indexOf(t.word.charAt(0)) < 0)
        && NAME_NEIGHBOURS_AFTER.indexOf(t.word.charAt(0)) < 0;
  }

  private static boolean endsName(Term t) {
    String n = t.nature.toString();
    return n.equals("w")
        || n.startsWith("v")
        || n.equals("p")
        || n.equals("d")
        || n.equals("c")
        || n.equals("nnt")
        || n.startsWith("u")
        || RoleTitles.endsWithTitle(t.word);
  }

  private static boolean isPerson(String text, String name, int start, int end, boolean foreign) {
    if (!HAN.matcher(FOREIGN_NAME_DOT.matcher(name).replaceAll("")).matches()) {
      return false;
    }
    String after = text.substring(end);
    if (!foreign && !HAN.matcher(name).matches()) {
      return false;
    }
    if (foreign) {
      // A transliterated name right before a title is a company's (特斯拉首席执行官马斯克).
      return name.length() >= 2
          && name.length() <= 8
          && !FALSE_NAME_FOLLOWER.matcher(after).find()
          && RoleTitles.leadingTitle(after).isEmpty();
    }
    if (name.length() < 2
        || name.length() > 4
        || !Surnames.startsName(name)
        || RoleTitles.endsWithTitle(name)
        || name.length() == 2 && QUANTITY.indexOf(name.charAt(1)) >= 0
        || PLACE_OR_BODY_END.indexOf(name.charAt(name.length() - 1)) >= 0) {
      return false;
    }
    // Both neighbours must allow a name: a word wedged between other words (郑州金惠, 实施建设) is a
    // segmenter's guess; a person named once only in such a place is rare and costs less missed.
    String before = text.substring(0, start);
    if (RoleTitles.endsWithTitle(before) || !RoleTitles.leadingTitle(after).isEmpty()) {
      return true;
    }
    return fitsBefore(before) && fitsAfter(after);
  }

  private static boolean fitsBefore(String before) {
    if (before.isEmpty()) {
      return true;
    }
    char c = before.charAt(before.length() - 1);
    String trimmed = before.stripTrailing();
    if (!trimmed.isEmpty() && Character.isDigit(trimmed.charAt(trimmed.length() - 1))) {
      return false;
    }
    return !isHan(c) && QUOTE_MARKS.indexOf(c) < 0
        || NAME_NEIGHBOURS_BEFORE.indexOf(c) >= 0
        || RoleTitles.endsWithTitle(before);
  }

  private static boolean fitsAfter(String after) {
    if (after.isEmpty()) {
      return true;
    }
    char c = after.charAt(0);
    return !isHan(c) && QUOTE_MARKS.indexOf(c) < 0
        || NAME_NEIGHBOURS_AFTER.indexOf(c) >= 0
        || !RoleTitles.leadingTitle(after).isEmpty();
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static String concat(List<Term> terms, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      sb.append(terms.get(k).word);
    }
    return sb.toString();
  }

  private static int[] offsets(String text, List<Term> terms) {
    int[] offsets = new int[terms.size()];
    int pos = 0;
    for (int i = 0; i < terms.size(); i++) {
      int at = text.indexOf(terms.get(i).word, pos);
      offsets[i] = at < 0 ? pos : at;
      pos = at < 0 ? pos : at + terms.get(i).word.length();
    }
    return offsets;
  }

  enum Kind {
    PERSON,
    ORGANISATION,
    PLACE
  }

  /** One name found in a text; {@code role} only for people. */
  record Found(Kind kind, String name, String role) {}
}
