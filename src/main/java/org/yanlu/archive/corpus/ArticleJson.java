package org.yanlu.archive.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.article.DatePrecision;
import org.yanlu.archive.article.Person;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.article.Section;

/**
 * An article as the JSON object that {@code articles} prints, one per line, and that the JSON-lines
 * reader reads back; other tools read these keys, so they only ever grow.
 */
public final class ArticleJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ArticleJson() {}

  public static ObjectNode toJson(Article a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("title", a.title());
    o.put("subtitle", a.subtitle());
    o.put("source", a.source());
    o.put("date", a.date().text());
    o.put("datePrecision", a.date().precision().label());
    o.put("publication", a.publication());
    o.put("issue", a.issue());
    ArrayNode pages = o.putArray("pages");
    a.pages().forEach(pages::add);
    strings(o.putArray("paragraphs"), a.paragraphs());
    ArrayNode sections = o.putArray("sections");
    for (Section s : a.sections()) {
      ObjectNode so = sections.addObject();
      so.put("heading", s.heading());
      strings(so.putArray("paragraphs"), s.paragraphs());
    }
    strings(o.putArray("speakers"), a.speakers());
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : a.quotes()) {
      ObjectNode qo = quotes.addObject();
      qo.put("speaker", q.speaker());
      qo.put("role", q.role());
      qo.put("text", q.text());
      qo.put("paragraph", q.paragraph());
    }
    ArrayNode people = o.putArray("people");
    for (Person p : a.people()) {
      ObjectNode po = people.addObject();
      po.put("name", p.name());
      po.put("role", p.role());
    }
    strings(o.putArray("organisations"), a.organisations());
    strings(o.putArray("places"), a.places());
    strings(o.putArray("themes"), a.themes());
    o.put("url", a.url());
    o.put("untitled", a.untitled());
    return o;
  }

  /** One JSON line, no trailing newline. */
  public static String toLine(Article a) {
    return toJson(a).toString();
  }

  /**
   * The article as an index stores it: these keys without {@code paragraphs}, which the index holds
   * once, as the stored values of its body field.
   */
  public static String toStored(Article a) {
    ObjectNode o = toJson(a);
    o.remove("paragraphs");
    return o.toString();
  }

  /**
   * Reads the article {@code id} that an index stored with {@link #toStored}, given its paragraphs.
   *
   * @throws IllegalStateException if the stored text is no such article: the index holds what we
   *     wrote, so that is a broken index, not bad input
   */
  public static Article fromStored(String id, String stored, List<String> paragraphs) {
    try {
      JsonNode o = JSON.readTree(stored);
      if (!o.isObject()) {
        throw new InvalidArticleJsonException("an article is a JSON object, not " + kind(o));
      }
      return read(o, paragraphs, storedDate(o));
    } catch (JsonProcessingException | InvalidArticleJsonException e) {
      throw new IllegalStateException("stored article " + id + " does not read back", e);
    }
  }

  /**
   * The date of a stored article. Indexes and Solr collections written before the index used this
   * mapping hold Jackson's form of the record, {@code {"day": [2020, 11, 1], "precision": "DAY"}},
   * and every other key as here; they still read, so that no host has to be rebuilt.
   */
  private static ArticleDate storedDate(JsonNode o) throws InvalidArticleJsonException {
    JsonNode date = o.path("date");
    if (!date.isObject()) {
      return date(o);
    }
    JsonNode day = date.path("day");
    if (day.isNull() || day.isMissingNode()) {
      return ArticleDate.UNKNOWN;
    }
    try {
      LocalDate d =
          day.isArray()
              ? LocalDate.of(day.path(0).asInt(), day.path(1).asInt(), day.path(2).asInt())
              : LocalDate.parse(day.asText());
      return new ArticleDate(d, DatePrecision.valueOf(date.path("precision").asText()));
    } catch (RuntimeException e) {
      throw new InvalidArticleJsonException("\"date\" is not a date: " + date, e);
    }
  }

  /**
   * Reads an article from the keys {@link #toJson} writes. Needed: a body, {@code paragraphs}
   * (strings) or {@code text} (paragraphs split at newlines). Optional: every other key, {@code
   * title} too (the corpus titles an untitled article by its opening words); a missing {@code id}
   * becomes a hash of source, title and date (of source, date and body when there is no title), so
   * the same article read twice keeps one id. {@code datePrecision} is not read: {@code date}'s
   * form gives it.
   *
   * @throws InvalidArticleJsonException naming the key that is missing or of the wrong type
   */
  public static Article fromJson(JsonNode o) throws InvalidArticleJsonException {
    if (!o.isObject()) {
      throw new InvalidArticleJsonException("an article is a JSON object, not " + kind(o));
    }
    List<String> paragraphs = paragraphs(o);
    if (paragraphs.isEmpty()) {
      throw InvalidArticleJsonException.noBody();
    }
    return read(o, paragraphs, date(o));
  }

  private static ArticleDate date(JsonNode o) throws InvalidArticleJsonException {
    try {
      return ArticleDate.parse(string(o, "date"));
    } catch (IllegalArgumentException e) {
      throw new InvalidArticleJsonException("\"date\" " + e.getMessage(), e);
    }
  }

  private static Article read(JsonNode o, List<String> paragraphs, ArticleDate date)
      throws InvalidArticleJsonException {
    String title = string(o, "title");
    String source = string(o, "source");
    String id = string(o, "id");
    String day = date.isKnown() ? date.text() : "";
    if (id.isBlank()) {
      // Untitled poems of one outlet and day differ only by their text.
      id =
          title.isBlank()
              ? StableId.of("jsonl-untitled", source, day, String.join("\n", paragraphs))
              : StableId.of("jsonl", source, title, day);
    }
    return new Article(
        id,
        title,
        string(o, "subtitle"),
        source,
        date,
        string(o, "publication"),
        string(o, "issue"),
        pages(o),
        paragraphs,
        sections(o),
        strings(o, "speakers"),
        quotes(o),
        people(o),
        strings(o, "organisations"),
        strings(o, "places"),
        strings(o, "themes"),
        string(o, "url"),
        bool(o, "untitled"));
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static List<String> paragraphs(JsonNode o) throws InvalidArticleJsonException {
    List<String> paragraphs = strings(o, "paragraphs").stream().filter(p -> !p.isBlank()).toList();
    if (!paragraphs.isEmpty()) {
      return paragraphs;
    }
    return string(o, "text").lines().map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  private static List<Integer> pages(JsonNode o) throws InvalidArticleJsonException {
    List<Integer> pages = new ArrayList<>();
    for (JsonNode page : array(o, "pages")) {
      if (!page.canConvertToInt() || !page.isIntegralNumber()) {
        throw new InvalidArticleJsonException("\"pages\" holds numbers, not " + kind(page));
      }
      pages.add(page.intValue());
    }
    return pages;
  }

  private static List<Section> sections(JsonNode o) throws InvalidArticleJsonException {
    List<Section> sections = new ArrayList<>();
    for (JsonNode s : objects(o, "sections")) {
      sections.add(new Section(string(s, "heading"), strings(s, "paragraphs")));
    }
    return sections;
  }

  private static List<Quote> quotes(JsonNode o) throws InvalidArticleJsonException {
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : objects(o, "quotes")) {
      JsonNode paragraph = q.path("paragraph");
      if (!paragraph.isMissingNode() && !paragraph.isNull() && !paragraph.isIntegralNumber()) {
        throw new InvalidArticleJsonException(
            "a quote's \"paragraph\" is a number, not " + kind(paragraph));
      }
      quotes.add(
          new Quote(string(q, "speaker"), string(q, "role"), string(q, "text"), paragraph.asInt()));
    }
    return quotes;
  }

  private static List<Person> people(JsonNode o) throws InvalidArticleJsonException {
    List<Person> people = new ArrayList<>();
    for (JsonNode p : objects(o, "people")) {
      people.add(new Person(string(p, "name"), string(p, "role")));
    }
    return people;
  }

  private static boolean present(JsonNode o, String key) {
    return o.has(key) && !o.get(key).isNull();
  }

  private static String string(JsonNode o, String key) throws InvalidArticleJsonException {
    if (!present(o, key)) {
      return "";
    }
    JsonNode value = o.get(key);
    if (!value.isTextual()) {
      throw new InvalidArticleJsonException("\"" + key + "\" is a string, not " + kind(value));
    }
    return value.asText();
  }

  private static boolean bool(JsonNode o, String key) throws InvalidArticleJsonException {
    if (!present(o, key)) {
      return false;
    }
    JsonNode value = o.get(key);
    if (!value.isBoolean()) {
      throw new InvalidArticleJsonException("\"" + key + "\" is true or false, not " + kind(value));
    }
    return value.booleanValue();
  }

  private static JsonNode array(JsonNode o, String key) throws InvalidArticleJsonException {
    if (!present(o, key)) {
      return JSON.createArrayNode();
    }
    JsonNode value = o.get(key);
    if (!value.isArray()) {
      throw new InvalidArticleJsonException("\"" + key + "\" is an array, not " + kind(value));
    }
    return value;
  }

  private static List<String> strings(JsonNode o, String key) throws InvalidArticleJsonException {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array(o, key)) {
      if (!value.isTextual()) {
        throw new InvalidArticleJsonException("\"" + key + "\" holds strings, not " + kind(value));
      }
      values.add(value.asText());
    }
    return values;
  }

  private static List<JsonNode> objects(JsonNode o, String key) throws InvalidArticleJsonException {
    List<JsonNode> values = new ArrayList<>();
    for (JsonNode value : array(o, key)) {
      if (!value.isObject()) {
        throw new InvalidArticleJsonException("\"" + key + "\" holds objects, not " + kind(value));
      }
      values.add(value);
    }
    return values;
  }

  /** The JSON type of a value, as a message names it: {@code a number (5)}. */
  private static String kind(JsonNode value) {
    String type =
        switch (value.getNodeType()) {
          case ARRAY -> "an array";
          case OBJECT -> "an object";
          case NUMBER -> "a number";
          case BOOLEAN -> "a boolean";
          case STRING -> "a string";
          case NULL -> "null";
          default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    return value.isValueNode() ? type + " (" + value + ")" : type;
  }
}
