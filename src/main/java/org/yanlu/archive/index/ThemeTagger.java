package org.yanlu.archive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.yanlu.archive.article.Article;

/**
 * Tags an article with the themes whose query finds it, while it is indexed: the article's document
 * goes into a one-document MemoryIndex with the index's own analyzers and each theme query runs on
 * it, so that a theme means exactly what its query means in a search. The smartcn tokens are cached
 * and replayed to the index writer, so that no text is segmented twice, and only the tokens some
 * theme query looks at ({@link ThemeTerms}) go into the one-document index, which keeps tagging
 * cheap next to indexing.
 */
public final class ThemeTagger {
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

  /** Each theme's query, made ready to match once rather than for every article. */
  private final Map<String, Matcher> matchers = new LinkedHashMap<>();

  public ThemeTagger(ThemeQueries themes, ArticleFields fields) {
    this.themes = themes;
    this.fields = fields;
    this.terms = new ThemeTerms(themes.byName().values());
    this.queriedFields = terms.fields();
    themes.byName().forEach((name, query) -> matchers.put(name, Matcher.of(query)));
  }

  /**
   * A theme query as it matches one document. Rewriting a query (flattening its clauses, dropping
   * boosts for a yes-or-no match) cost more than running it on an article, so it is done once, on
   * an empty index, when that keeps every term the query looks at: rewrites that depend on an
   * index's terms would lose them there, and such a query is rewritten per article instead.
   */
  private record Matcher(Query query, boolean rewritten) {
    static Matcher of(Query query) {
      try {
        Query once = new IndexSearcher(new MultiReader()).rewrite(new ConstantScoreQuery(query));
        String before = termsOf(query);
        return before != null && before.equals(termsOf(once))
            ? new Matcher(once, true)
            : new Matcher(query, false);
      } catch (IOException e) {
        return new Matcher(query, false);
      }
    }

    boolean matches(IndexSearcher oneDocument) throws IOException {
      if (!rewritten) {
        return oneDocument.count(query) > 0;
      }
      Weight weight = oneDocument.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
      Scorer scorer = weight.scorer(oneDocument.getIndexReader().leaves().get(0));
      return scorer != null && scorer.iterator().nextDoc() != DocIdSetIterator.NO_MORE_DOCS;
    }

    /** The terms and term patterns a query looks at, or null when some part names none. */
    private static String termsOf(Query query) {
      Set<String> seen = new TreeSet<>();
      boolean[] leaf = {false};
      query.visit(
          new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
              return this;
            }

            @Override
            public void consumeTerms(Query q, Term... found) {
              for (Term t : found) {
                seen.add(t.field() + ":" + t.bytes());
              }
            }

            @Override
            public void consumeTermsMatching(
                Query q, String field, Supplier<ByteRunAutomaton> automaton) {
              seen.add(field + "~");
            }

            @Override
            public void visitLeaf(Query q) {
              leaf[0] = true;
            }
          });
      return leaf[0] ? null : seen.toString();
    }
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
    for (Map.Entry<String, Matcher> theme : matchers.entrySet()) {
      if (theme.getValue().matches(searcher) && found.add(theme.getKey())) {
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

  /**
   * The article with the themes whose query finds it added, for a host that builds documents of its
   * own (SolrCloud): the same one-document index and the same matching as {@link #documents}.
   */
  public Article tagged(Article article) throws IOException {
    if (themes.isEmpty()) {
      return article;
    }
    Analyzer analyzer = fields.analyzer();
    MemoryIndex memory = new MemoryIndex();
    for (IndexableField field : fields.documents(article).get(0)) {
      if (queriedFields.contains(field.name())
          && field.fieldType().indexOptions() != IndexOptions.NONE) {
        memory.addField(field, analyzer);
      }
    }
    Set<String> found = new LinkedHashSet<>(article.themes());
    IndexSearcher searcher = memory.createSearcher();
    searcher.setQueryCache(null);
    for (Map.Entry<String, Matcher> theme : matchers.entrySet()) {
      if (theme.getValue().matches(searcher)) {
        found.add(theme.getKey());
      }
    }
    return found.size() == article.themes().size()
        ? article
        : article.withThemes(List.copyOf(found));
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
