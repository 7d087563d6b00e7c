package org.yanlu.archive.search;

import java.util.List;
import java.util.Map;

/**
 * The other outlets of a syndicated story, as a hit lists them: most copies first, then by name,
 * without the hit's own outlet or a blank one. One rule for every host.
 */
public final class AlsoIn {
  /** The most outlets a hit lists. */
  static final int MAX_OUTLETS = 20;

  private AlsoIn() {}

  /**
   * @param counts each outlet of the story's articles with how many it carried
   * @param own the hit's own outlet
   */
  public static List<String> outlets(Map<String, Integer> counts, String own) {
    return counts.entrySet().stream()
        .filter(e -> !e.getKey().isBlank() && !e.getKey().equals(own))
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_OUTLETS)
        .map(Map.Entry::getKey)
        .toList();
  }
}
