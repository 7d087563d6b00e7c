package org.yanlu.archive.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.SortedDocValues;

/**
 * The text of a segment's sorted doc values by ordinal, each looked up once: a collector that meets
 * a story's many copies, or an outlet's many articles, meets one ordinal many times, and looking it
 * up reads the segment's terms dictionary.
 */
final class OrdinalNames {
  private final Map<Integer, String> names = new HashMap<>();
  private SortedDocValues values;

  /** Starts a segment: its values, and none of the last segment's names. */
  void setValues(SortedDocValues values) {
    this.values = values;
    names.clear();
  }

  /** The text of the current document's value; call after the values advanced to it. */
  String current() throws IOException {
    int ord = values.ordValue();
    String name = names.get(ord);
    if (name == null) {
      name = values.lookupOrd(ord).utf8ToString();
      names.put(ord, name);
    }
    return name;
  }
}
