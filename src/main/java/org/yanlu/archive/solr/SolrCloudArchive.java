package org.yanlu.archive.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.StoryGroups;
import org.yanlu.archive.search.ApproximateQuotes;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.ArchiveStats;
import org.yanlu.archive.search.ArticleNotFoundException;
import org.yanlu.archive.search.ArticleView;
import org.yanlu.archive.search.Highlights;
import org.yanlu.archive.search.Hit;
import org.yanlu.archive.search.NearQuotes;
import org.yanlu.archive.search.QueryLanguage;
import org.yanlu.archive.search.QuoteRequest;
import org.yanlu.archive.search.QuoteResult;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.SearchResult;
import org.yanlu.archive.search.SearchTimeoutException;
import org.yanlu.archive.search.Sort;
import org.yanlu.archive.search.StoryCopy;
import org.yanlu.archive.search.ThemeCatalog;
import org.yanlu.archive.search.ThemeSummary;
import org.yanlu.archive.search.TimeLimit;
import org.yanlu.archive.search.TrendRequest;
import org.yanlu.archive.search.TrendTable;
import org.yanlu.archive.search.Trends;

/**
 * The archive on SolrCloud, for archives that outgrow one machine. Queries are parsed here first,
 * so that a malformed one is the archive's own 400 before Solr is asked, and then inside Solr by
 * the same code ({@code {!archive}}, our plugin), so that both hosts mean the same by them.
 * Collapsing a story is Solr's collapse filter (a story's articles share a shard); facets are the
 * JSON Facet API over every matching article, a selected facet's own filter excluded from its
 * counts, refined to exact counts across shards; snippets and marked paragraphs come from the same
 * unified highlighter as on the embedded index, over the stored text Solr returns.
 */
public final class SolrCloudArchive implements Archive {
  private static final String COLLAPSE_TAG = "collapse";

  /** The facet that counts matching articles, every copy of a story included. */
  private static final String ARTICLES = "articles";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SolrCloud cloud;
  private final String alias;
  private final ArticleFields fields = new ArticleFields();
  private final QueryLanguage language = new QueryLanguage(fields);
  private final Highlights highlights = new Highlights(fields);
  private final Trends trends;
  private final SolrQueries queries;
  private final SolrStoryHits storyHits;
  private final SolrQuotes quotes;
  private final SolrRelatedArticles related;
  private final SolrExport export;

  /**
   * The archive of the collection alias {@code alias} on a cluster, with these themes.
   *
   * @param alias the alias {@code index --solr} moves to each new build ({@code news})
   */
  public SolrCloudArchive(SolrCloud cloud, String alias, ThemeCatalog themes) {
    this(cloud, alias, themes, TimeLimit.DEFAULT);
  }

  /**
   * @param timeLimit how long a search may take on the cluster (Solr's {@code timeAllowed}) before
   *     it is given up with {@link SearchTimeoutException}
   */
  public SolrCloudArchive(SolrCloud cloud, String alias, ThemeCatalog themes, Duration timeLimit) {
    this.cloud = cloud;
    this.alias = alias;
    this.queries = new SolrQueries(cloud, alias, language, timeLimit);
    this.trends = new Trends(new SolrTrendSource(queries), themes);
    this.storyHits = new SolrStoryHits(queries, highlights);
    this.quotes = new SolrQuotes(language, queries, highlights);
    this.related = new SolrRelatedArticles(fields, queries);
    this.export = new SolrExport(language, queries, storyHits);
  }

  @Override
  public SearchResult search(SearchRequest request) {
    return NearQuotes.search(request, this::searchAsAsked);
  }

  private SearchResult searchAsAsked(SearchRequest request) {
    ApproximateQuotes approximate = language.approximate(request.query());
    if (approximate != null && request.sort() == Sort.RELEVANCE) {
      return searchApproximately(request, approximate);
    }
    return searchCollapsed(request, approximate);
  }

