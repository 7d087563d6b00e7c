package org.yanlu.archive.search;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.search.ScoreDoc;

/**
 * Hits visited in doc id order: doc values only iterate forwards, and stored fields read a
 * compressed block once for the hits that share it.
 */
final class DocOrder {
  private DocOrder() {}

  /** The indexes of {@code docs}, ordered by their doc ids. */
  static Integer[] of(ScoreDoc[] docs) {
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
    return order;
  }
}
