package org.yanlu.archive.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How an enricher adds what it found to what the source already stated: the source's own values
 * first, as it gave them, then each found value whose key none of them has. A source that names its
 * speakers or people knows them better than a name recogniser does.
 */
final class SourceFirst {
  private SourceFirst() {}

  /** The source's values, then the found ones whose {@code key} is new. */
  static <T, K> List<T> merge(List<T> own, List<T> found, Function<T, K> key) {
    if (own.isEmpty()) {
      return found;
    }
    List<T> merged = new ArrayList<>(own);
    Set<K> seen = new LinkedHashSet<>();
    own.forEach(v -> seen.add(key.apply(v)));
    for (T v : found) {
      if (seen.add(key.apply(v))) {
        merged.add(v);
      }
    }
    return merged;
  }

  /** The source's strings, then the found ones not among them. */
  static List<String> merge(List<String> own, List<String> found) {
    return merge(own, found, String::strip);
  }
}
