package org.yanlu.archive.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * When the articles of an index entered the archive ({@link ArticleFields#ADDED}), read from the
 * index before it is rebuilt or changed, so that an article keeps its first time: without it every
 * rebuild would make the whole archive new to its readers.
 */
public final class AddedTimes {
  private static final Set<String> ID_ONLY = Set.of(ArticleFields.ID);
  private static final Set<String> ADDED_ONLY = Set.of(ArticleFields.ADDED);

  private AddedTimes() {}

  /**
   * Each article's time in the generation in use under {@code indexRoot}; empty when there is no
   * index yet, or it was built before articles had times.
   *
   * @throws IOException when the index in use cannot be read: a rebuild then stops rather than make
   *     every article new
   */
  public static Map<String, Instant> ofIndexInUse(Path indexRoot) throws IOException {
    Optional<Path> current = new IndexSwap(indexRoot).current();
    if (current.isEmpty()) {
      return Map.of();
    }
    try (Directory dir = FSDirectory.open(current.get());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      return of(reader);
    } catch (IndexNotFoundException e) {
      return Map.of();
    } catch (IOException e) {
      throw new IOException(
          "the articles' added times cannot be read from the index in use at "
              + current.get()
              + " (remove that folder to start afresh, every article then new): "
              + e.getMessage(),
          e);
    }
  }

  /** Each article's time in an open index: only article documents have one. */
  static Map<String, Instant> of(DirectoryReader reader) throws IOException {
    Map<String, Instant> times = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues added = leaf.reader().getNumericDocValues(ArticleFields.ADDED);
      if (added == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      for (int doc = added.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = added.nextDoc()) {
        if (live == null || live.get(doc)) {
          String id = stored.document(doc, ID_ONLY).get(ArticleFields.ID);
          times.put(id, Instant.ofEpochMilli(added.longValue()));
        }
      }
    }
    return times;
  }

  /** The time stored on one document, or empty when it has none (an index built before times). */
  static Optional<Instant> of(IndexSearcher searcher, int doc) throws IOException {
    IndexableField added =
        searcher.storedFields().document(doc, ADDED_ONLY).getField(ArticleFields.ADDED);
    return added == null || added.numericValue() == null
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(added.numericValue().longValue()));
  }
}
