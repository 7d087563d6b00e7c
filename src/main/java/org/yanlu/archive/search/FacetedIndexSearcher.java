package org.yanlu.archive.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.packed.PackedInts;
import org.yanlu.archive.index.StoryGroups;

/**
 * An IndexSearcher that carries the facet ordinals and the story-group ordinals of its reader,
 * computed once when the reader is opened rather than on every search.
 */
final class FacetedIndexSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final OrdinalMap storyOrdinals;

  /**
   * The counts of a search over every article, once asked for; they change only with the reader.
   */
  private volatile RankedHits.Counted everything;

  FacetedIndexSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    this.facetState =
        reader.maxDoc() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
    this.storyOrdinals = storyOrdinals(reader);
  }

  /**
   * The story groups of all segments as one numbering, so that counting the stories of a search
   * marks bits rather than comparing group ids across segments.
   */
  OrdinalMap storyOrdinals() {
    return storyOrdinals;
  }

  private static OrdinalMap storyOrdinals(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] groups = new SortedDocValues[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      groups[leaf.ord] = DocValues.getSorted(leaf.reader(), StoryGroups.GROUP);
    }
    return OrdinalMap.build(null, groups, PackedInts.DEFAULT);
  }

  /** The counts of a search over every article, counted by {@code counting} the first time. */
  RankedHits.Counted everything(CountingSearch counting) throws IOException {
    RankedHits.Counted counted = everything;
    if (counted == null) {
      // Two first searches may both count; they count the same.
      counted = counting.count();
      everything = counted;
    }
    return counted;
  }

  /** A search that counts, which may fail as searches do. */
  @FunctionalInterface
  interface CountingSearch {
    RankedHits.Counted count() throws IOException;
  }

  /** The facet ordinals, or null for an empty index. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }
}
