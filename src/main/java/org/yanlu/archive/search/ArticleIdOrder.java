package org.yanlu.archive.search;

import java.io.IOException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FilterBinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.yanlu.archive.index.CopyListing;

/**
 * Articles in the order of their ids, the last tie-break of a date order, as SolrCloud breaks it
 * ({@code id asc}, by the id's UTF-8 bytes). Doc ids would not do: each indexing thread fills
 * segments of its own, so two builds of one corpus number its articles differently, and articles of
 * one day and score came out in either order. The id is read from the copy listing's doc values, of
 * which it is the first value, so the index needs no field of its own for it.
 */
final class ArticleIdOrder extends FieldComparatorSource {
  private ArticleIdOrder() {}

  /** The sort field of the order, ascending. */
  static SortField ascending() {
    return new SortField(CopyListing.FIELD, new ArticleIdOrder());
  }

  @Override
  public FieldComparator<?> newComparator(
      String field, int numHits, Pruning pruning, boolean reversed) {
    return new FieldComparator.TermValComparator(numHits, field, true) {
      @Override
      protected BinaryDocValues getBinaryDocValues(LeafReaderContext context, String name)
          throws IOException {
        return new FilterBinaryDocValues(DocValues.getBinary(context.reader(), name)) {
          private final BytesRef id = new BytesRef();

          @Override
          public BytesRef binaryValue() throws IOException {
            return CopyListing.id(in.binaryValue(), id);
          }
        };
      }
    };
  }
}
