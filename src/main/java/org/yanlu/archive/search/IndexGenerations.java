package org.yanlu.archive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexSwap;

/**
 * The index generation searches run on: one warm {@link SearcherManager} over the generation in
 * use, moved to a rebuilt generation when one is swapped in, and lent to one search at a time.
 */
final class IndexGenerations {
  private final ArticleFields fields;
  private final IndexSwap swap;
  private final SliceThreads slices;
  private volatile Generation generation;
  private volatile boolean closed;

  private IndexGenerations(
      ArticleFields fields, IndexSwap swap, SliceThreads slices, Generation generation) {
    this.fields = fields;
    this.swap = swap;
    this.slices = slices;
    this.generation = generation;
  }

  /**
   * Opens the generation in use, its searches cut into slices for {@code slices}, which it closes
   * when it closes.
   *
   * @throws IndexUnavailableException when there is no built index
   */
  static IndexGenerations open(ArticleFields fields, IndexSwap swap, SliceThreads slices) {
    try {
      return new IndexGenerations(fields, swap, slices, openCurrent(fields, swap, slices));
    } catch (RuntimeException e) {
      slices.close();
      throw e;
    }
  }

  /** The folder of the generation searches run on now. */
  Path currentDir() {
    return generation.dir();
  }

  /** One opened index generation. */
  private record Generation(Path dir, Directory directory, SearcherManager manager) {
    void close() throws IOException {
      try {
        manager.close();
      } finally {
        directory.close();
      }
    }
  }

  private static Generation openCurrent(ArticleFields fields, IndexSwap swap, SliceThreads slices) {
    try {
      Optional<Path> dir = swap.current();
      if (dir.isEmpty()) {
        throw new IndexUnavailableException(
            "还没有索引，请先运行 index / no index yet at " + swap.root() + "; run index first");
      }
      Directory directory = FSDirectory.open(dir.get());
      try {
        SearcherFactory factory =
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(
                  org.apache.lucene.index.IndexReader reader,
                  org.apache.lucene.index.IndexReader previous)
                  throws IOException {
                return new FacetedIndexSearcher(reader, fields.facetsConfig(), slices);
              }
            };
        return new Generation(dir.get(), directory, new SearcherManager(directory, factory));
      } catch (IOException | RuntimeException e) {
        directory.close();
        throw e;
      }
    } catch (IOException e) {
      throw new IndexUnavailableException(
          "索引无法打开 / the index at " + swap.root() + " cannot be opened: " + e.getMessage(), e);
    }
  }

  /**
   * Picks up a newer index: a rebuilt generation if one was swapped in since, else new commits of
   * the open one. Searches running meanwhile finish on the index they started with.
   */
  synchronized void refresh() {
    checkOpen();
    Generation old = generation;
    try {
      Optional<Path> current = swap.current();
      if (current.isPresent() && !current.get().equals(old.dir())) {
        generation = openCurrent(fields, swap, slices);
        old.close();
      } else {
        old.manager().maybeRefresh();
      }
    } catch (IOException e) {
      throw new IndexUnavailableException("索引刷新失败 / refreshing the index failed", e);
    }
  }

  /** Closes the open generation; searches after this fail as unavailable. */
  synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (slices) {
      generation.close();
    } catch (IOException e) {
      throw new IndexUnavailableException("索引关闭失败 / closing the index failed", e);
    }
  }

  /** Work done with a borrowed searcher, which may read the index. */
  @FunctionalInterface
  interface SearchWork<T> {
    T apply(FacetedIndexSearcher searcher) throws IOException;
  }

  /** Runs work on the current index, borrowed from the SearcherManager and given back after. */
  <T> T withSearcher(SearchWork<T> work) {
    while (true) {
      checkOpen();
      Generation g = generation;
      IndexSearcher borrowed;
      try {
        borrowed = g.manager().acquire();
      } catch (AlreadyClosedException e) {
        if (g != generation) {
          continue; // A refresh swapped generations meanwhile: use the new one.
        }
        throw new IndexUnavailableException("索引已关闭 / the index is closed", e);
      } catch (IOException e) {
        throw new IndexUnavailableException("索引无法读取 / the index cannot be read", e);
      }
      try {
        return work.apply((FacetedIndexSearcher) borrowed);
      } catch (IndexSearcher.TooManyClauses e) {
        throw new BadQueryException(
            "查询的词太多，请减少一些 / the query has too many words and quotes for one search");
      } catch (IOException e) {
        throw new IndexUnavailableException(
            "索引读取失败 / reading the index failed: " + e.getMessage(), e);
      } finally {
        try {
          g.manager().release(borrowed);
        } catch (IOException e) {
          throw new IndexUnavailableException("索引释放失败 / releasing the index failed", e);
        }
      }
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IndexUnavailableException("搜索服务已关闭 / the searcher is closed");
    }
  }
}
