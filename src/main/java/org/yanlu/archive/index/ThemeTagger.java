package org.yanlu.archive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.yanlu.archive.article.Article;

/**
 * The second pass of a build that tags articles with themes: each theme's query runs on the index
 * just written (so that it means exactly what it means in a search), and the articles it finds are
 * written again with the theme. Only tagged articles are analysed twice.
 */
final class ThemeTagger {
  private static final Set<String> ID_ONLY = Set.of(ArticleFields.ID);

  private final ThemeQueries themes;

  ThemeTagger(ThemeQueries themes) {
    this.themes = themes;
  }

  /**
   * The articles that gain a theme, with their themes added (themes the source gave are kept), in
   * the order of {@code articles}.
   */
  List<Article> tagged(IndexWriter writer, List<Article> articles) throws IOException {
    Map<String, List<String>> found = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (Map.Entry<String, Query> theme : themes.byName().entrySet()) {
        Query query =
            new BooleanQuery.Builder()
                .add(theme.getValue(), BooleanClause.Occur.MUST)
                .add(
                    new TermQuery(new Term(ArticleFields.KIND, ArticleFields.KIND_ARTICLE)),
                    BooleanClause.Occur.FILTER)
                .build();
        int hits = Math.max(1, searcher.count(query));
        TopDocs docs = searcher.search(query, hits);
        for (ScoreDoc sd : docs.scoreDocs) {
          String id = searcher.storedFields().document(sd.doc, ID_ONLY).get(ArticleFields.ID);
          found.computeIfAbsent(id, k -> new ArrayList<>()).add(theme.getKey());
        }
      }
    }
    List<Article> tagged = new ArrayList<>();
    for (Article a : articles) {
      List<String> names = found.get(a.id());
      if (names != null) {
        Map<String, Boolean> all = new LinkedHashMap<>();
        a.themes().forEach(t -> all.put(t, true));
        names.forEach(t -> all.put(t, true));
        tagged.add(a.withThemes(List.copyOf(all.keySet())));
      }
    }
    return tagged;
  }

  /** Replaces an article's documents (the article and its quotes) by the tagged ones. */
  static void rewrite(IndexWriter writer, ArticleFields fields, Article tagged) throws IOException {
    writer.deleteDocuments(
        new TermQuery(new Term(ArticleFields.ID, tagged.id())),
        new TermQuery(new Term(ArticleFields.ARTICLE_ID, tagged.id())));
    writer.addDocuments(fields.documents(tagged));
  }
}
