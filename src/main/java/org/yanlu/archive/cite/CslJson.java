package org.yanlu.archive.cite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * A reference as a CSL-JSON item, the data model of the Citation Style Language that citeproc and
 * Zotero read: {@code article-newspaper}, {@code article-magazine} or {@code webpage}, with {@code
 * title}, {@code container-title}, {@code issued} and {@code accessed} as date parts, {@code
 * issue}, {@code page}, {@code URL} and a quote's speaker and words as {@code note}. Missing parts
 * have no key.
 */
final class CslJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CslJson() {}

  static ObjectNode item(Reference r) {
    ObjectNode item = JSON.createObjectNode();
    item.put("id", r.id());
    item.put(
        "type",
        switch (r.kind()) {
          case NEWSPAPER -> "article-newspaper";
          case MAGAZINE -> "article-magazine";
          case WEB_PAGE -> "webpage";
        });
    item.put("title", r.fullTitle());
    putText(item, "container-title", r.container());
    int[] parts = r.dateParts();
    if (parts.length > 0) {
      dateParts(item.putObject("issued"), parts);
    } else if (r.kind() == Reference.Kind.MAGAZINE && r.issueYear() != null) {
      dateParts(item.putObject("issued"), new int[] {r.issueYear()});
    }
    if (r.kind() == Reference.Kind.MAGAZINE) {
      putText(item, "issue", r.issueNumber());
    }
    putText(item, "page", r.pageRange("-"));
    putText(item, "URL", r.url());
    if (r.online() && r.accessed() != null) {
      LocalDate a = r.accessed();
      dateParts(
          item.putObject("accessed"),
          new int[] {a.getYear(), a.getMonthValue(), a.getDayOfMonth()});
    }
    if (!r.quoted().isEmpty()) {
      item.put("note", Citations.quoteNote(r));
    }
    item.put("language", "zh-CN");
    return item;
  }

  private static void dateParts(ObjectNode date, int[] parts) {
    ArrayNode one = date.putArray("date-parts").addArray();
    for (int p : parts) {
      one.add(p);
    }
  }

  private static void putText(ObjectNode item, String key, String value) {
    if (value != null && !value.isBlank()) {
      item.put(key, value);
    }
  }

  static String array(Reference r) {
    ArrayNode array = JSON.createArrayNode();
    array.add(item(r));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a CSL item always writes", e);
    }
  }
}
