package org.yanlu.archive.search;

import java.nio.file.Path;
import org.apache.lucene.search.Query;
import org.yanlu.archive.index.ArticleFields;

/**
 * What Lucene alone does with a search on the archive's own index, for the benchmark to set beside
 * the whole search: the query as the archive parses it with the request's filters and selections,
 * over articles only, either counted (no scores) or ranked by relevance for its top ten (Lucene
 * skips the hits that cannot make them), with no facets, no stories and no stored fields. The
 * searcher is the archive's, cut into the same slices.
 */
public final class LuceneAlone implements AutoCloseable {
  private final Searcher searcher;
  private final ArticleFields fields = new ArticleFields();

  private LuceneAlone(Searcher searcher) {
    this.searcher = searcher;
  }

  /** Opens the index in use under {@code indexRoot}, as {@link Searcher#open} does. */
  public static LuceneAlone open(Path indexRoot) {
    return new LuceneAlone(Searcher.open(indexRoot));
  }

  /** How many articles match the request. */
  public int count(SearchRequest request) {
    Query match = articles(request);
    return searcher.withSearcher(s -> s.count(match));
  }

  /**
   * Ranks the articles that match the request for their top ten by relevance.
   *
   * @return the best score, so that the ranking is used
   */
  public float topTen(SearchRequest request) {
    Query match = articles(request);
    return searcher.withSearcher(
        s -> {
          var top = s.search(match, 10).scoreDocs;
          return top.length == 0 ? 0f : top[0].score;
        });
  }

  private Query articles(SearchRequest request) {
    return searcher.drillDown(
        request, new ArchiveQueryParser(fields).parseText(request.query()).match());
  }

  @Override
  public void close() {
    searcher.close();
  }
}
