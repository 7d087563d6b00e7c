package org.yanlu.archive.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.LongValues;
import org.yanlu.archive.index.StoryGroups;

/**
 * The story of each hit as one number across the searcher's segments, for telling stories apart
 * without reading their group ids: looking up a group's bytes decompresses a block of the terms
 * dictionary, which for the twenty thousand hits of a deep page cost more than ranking them.
 */
final class StoryKeys {
  private StoryKeys() {}

  /**
   * One key per hit: its story's number in {@link FacetedIndexSearcher#storyOrdinals}, or for an
   * article without a group (indexed before groups existed, a story of its own) a negative number
   * of its own.
   */
  static long[] of(FacetedIndexSearcher s, ScoreDoc[] docs) throws IOException {
    long[] keys = new long[docs.length];
    OrdinalMap numbering = s.storyOrdinals();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int leafIndex = -1;
    int docBase = 0;
    SortedDocValues groups = null;
    LongValues toGlobal = null;
    int previousDoc = -1;
    long previousKey = 0;
    for (int i : DocOrder.of(docs)) {
      int doc = docs[i].doc;
      if (doc != previousDoc) { // a doc listed twice is read once: doc values only go forwards
        int next = ReaderUtil.subIndex(doc, leaves);
        if (next != leafIndex) {
          leafIndex = next;
          docBase = leaves.get(next).docBase;
          groups = DocValues.getSorted(leaves.get(next).reader(), StoryGroups.GROUP);
          toGlobal = numbering.getGlobalOrds(next);
        }
        previousDoc = doc;
        previousKey =
            groups.advanceExact(doc - docBase) ? toGlobal.get(groups.ordValue()) : -1L - doc;
      }
      keys[i] = previousKey;
    }
    return keys;
  }
}
