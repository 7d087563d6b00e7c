package org.yanlu.archive.cite;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reference as a BibTeX entry: {@code @article} for newspaper and magazine articles (a
 * newspaper's with biblatex's {@code entrysubtype = {newspaper}}), {@code @misc} for a web page,
 * keyed by the article's id. Values are braced with TeX's special characters escaped; the URL is
 * left as it is, as biblatex reads it verbatim. Missing parts have no field.
 */
final class BibTex {
  private BibTex() {}

  static String entry(Reference r) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", escape(r.fullTitle()));
    if (r.kind() == Reference.Kind.WEB_PAGE) {
      fields.put("howpublished", escape(r.container()));
    } else {
      fields.put("journal", escape(r.container()));
    }
    if (r.kind() == Reference.Kind.NEWSPAPER) {
      fields.put("entrysubtype", "newspaper");
    }
    Integer year = r.kind() == Reference.Kind.MAGAZINE ? r.issueYear() : r.year();
    fields.put("year", year == null ? "" : year.toString());
    int[] parts = r.dateParts();
    if (parts.length >= 2) {
      fields.put("month", String.valueOf(parts[1]));
    }
    fields.put("date", r.date() == null ? "" : r.date());
    if (r.kind() == Reference.Kind.MAGAZINE) {
      fields.put("number", escape(r.issueNumber()));
    }
    fields.put("pages", r.pageRange("--"));
    fields.put("url", r.url().replace("{", "%7B").replace("}", "%7D"));
    if (r.online() && r.accessed() != null) {
      fields.put("urldate", r.accessed().toString());
    }
    if (!r.quoted().isEmpty()) {
      fields.put("note", escape(Citations.quoteNote(r)));
    }
    fields.put("langid", "chinese");
    StringBuilder out = new StringBuilder();
    out.append(r.kind() == Reference.Kind.WEB_PAGE ? "@misc{" : "@article{")
        .append(key(r.id()))
        .append(",\n");
    fields.forEach(
        (name, value) -> {
          if (!value.isEmpty()) {
            out.append("  ").append(name).append(" = {").append(value).append("},\n");
          }
        });
    out.setLength(out.length() - 2);
    return out.append("\n}\n").toString();
  }

  /** A citation key: the id with what BibTeX does not allow in a key replaced. */
  static String key(String id) {
    return id.replaceAll("[^A-Za-z0-9_:.\\-]", "_");
  }

  /** Text with TeX's special characters escaped, so that it reads back as written. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        case '\r', '\n' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
