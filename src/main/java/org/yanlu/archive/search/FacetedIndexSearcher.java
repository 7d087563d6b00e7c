package org.yanlu.archive.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * An IndexSearcher that carries the facet ordinals of its reader, computed once when the reader is
 * opened rather than on every faceted search.
 */
final class FacetedIndexSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;

  FacetedIndexSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    this.facetState =
        reader.maxDoc() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
  }

  /** The facet ordinals, or null for an empty index. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }
}