  /**
   * One page of stories, each shown by its best article: the most relevant, and of equally relevant
   * ones the earliest (then the first by id), as the embedded index's date-ordered builds show it.
   */
  private SearchResult searchCollapsed(SearchRequest request, ApproximateQuotes approximate) {
    long start = System.nanoTime();
    Query highlight = language.highlight(request.query());
    ModifiableSolrParams params = queries.articles(request);
    if (request.collapse()) {
      params.add(
          "fq",
          "{!collapse tag="
              + COLLAPSE_TAG
              + " field="
              + StoryGroups.GROUP
              + (request.sort() == Sort.RELEVANCE ? " sort=$head" : " sort=$sort")
              + "}");
      params.set("head", "score desc," + ArticleFields.DAY + " asc," + ArticleFields.ID + " asc");
      // The story's other matching articles: Solr's expand component runs the query and filters
      // again without the collapse, per story on its own shard (a story's articles share one).
      params.set("expand", true);
      params.set("expand.rows", StoryCopy.MAX_PER_HIT);
      params.set("expand.sort", ArticleFields.DAY + " asc," + ArticleFields.ID + " asc");
    }
    params.set("sort", SolrQueries.sort(request.sort()));
    params.set("start", (request.page() - 1) * request.size());
    params.set("rows", request.size());
    params.set("fl", SolrStoryHits.HIT_FIELDS);
    Map<String, List<String>> selections = request.selections();
    params.set(
        "json.facet", withArticleCount(SolrFacets.facetRequest(selections, List.of(COLLAPSE_TAG))));
    QueryResponse response = queries.limited(params);
    List<SolrDocument> docs = response.getResults();
    List<Hit> hits =
        SolrStoryHits.withStories(
            storyHits.withAlsoIn(storyHits.hits(docs, highlight), docs), docs, response);
    if (approximate != null) {
      hits = withPassages(hits, docs, approximate);
    }
    long found = response.getResults().getNumFound();
    NestableJsonFacet articles = SolrFacets.facets(response).getQueryFacet(ARTICLES);
    return new SearchResult(
        found,
        request.page(),
        request.size(),
        millisSince(start),
        hits,
        SolrFacets.facetCounts(response, selections),
        articles == null ? found : articles.getCount(),
        false);
  }

  /**
   * A search by an approximate quote, ranked by relevance: the counts as for any search, and the
   * page from the index's top candidates reranked by their distance to the quotes, with the same
   * code and the same order of ties as on the embedded index; each story is shown by its closest
   * article there.
   */
  private SearchResult searchApproximately(SearchRequest request, ApproximateQuotes approximate) {
    long start = System.nanoTime();
    SearchResult counted = searchCollapsed(request.toBuilder().page(1).size(1).build(), null);
    Query highlight = language.highlight(request.query());
    ModifiableSolrParams params = queries.articles(request);
    params.set("sort", SolrQueries.sort(Sort.RELEVANCE));
    params.set("rows", Math.max(ApproximateQuotes.WINDOW, request.page() * request.size()));
    params.set("fl", SolrStoryHits.HIT_FIELDS);
    List<ApproximateQuotes.Candidate<SolrDocument>> ranked =
        approximate.rank(
            cloud.query(alias, params).getResults(),
            d -> SolrDocs.string(d, ArticleFields.ID),
            SolrDocs::score,
            d -> SolrDocs.strings(d, ArticleFields.BODY_EXACT));
    List<SolrDocument> ordered = new ArrayList<>();
    Set<String> stories = new java.util.HashSet<>();
    for (ApproximateQuotes.Candidate<SolrDocument> c : ranked) {
      String group = SolrDocs.string(c.item(), StoryGroups.GROUP);
      if (!request.collapse() || group == null || stories.add(group)) {
        ordered.add(c.item());
      }
    }
    int from = Math.min(ordered.size(), (request.page() - 1) * request.size());
    List<SolrDocument> docs =
        ordered.subList(from, Math.min(ordered.size(), request.page() * request.size()));
    List<Hit> hits = storyHits.withAlsoIn(storyHits.hits(docs, highlight), docs);
    hits =
        request.collapse()
            ? storyHits.withCopies(request, hits, docs)
            : SolrStoryHits.withStories(hits, docs, null);
    return new SearchResult(
        counted.total(),
        request.page(),
        request.size(),
        millisSince(start),
        withPassages(hits, docs, approximate),
        counted.facets(),
        counted.articles(),
        false);
  }

