package org.yanlu.archive.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexCommitData;
import org.yanlu.archive.index.IndexSwap;
import org.yanlu.archive.index.Indexer;

/**
 * The one search service of the archive: answers searches, opens articles and streams exports from
 * a warm index, for the HTTP API, the command line and the benchmark alike. It is thread-safe; each
 * request borrows the current IndexSearcher from a SearcherManager, so that no request reopens the
 * index.
 */
public final class Searcher implements AutoCloseable {
  private static final int EXPORT_BATCH = 500;
  private static final Set<String> HIT_FIELDS = Set.copyOf(ArticleFields.HIT_FIELDS);

  private final ArticleFields fields;
  private final Highlights highlights;
  private final IndexGenerations generations;

  private Searcher(ArticleFields fields, IndexGenerations generations) {
    this.fields = fields;
    this.highlights = new Highlights(fields);
    this.generations = generations;
  }

  /**
   * Opens the index in use under {@code indexRoot} (the folder {@code index} builds).
   *
   * @throws IndexUnavailableException when there is no built index there
   */
  public static Searcher open(Path indexRoot) {
    return open(indexRoot, SliceThreads.perCore());
  }

  /** Opens the index in use, one search cut into as many slices as {@code slices} has threads. */
  static Searcher open(Path indexRoot, SliceThreads slices) {
    ArticleFields fields = new ArticleFields();
    return new Searcher(fields, IndexGenerations.open(fields, new IndexSwap(indexRoot), slices));
  }

  /**
   * Picks up a newer index: a rebuilt generation if one was swapped in since, else new commits of
   * the open one. Searches running meanwhile finish on the index they started with.
   */
  public void refresh() {
    generations.refresh();
  }

  /** Runs work on the current index, borrowed and given back after. */
  <T> T withSearcher(IndexGenerations.SearchWork<T> work) {
    return generations.withSearcher(work);
  }

  @Override
  public void close() {
    generations.close();
  }

