package org.yanlu.archive.index;

import java.io.IOException;
import java.util.List;
import org.yanlu.archive.article.Article;

/**
 * The articles of a full build, which the indexer reads twice rather than holding them: once for
 * their dates and story signatures, once to index them. A million articles are several GB of text;
 * what a build keeps between the passes is a few hundred bytes an article.
 *
 * <p>Both passes must give the same articles in the same order; the indexer checks the ids and
 * fails the build when they differ (the sources changed while it ran).
 */
public interface BuildArticles {

  /** Takes each article as it is read. */
  @FunctionalInterface
  interface Reader {
    void article(Article article) throws IOException;
  }

  /** Reads every article once, in order, on the calling thread. */
  void forEach(Reader reader) throws IOException;

  /**
   * The article as it is indexed (the enrichers run here), on the indexing threads. The first pass
   * sees articles as read: their dates and bodies must not change here.
   */
  default Article prepare(Article read) {
    return read;
  }

  /** Articles already in memory. */
  static BuildArticles of(List<Article> articles) {
    return reader -> {
      for (Article a : articles) {
        reader.article(a);
      }
    };
  }
}
