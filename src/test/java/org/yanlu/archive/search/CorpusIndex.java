package org.yanlu.archive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.Indexer;

/** The committed corpus read and indexed as the product does it, for tests. */
final class CorpusIndex {
  static final Path CORPUS = Path.of("corpus");

  private CorpusIndex() {}

  static List<Article> articles() throws IOException {
    return new Corpus(CorpusReaders.standard()).read(CORPUS).articles();
  }

  /** Builds the index of the enriched corpus (speakers, quotes, names) and opens a searcher. */
  static Searcher buildEnriched(Path root) throws IOException {
    new Indexer(new ArticleFields(), 2)
        .rebuild(
            root,
            org.yanlu.archive.enrich.EnrichedCorpus.read(CORPUS),
            Corpus.lastModified(CORPUS),
            IndexProgress.NONE);
    return Searcher.open(root);
  }

  /** Builds the index of the real corpus under {@code root} and opens a searcher on it. */
  static Searcher build(Path root) throws IOException {
    new Indexer(new ArticleFields(), 2)
        .rebuild(root, articles(), Corpus.lastModified(CORPUS), IndexProgress.NONE);
    return Searcher.open(root);
  }

  /** Builds the index of the real corpus, tagged with the themes of {@code themes.json}. */
  static Searcher buildWithThemes(Path root, ThemeCatalog themes) throws IOException {
    new Indexer(new ArticleFields(), 2)
        .rebuild(
            root, articles(), Corpus.lastModified(CORPUS), IndexProgress.NONE, themes.queries());
    return Searcher.open(root);
  }

  /** Text as the exact-quote fields compare it: folded, without whitespace. */
  static String compact(String text) {
    return ArticleFields.keyword(text);
  }

  /** All the text of an article in which a quote may be found, one unit per field value. */
  static List<String> units(Article a) {
    List<String> units = new java.util.ArrayList<>();
    units.add(a.title());
    units.add(a.subtitle());
    units.addAll(a.paragraphs());
    return units;
  }
}
