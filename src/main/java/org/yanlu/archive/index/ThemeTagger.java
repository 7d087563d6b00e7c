package org.yanlu.archive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.yanlu.archive.article.Article;

/**
 * Tags an article with the themes whose query finds it, while it is indexed: the article's document
 * goes into a one-document MemoryIndex with the index's own analyzers and each theme query runs on
 * it, so that a theme means exactly what its query means in a search. The smartcn tokens are cached
 * and replayed to the index writer, so that no text is segmented twice, and only the tokens some
 * theme query looks at ({@link ThemeTerms}) go into the one-document index, which keeps tagging
 * cheap next to indexing.
 */
final class ThemeTagger {
  /**
   * The fields whose tokens are cached: smartcn segmentation is the costly analysis. The exact
   * fields' tokenizer is cheap, and caching its three and a half tokens a character costs more than
   * analysing them twice.
   */
  private static final Set<String> CACHED =
      Set.of(ArticleFields.TITLE, ArticleFields.SUBTITLE, ArticleFields.BODY);

  private final ThemeQueries themes;
  private final ArticleFields fields;
  private final ThemeTerms terms;
  private final Set<String> queriedFields;

  /** Per text field, its type without storing: a field made of a token stream stores nothing. */
  private final Map<String, FieldType> unstoredTypes = new ConcurrentHashMap<>();

  ThemeTagger(ThemeQueries themes, ArticleFields fields) {
    this.themes = themes;
    this.fields = fields;
    this.terms = new ThemeTerms(themes.byName().values());
    this.queriedFields = terms.fields();
  }

  /**
   * The documents of an article (as {@link ArticleFields#documents}), its own themes joined by
   * those whose query finds it.
   */
  List<Document> documents(Article article) throws IOException {
    List<Document> docs = fields.documents(article);
    if (themes.isEmpty()) {
      return docs;
    }
    Analyzer analyzer = fields.analyzer();
    MemoryIndex memory = new MemoryIndex();
    Map<String, List<CachingTokenFilter>> cached = new HashMap<>();
    for (IndexableField field : docs.get(0)) {
      if (!queriedFields.contains(field.name())
          || field.fieldType().indexOptions() == IndexOptions.NONE) {
        continue;
      }
      if (!field.fieldType().tokenized() || !(field instanceof Field f)) {
        memory.addField(field, analyzer);
        continue;
      }
      TokenStream tokens = f.tokenStream(analyzer, null);
      if (CACHED.contains(f.name())) {
        CachingTokenFilter caching = new CachingTokenFilter(tokens);
        f.setTokenStream(caching);
        cached.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(caching);
        tokens = caching;
      }
      // Reading the kept tokens reads the whole cached stream, which fills the cache the writer
      // replays.
      memory.addField(
          new Field(f.name(), terms.keptOf(f.name(), tokens), unstoredType(f)), analyzer);
    }
    Set<String> found = new LinkedHashSet<>(article.themes());
    boolean tagged = false;
    // One searcher for all themes, counting without scores or the query cache.
    IndexSearcher searcher = memory.createSearcher();
    searcher.setQueryCache(null);
    for (Map.Entry<String, Query> theme : themes.byName().entrySet()) {
      if (searcher.count(theme.getValue()) > 0 && found.add(theme.getKey())) {
        tagged = true;
      }
    }
    if (!tagged) {
      return docs;
    }
    List<Document> tagDocs = fields.documents(article.withThemes(List.copyOf(found)));
    Map<String, Integer> used = new HashMap<>();
    for (IndexableField field : tagDocs.get(0)) {
      List<CachingTokenFilter> streams = cached.get(field.name());
      if (streams != null && field instanceof Field f) {
        int i = used.merge(f.name(), 1, Integer::sum) - 1;
        f.setTokenStream(streams.get(i));
      }
    }
    return tagDocs;
  }

  private FieldType unstoredType(Field field) {
    return unstoredTypes.computeIfAbsent(
        field.name(),
        name -> {
          FieldType type = new FieldType(field.fieldType());
          type.setStored(false);
          type.freeze();
          return type;
        });
  }
}
