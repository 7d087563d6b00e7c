package org.yanlu.archive.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.yanlu.archive.index.StoryGroups;

/**
 * The story of each hit, read from doc values: the hits are visited in doc order per segment, as
 * doc values iterate forwards only, and a doc listed twice is read once.
 */
final class StoryKeys {
  private StoryKeys() {}

  /**
   * One key per hit: its story's number in {@link FacetedIndexSearcher#storyOrdinals}, or for an
   * article without a group (indexed before groups existed, a story of its own) a negative number
   * of its own. Numbers tell stories apart without their group ids: looking up a group's bytes
   * decompresses a block of the terms dictionary, which for the twenty thousand hits of a deep page
   * cost more than ranking them.
   */
  static long[] of(FacetedIndexSearcher s, ScoreDoc[] docs) throws IOException {
    OrdinalMap numbering = s.storyOrdinals();
    Long[] keys =
        inDocOrder(
            s,
            docs,
            new Long[docs.length],
            (leaf, groups) -> {
              LongValues toGlobal = numbering.getGlobalOrds(leaf.ord);
              return doc ->
                  groups.advanceExact(doc)
                      ? toGlobal.get(groups.ordValue())
                      : -1L - (leaf.docBase + doc);
            });
    long[] out = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = keys[i];
    }
    return out;
  }

  /** The story group of each hit, null for an article without one. */
  static BytesRef[] groups(IndexSearcher s, ScoreDoc[] docs) throws IOException {
    return inDocOrder(
        s,
        docs,
        new BytesRef[docs.length],
        (leaf, groups) ->
            doc ->
                groups.advanceExact(doc)
                    ? BytesRef.deepCopyOf(groups.lookupOrd(groups.ordValue()))
                    : null);
  }

  /** Reads what a segment's doc values give for one of its docs. */
  @FunctionalInterface
  private interface Read<T> {
    T of(int leafDoc) throws IOException;
  }

  /** How a segment's story groups are read. */
  @FunctionalInterface
  private interface Reader<T> {
    Read<T> open(LeafReaderContext leaf, SortedDocValues groups) throws IOException;
  }

  private static <T> T[] inDocOrder(IndexSearcher s, ScoreDoc[] docs, T[] out, Reader<T> reader)
      throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    Read<T> read = null;
    int previousDoc = -1;
    T previous = null;
    for (int i : DocOrder.of(docs)) {
      int doc = docs[i].doc;
      if (doc != previousDoc) {
        int next = ReaderUtil.subIndex(doc, leaves);
        if (next != leafIndex) {
          leafIndex = next;
          leaf = leaves.get(next);
          read = reader.open(leaf, DocValues.getSorted(leaf.reader(), StoryGroups.GROUP));
        }
        previousDoc = doc;
        previous = read.of(doc - leaf.docBase);
      }
      out[i] = previous;
    }
    return out;
  }
}
