package org.yanlu.archive.index;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * The parsed query of each theme, by theme name, that the indexer tags articles with: an article
 * carries a theme when the theme's query finds it in the freshly written index.
 */
public record ThemeQueries(Map<String, Query> byName) {
  /** No themes: nothing is tagged. */
  public static final ThemeQueries NONE = new ThemeQueries(Map.of());

  public ThemeQueries {
    byName.forEach(
        (name, query) -> {
          if (name == null || name.isBlank() || query == null) {
            throw new IllegalArgumentException("a theme needs a name and a query: " + name);
          }
        });
    byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
  }

  public boolean isEmpty() {
    return byName.isEmpty();
  }
}
