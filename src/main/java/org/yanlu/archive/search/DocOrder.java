package org.yanlu.archive.search;

import java.util.Arrays;
import org.apache.lucene.search.ScoreDoc;

/**
 * Hits visited in doc id order: doc values only iterate forwards, and stored fields read a
 * compressed block once for the hits that share it.
 */
final class DocOrder {
  private DocOrder() {}

  /** The indexes of {@code docs}, ordered by their doc ids (a doc listed twice in list order). */
  static int[] of(ScoreDoc[] docs) {
    // Doc and index packed in one long sort without boxing: a deep page orders 20,000 of them.
    long[] packed = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      packed[i] = ((long) docs[i].doc << 32) | i;
    }
    Arrays.sort(packed);
    int[] order = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      order[i] = (int) packed[i];
    }
    return order;
  }
}
