package org.yanlu.archive.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.solr.common.SolrDocument;

/** The fields of a document Solr returned, read as the archive's records want them. */
final class SolrDocs {
  private SolrDocs() {}

  /** The field's first value as text, or null. */
  static String string(SolrDocument d, String field) {
    Object value = d.getFirstValue(field);
    return value == null ? null : value.toString();
  }

  /** Every value of the field as text. */
  static List<String> strings(SolrDocument d, String field) {
    var values = d.getFieldValues(field);
    if (values == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(v.toString()));
    return out;
  }

  /** The document's score, 0 when Solr gave none. */
  static float score(SolrDocument d) {
    return d.getFirstValue("score") instanceof Number n ? n.floatValue() : 0f;
  }
}