  /** The hits with their best passage for the approximate quotes, marked, and its distance. */
  private static List<Hit> withPassages(
      List<Hit> hits, List<SolrDocument> docs, ApproximateQuotes approximate) {
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      ApproximateQuotes.Match m =
          approximate.match(SolrDocs.strings(docs.get(i), ArticleFields.BODY_EXACT));
      Hit hit = hits.get(i);
      out.add(m.distance() == Integer.MAX_VALUE ? hit : hit.withPassage(m.snippet(), m.distance()));
    }
    return out;
  }

  /** The facet request with the number of matching articles, counted without the collapse. */
  private static String withArticleCount(String facetRequest) {
    try {
      ObjectNode json = (ObjectNode) JSON.readTree(facetRequest);
      ObjectNode articles = json.putObject(ARTICLES);
      articles.put("type", "query");
      articles.put("q", "*:*");
      articles.putObject("domain").put("excludeTags", COLLAPSE_TAG);
      return json.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void export(SearchRequest request, Consumer<Hit> sink) {
    export.hits(request, sink);
  }

  @Override
  public void exportArticles(SearchRequest request, Consumer<Article> sink) {
    export.articles(request, sink);
  }

  @Override
  public ArticleView article(String id, String query) {
    Query highlight = query == null || query.isBlank() ? null : language.highlight(query);
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("defType", "lucene");
    params.set("q", "{!term f=" + ArticleFields.ID + " v=$id}");
    params.set("id", id);
    params.add("fq", SolrQueries.isArticle());
    params.set(
        "fl",
        String.join(",", ArticleFields.ID, ArticleFields.ARTICLE_JSON, ArticleFields.BODY_EXACT));
    params.set("rows", 1);
    QueryResponse response = cloud.query(alias, params);
    if (response.getResults().isEmpty()) {
      throw new ArticleNotFoundException(id);
    }
    SolrDocument d = response.getResults().get(0);
    Article a =
        ArticleFields.article(
            id,
            (String) d.getFirstValue(ArticleFields.ARTICLE_JSON),
            SolrDocs.strings(d, ArticleFields.BODY_EXACT));
    try {
      List<String> marked = highlights.paragraphs(highlight, a.paragraphs());
      ApproximateQuotes approximate =
          query == null || query.isBlank() ? null : language.approximate(query);
      if (approximate != null) {
        marked = approximate.markedParagraphs(a.paragraphs(), marked);
      }
      return ArticleView.of(a, marked, related.of(a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public QuoteResult quotes(QuoteRequest request) {
    return NearQuotes.quotes(request, quotes::search);
  }

  @Override
  public TrendTable trends(TrendRequest request) {
    return trends.trends(request);
  }

  @Override
  public List<ThemeSummary> themes() {
    return trends.themes();
  }

  @Override
  public ArchiveStats stats() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("defType", "lucene");
    params.set("rows", 0);
    params.set("json.facet", "{kinds:{type:terms,field:" + ArticleFields.KIND + ",limit:-1}}");
    QueryResponse response = cloud.query(alias, params);
    Map<String, Long> kinds = new HashMap<>();
    BucketBasedJsonFacet buckets = SolrFacets.facets(response).getBucketBasedFacets("kinds");
    if (buckets != null) {
      for (BucketJsonFacet b : buckets.getBuckets()) {
        kinds.put(String.valueOf(b.getVal()), b.getCount());
      }
    }
    Map<String, String> properties = cloud.aliasProperties(alias);
    String builtAt = properties.get(SolrCloudIndexer.BUILT_AT);
    return new ArchiveStats(
        kinds.getOrDefault(ArticleFields.KIND_ARTICLE, 0L),
        kinds.getOrDefault(ArticleFields.KIND_QUOTE, 0L),
        indexSize(),
        builtAt == null ? null : Instant.parse(builtAt),
        Long.parseLong(properties.getOrDefault(SolrCloudIndexer.BUILD_MILLIS, "0")));
  }

  /** The size on disk of every replica of the collections behind the alias. */
  private long indexSize() {
    Set<String> collections = new LinkedHashSet<>(cloud.aliasTargets(alias));
    long total = 0;
    for (String node : cloud.liveNodes()) {
      CoreAdminRequest status = new CoreAdminRequest();
      status.setAction(org.apache.solr.common.params.CoreAdminParams.CoreAdminAction.STATUS);
      NamedList<Object> answer = cloud.requestNode(status, node);
      Object cores = answer.get("status");
      if (!(cores instanceof NamedList<?> byCore)) {
        continue;
      }
      for (Map.Entry<String, ?> core : byCore) {
        if (core.getValue() instanceof NamedList<?> info
            && info.findRecursive("cloud", "collection") instanceof String collection
            && collections.contains(collection)
            && info.findRecursive("index", "sizeInBytes") instanceof Number size) {
          total += size.longValue();
        }
      }
    }
    return total;
  }

  @Override
  public void refresh() {
    // Each commit of the indexer opens new searchers on every replica: nothing to pick up here.
  }

  @Override
  public void close() {
    cloud.close();
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
