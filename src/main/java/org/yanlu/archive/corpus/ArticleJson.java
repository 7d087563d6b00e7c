package org.yanlu.archive.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Person;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.article.Section;

/**
 * An article as the JSON object that {@code articles} prints, one per line; other tools read
 * these keys, so they only ever grow.
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
    return o;
  }

  /** One JSON line, no trailing newline. */
  public static String toLine(Article a) {
    return toJson(a).toString();
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