  /**
   * One page of hits for a request, with facet counts over all its hits; a selected value of a
   * facet filters the hits but leaves the counts of that facet's other values as if unselected.
   *
   * @throws BadQueryException when the query text is malformed
   */
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    ArchiveQueryParser.Parsed parsed = new ArchiveQueryParser(fields).parseText(request.query());
    DrillDownQuery query = drillDown(request, parsed.match());
    return withSearcher(
        s -> {
          if (s.facetState() == null) {
            Map<String, List<FacetCount>> none = new LinkedHashMap<>();
            ArticleFields.FACETS.forEach(dim -> none.put(dim, List.of()));
            return new SearchResult(
                0, request.page(), request.size(), millisSince(start), List.of(), none);
          }
          ApproximateQuotes approximate = parsed.approximateQuotes();
          PageRanking ranking =
              PageRanking.of(s, fields.facetsConfig(), request, parsed.match(), query, approximate);
          RankedHits ranked = ranking.ranked();
          StoryCollapse.Page stories = ranking.page();
          List<Hit> hits =
              StoryCollapse.withAlsoIn(
                  s, stories.docs(), hits(s, parsed.highlight(), stories.docs()));
          hits =
              StoryCopies.add(
                  s, query, ranked.matching(), stories.docs(), hits, request.collapse());
          if (approximate != null) {
            hits =
                ApproximateRerank.withPassages(
                    s, approximate, stories.docs(), hits, ranking.passages());
          }
          return new SearchResult(
              stories.total(),
              request.page(),
              request.size(),
              millisSince(start),
              hits,
              ranked.counts().facets(),
              ranked.counts().hits(),
              false);
        });
  }

  /**
   * Every hit of a request in its sort order, page by page with searchAfter, so that memory stays
   * flat however many there are; {@code page} and {@code size} of the request are ignored.
   */
  public void export(SearchRequest request, Consumer<Hit> sink) {
    ArchiveQueryParser.Parsed parsed = new ArchiveQueryParser(fields).parseText(request.query());
    DrillDownQuery query = drillDown(request, parsed.match());
    withSearcher(
        s -> {
          ScoreDoc after = null;
          while (true) {
            TopDocs batch =
                request.sort() == Sort.RELEVANCE
                    ? s.searchAfter(after, query, EXPORT_BATCH)
                    : s.searchAfter(
                        after, query, EXPORT_BATCH, LuceneSorts.of(request.sort()), true);
            if (batch.scoreDocs.length == 0) {
              return null;
            }
            StoryCopies.add(
                    s,
                    query,
                    null,
                    batch.scoreDocs,
                    hits(s, parsed.highlight(), batch.scoreDocs),
                    false)
                .forEach(sink);
            after = batch.scoreDocs[batch.scoreDocs.length - 1];
          }
        });
  }

  /**
   * Every matching article as indexed, without its paragraphs, in the request's sort order, page by
   * page with searchAfter; for lists of references.
   */
  public void exportArticles(SearchRequest request, Consumer<Article> sink) {
    ArchiveQueryParser.Parsed parsed = new ArchiveQueryParser(fields).parseText(request.query());
    DrillDownQuery query = drillDown(request, parsed.match());
    Set<String> stored = Set.of(ArticleFields.ID, ArticleFields.ARTICLE_JSON);
    withSearcher(
        s -> {
          ScoreDoc after = null;
          while (true) {
            TopDocs batch =
                request.sort() == Sort.RELEVANCE
                    ? s.searchAfter(after, query, EXPORT_BATCH)
                    : s.searchAfter(
                        after, query, EXPORT_BATCH, LuceneSorts.of(request.sort()), true);
            if (batch.scoreDocs.length == 0) {
              return null;
            }
            StoredFields fieldsOf = s.storedFields();
            for (ScoreDoc sd : batch.scoreDocs) {
              Document d = fieldsOf.document(sd.doc, stored);
              sink.accept(
                  ArticleFields.article(
                      d.get(ArticleFields.ID), d.get(ArticleFields.ARTICLE_JSON), List.of()));
            }
            after = batch.scoreDocs[batch.scoreDocs.length - 1];
          }
        });
  }

  /**
   * The whole article with this id; its paragraphs are marked for {@code query} when it is not
   * blank.
   *
   * @throws ArticleNotFoundException when there is no such article
   * @throws BadQueryException when the query text is malformed
   */
  public ArticleView article(String id, String query) {
    ArchiveQueryParser.Parsed parsed =
        query == null || query.isBlank() ? null : new ArchiveQueryParser(fields).parseText(query);
    return withSearcher(
        s -> {
          TopDocs found = s.search(articleWithId(id), 1);
          if (found.scoreDocs.length == 0) {
            throw new ArticleNotFoundException(id);
          }
          int doc = found.scoreDocs[0].doc;
          Article a = ArticleFields.article(s.storedFields().document(doc));
          List<String> marked =
              highlights.paragraphs(parsed == null ? null : parsed.highlight(), a.paragraphs());
          ApproximateQuotes approximate = parsed == null ? null : parsed.approximateQuotes();
          if (approximate != null) {
            marked = approximate.markedParagraphs(a.paragraphs(), marked);
          }
          return ArticleView.of(a, marked, RelatedArticles.of(s, fields, doc, a));
        });
  }

  /** How many articles and quotes the index holds, its size and when it was built. */
  public ArchiveStats stats() {
    Path dir = generations.currentDir();
    return withSearcher(
        s -> {
          Map<String, String> data = IndexSwap.commitData(dir).orElse(Map.of());
          String builtAt = data.get(IndexCommitData.BUILT_AT);
          return new ArchiveStats(
              s.count(isArticle()),
              s.count(new TermQuery(new Term(ArticleFields.KIND, ArticleFields.KIND_QUOTE))),
              Indexer.size(dir),
              builtAt == null ? null : Instant.parse(builtAt),
              Long.parseLong(data.getOrDefault(IndexCommitData.BUILD_MILLIS, "0")));
        });
  }

  /** The request's query over articles, with its filters and its facet selections. */
  DrillDownQuery drillDown(SearchRequest request, Query match) {
    BooleanQuery.Builder base =
        new BooleanQuery.Builder()
            .add(match, BooleanClause.Occur.MUST)
            .add(isArticle(), BooleanClause.Occur.FILTER);
    LocalDate from = request.fromDay();
    LocalDate to = request.toDay();
    if (from != null || to != null) {
      int lower = from == null ? Integer.MIN_VALUE : (int) from.toEpochDay();
      int upper = to == null ? Integer.MAX_VALUE : (int) to.toEpochDay();
      base.add(IntPoint.newRangeQuery(ArticleFields.DAY, lower, upper), BooleanClause.Occur.FILTER);
    }
    if (request.since() != null) {
      // After the instant: a time of the same millisecond (or earlier) was there already.
      base.add(
          LongPoint.newRangeQuery(
              ArticleFields.ADDED, request.since().toEpochMilli() + 1, Long.MAX_VALUE),
          BooleanClause.Occur.FILTER);
    }
    DrillDownQuery query = new DrillDownQuery(fields.facetsConfig(), base.build());
    select(query, ArticleFields.FACET_SOURCE, request.sources());
    select(query, ArticleFields.FACET_SPEAKER, request.speakers());
    select(query, ArticleFields.FACET_THEME, request.themes());
    select(query, ArticleFields.FACET_MONTH, request.months());
    select(query, ArticleFields.FACET_PERSON, request.people());
    select(query, ArticleFields.FACET_ORGANISATION, request.organisations());
    select(query, ArticleFields.FACET_PLACE, request.places());
    return query;
  }

  private static void select(DrillDownQuery query, String dim, List<String> values) {
    for (String v : values) {
      query.add(dim, v);
    }
  }

  /** Articles only, not the quotes indexed beside them. */
  static Query isArticle() {
    return new TermQuery(new Term(ArticleFields.KIND, ArticleFields.KIND_ARTICLE));
  }

  private static Query articleWithId(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ArticleFields.ID, id)), BooleanClause.Occur.MUST)
        .add(isArticle(), BooleanClause.Occur.FILTER)
        .build();
  }

  /** The schema this searcher reads, for the other searches over the same index. */
  ArticleFields fields() {
    return fields;
  }

  /**
   * The hits of {@code docs} with their snippets. Each hit's stored fields are read once, the text
   * to highlight with them, in doc order so that hits in one compressed block share its reading.
   */
  private List<Hit> hits(IndexSearcher s, Query highlight, ScoreDoc[] docs) throws IOException {
    Document[] loaded = new Document[docs.length];
    StoredFields stored = s.storedFields();
    for (int i : DocOrder.of(docs)) {
      loaded[i] = stored.document(docs[i].doc, HIT_FIELDS);
    }
    Map<Integer, String[]> bodies = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      bodies.put(docs[i].doc, loaded[i].getValues(ArticleFields.BODY_EXACT));
    }
    String[] snippets = highlights.snippets(s, highlight, docs, bodies);
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document d = loaded[i];
      hits.add(
          new Hit(
              d.get(ArticleFields.ID),
              d.get(ArticleFields.TITLE),
              d.get(ArticleFields.SUBTITLE),
              d.get(ArticleFields.SOURCE_STORED),
              d.get(ArticleFields.DATE_STORED),
              Arrays.asList(d.getValues(ArticleFields.SPEAKERS_STORED)),
              snippets[i],
              Float.isNaN(docs[i].score) ? 0f : docs[i].score,
              // Outlets, copies and story come from the story pass, a distance from a quote rerank.
              List.of(),
              List.of(),
              null,
              null,
              added(d)));
    }
    return hits;
  }

  private static Instant added(Document d) {
    IndexableField added = d.getField(ArticleFields.ADDED);
    return added == null ? null : Instant.ofEpochMilli(added.numericValue().longValue());
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
