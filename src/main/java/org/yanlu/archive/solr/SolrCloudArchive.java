package org.yanlu.archive.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.StoryGroups;
import org.yanlu.archive.search.AlsoIn;
import org.yanlu.archive.search.ApproximateQuotes;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.ArchiveStats;
import org.yanlu.archive.search.ArticleNotFoundException;
import org.yanlu.archive.search.ArticleView;
import org.yanlu.archive.search.Highlights;
import org.yanlu.archive.search.Hit;
import org.yanlu.archive.search.NearQuotes;
import org.yanlu.archive.search.QueryLanguage;
import org.yanlu.archive.search.QuoteHit;
import org.yanlu.archive.search.QuoteRequest;
import org.yanlu.archive.search.QuoteResult;
import org.yanlu.archive.search.RelatedArticle;
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
  /** Hits per request of an export, read with a cursor. */
  private static final int EXPORT_BATCH = 500;

  /** Related articles listed with an article, and the words of it they are found by. */
  private static final int RELATED = 5;

  private static final int RELATED_WORDS = 25;

  private static final String COLLAPSE_TAG = "collapse";

  /** The facet that counts matching articles, every copy of a story included. */
  private static final String ARTICLES = "articles";

  private static final String HIT_FIELDS =
      String.join(
          ",",
          ArticleFields.ID,
          ArticleFields.TITLE,
          ArticleFields.SUBTITLE,
          ArticleFields.SOURCE_STORED,
          ArticleFields.DATE_STORED,
          ArticleFields.SPEAKERS_STORED,
          ArticleFields.BODY_EXACT,
          StoryGroups.GROUP,
          ArticleFields.ADDED,
          "score");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SolrCloud cloud;
  private final String alias;
  private final ArticleFields fields = new ArticleFields();
  private final QueryLanguage language = new QueryLanguage(fields);
  private final Highlights highlights = new Highlights(fields);
  private final Trends trends;
  private final SolrQueries queries;

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
    ModifiableSolrParams params = articleQuery(request);
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
    params.set("sort", sort(request.sort()));
    params.set("start", (request.page() - 1) * request.size());
    params.set("rows", request.size());
    params.set("fl", HIT_FIELDS);
    Map<String, List<String>> selections = selections(request);
    params.set(
        "json.facet", withArticleCount(SolrFacets.facetRequest(selections, List.of(COLLAPSE_TAG))));
    QueryResponse response = queries.limited(params);
    List<SolrDocument> docs = response.getResults();
    List<Hit> hits = withStories(withAlsoIn(hits(docs, highlight), docs), docs, response);
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
    ModifiableSolrParams params = articleQuery(request);
    params.set("sort", sort(Sort.RELEVANCE));
    params.set("rows", Math.max(ApproximateQuotes.WINDOW, request.page() * request.size()));
    params.set("fl", HIT_FIELDS);
    List<ApproximateQuotes.Candidate<SolrDocument>> ranked =
        approximate.rank(
            cloud.query(alias, params).getResults(),
            d -> string(d, ArticleFields.ID),
            SolrCloudArchive::score,
            d -> strings(d, ArticleFields.BODY_EXACT));
    List<SolrDocument> ordered = new ArrayList<>();
    Set<String> stories = new java.util.HashSet<>();
    for (ApproximateQuotes.Candidate<SolrDocument> c : ranked) {
      String group = string(c.item(), StoryGroups.GROUP);
      if (!request.collapse() || group == null || stories.add(group)) {
        ordered.add(c.item());
      }
    }
    int from = Math.min(ordered.size(), (request.page() - 1) * request.size());
    List<SolrDocument> docs =
        ordered.subList(from, Math.min(ordered.size(), request.page() * request.size()));
    List<Hit> hits = withAlsoIn(hits(docs, highlight), docs);
    hits = request.collapse() ? withCopies(request, hits, docs) : withStories(hits, docs, null);
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
      ApproximateQuotes.Match m = approximate.match(strings(docs.get(i), ArticleFields.BODY_EXACT));
      Hit hit = hits.get(i);
      out.add(m.distance() == Integer.MAX_VALUE ? hit : hit.withPassage(m.snippet(), m.distance()));
    }
    return out;
  }

  /**
   * The hits' stories with their other matching articles, for a page chosen outside Solr's
   * collapse: the collapse and expand over the page's stories give each story's head and its first
   * other articles, one more than listed, so that the first ones but the hit shown are known
   * whichever article Solr took for the head.
   */
  private List<Hit> withCopies(SearchRequest request, List<Hit> hits, List<SolrDocument> docs) {
    List<String> groups = new ArrayList<>();
    for (SolrDocument d : docs) {
      String group = string(d, StoryGroups.GROUP);
      if (group != null) {
        groups.add(group);
      }
    }
    if (groups.isEmpty()) {
      return hits;
    }
    ModifiableSolrParams params = articleQuery(request);
    params.add("fq", "{!terms f=" + StoryGroups.GROUP + " separator=$sep v=$groups}");
    params.set("sep", SolrFacets.SEPARATOR);
    params.set("groups", String.join(SolrFacets.SEPARATOR, groups));
    params.add("fq", "{!collapse field=" + StoryGroups.GROUP + "}");
    params.set("expand", true);
    params.set("expand.rows", StoryCopy.MAX_PER_HIT + 1);
    params.set("expand.sort", ArticleFields.DAY + " asc," + ArticleFields.ID + " asc");
    params.set("rows", groups.size());
    params.set("fl", HIT_FIELDS);
    QueryResponse response = cloud.query(alias, params);
    Map<String, SolrDocumentList> expanded =
        response.getExpandedResults() == null ? Map.of() : response.getExpandedResults();
    Map<String, List<SolrDocument>> members = new HashMap<>();
    for (SolrDocument head : response.getResults()) {
      String group = string(head, StoryGroups.GROUP);
      List<SolrDocument> all = new ArrayList<>(List.of(head));
      all.addAll(expanded.getOrDefault(group, new SolrDocumentList()));
      members.put(group, all);
    }
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      String group = string(docs.get(i), StoryGroups.GROUP);
      if (group == null) {
        out.add(hit);
        continue;
      }
      List<StoryCopy> copies = new ArrayList<>();
      for (SolrDocument d : members.getOrDefault(group, List.of())) {
        if (!hit.id().equals(string(d, ArticleFields.ID))) {
          copies.add(copy(d));
        }
      }
      copies.sort(StoryCopy.ORDER);
      out.add(
          hit.withStory(group)
              .withCopies(copies.subList(0, Math.min(copies.size(), StoryCopy.MAX_PER_HIT))));
    }
    return out;
  }

  private static StoryCopy copy(SolrDocument d) {
    return new StoryCopy(
        string(d, ArticleFields.ID),
        string(d, ArticleFields.TITLE),
        string(d, ArticleFields.SOURCE_STORED),
        string(d, ArticleFields.DATE_STORED));
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

  /** Each hit's story and the story's other matching articles, as the expand component gave. */
  private static List<Hit> withStories(
      List<Hit> hits, List<SolrDocument> docs, QueryResponse response) {
    Map<String, SolrDocumentList> expanded =
        response == null || response.getExpandedResults() == null
            ? Map.of()
            : response.getExpandedResults();
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      String group = string(docs.get(i), StoryGroups.GROUP);
      if (group == null) {
        out.add(hits.get(i));
        continue;
      }
      List<StoryCopy> copies = new ArrayList<>();
      for (SolrDocument d : expanded.getOrDefault(group, new SolrDocumentList())) {
        copies.add(copy(d));
      }
      copies.sort(StoryCopy.ORDER);
      out.add(hits.get(i).withStory(group).withCopies(copies));
    }
    return out;
  }

  @Override
  public void export(SearchRequest request, Consumer<Hit> sink) {
    Query highlight = language.highlight(request.query());
    ModifiableSolrParams params = articleQuery(request);
    params.set("sort", sort(request.sort()));
    params.set("rows", EXPORT_BATCH);
    params.set("fl", HIT_FIELDS);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = cloud.query(alias, params);
      withStories(hits(response.getResults(), highlight), response.getResults(), response)
          .forEach(sink);
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor) || response.getResults().isEmpty()) {
        return;
      }
      cursor = next;
    }
  }

  @Override
  public void exportArticles(SearchRequest request, Consumer<Article> sink) {
    ModifiableSolrParams params = articleQuery(request);
    params.set("sort", sort(request.sort()));
    params.set("rows", EXPORT_BATCH);
    params.set("fl", ArticleFields.ID + "," + ArticleFields.ARTICLE_JSON);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = cloud.query(alias, params);
      for (SolrDocument d : response.getResults()) {
        sink.accept(
            ArticleFields.article(
                string(d, ArticleFields.ID), string(d, ArticleFields.ARTICLE_JSON), List.of()));
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor) || response.getResults().isEmpty()) {
        return;
      }
      cursor = next;
    }
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
            strings(d, ArticleFields.BODY_EXACT));
    try {
      List<String> marked = highlights.paragraphs(highlight, a.paragraphs());
      ApproximateQuotes approximate =
          query == null || query.isBlank() ? null : language.approximate(query);
      if (approximate != null) {
        marked = approximate.markedParagraphs(a.paragraphs(), marked);
      }
      return ArticleView.of(a, marked, related(a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The articles most like one: those that share most of its words (its title's and body's most
   * frequent ones), ranked by the words query, without the article itself.
   */
  private List<RelatedArticle> related(Article a) throws IOException {
    Map<String, Integer> frequencies = new HashMap<>();
    try (TokenStream ts =
        fields.wordAnalyzer().tokenStream(ArticleFields.BODY, a.title() + "\n" + a.body())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.codePoints().count() >= 2) {
          frequencies.merge(term.toString(), 1, Integer::sum);
        }
      }
      ts.end();
    }
    List<String> words =
        frequencies.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(RELATED_WORDS)
            .map(e -> "\"" + e.getKey().replace("\"", "") + "\"")
            .toList();
    if (words.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", String.join(" OR ", words));
    params.set("defType", "archive");
    params.add("fq", SolrQueries.isArticle());
    params.add("fq", "-{!term f=" + ArticleFields.ID + " v=$self}");
    params.set("self", a.id());
    params.set(
        "fl",
        String.join(
            ",",
            ArticleFields.ID,
            ArticleFields.TITLE,
            ArticleFields.SOURCE_STORED,
            ArticleFields.DATE_STORED));
    params.set("rows", RELATED);
    List<RelatedArticle> related = new ArrayList<>();
    for (SolrDocument d : cloud.query(alias, params).getResults()) {
      related.add(
          new RelatedArticle(
              string(d, ArticleFields.ID),
              string(d, ArticleFields.TITLE),
              string(d, ArticleFields.SOURCE_STORED),
              string(d, ArticleFields.DATE_STORED)));
    }
    return related;
  }

  @Override
  public QuoteResult quotes(QuoteRequest request) {
    return NearQuotes.quotes(request, this::quotesAsAsked);
  }

  private QuoteResult quotesAsAsked(QuoteRequest request) {
    long start = System.nanoTime();
    ApproximateQuotes approximate = language.approximate(request.query());
    Query highlight = language.highlight(request.query());
    ModifiableSolrParams params = queries.text(request.query());
    params.add("fq", ArticleFields.KIND + ":" + ArticleFields.KIND_QUOTE);
    Map<String, List<String>> selections = new LinkedHashMap<>();
    selections.put(ArticleFields.FACET_SPEAKER, request.speakers());
    selections.put(ArticleFields.FACET_SOURCE, request.sources());
    selections.forEach((dim, values) -> SolrFacets.select(params, dim, values));
    params.set("sort", "score desc," + ArticleFields.ID + " asc");
    int pageStart = (request.page() - 1) * request.size();
    // An approximate quote reranks the top candidates, and its page is cut from them here.
    params.set("start", approximate == null ? pageStart : 0);
    params.set(
        "rows",
        approximate == null
            ? request.size()
            : Math.max(ApproximateQuotes.WINDOW, request.page() * request.size()));
    params.set(
        "fl",
        String.join(
            ",",
            ArticleFields.ID,
            ArticleFields.SPEAKERS_STORED,
            ArticleFields.QUOTE_ROLE,
            ArticleFields.BODY_EXACT,
            ArticleFields.ARTICLE_ID,
            ArticleFields.ARTICLE_TITLE,
            ArticleFields.SOURCE_STORED,
            ArticleFields.DATE_STORED,
            ArticleFields.QUOTE_PARAGRAPH,
            "score"));
    params.set("json.facet", SolrFacets.facetRequest(selections, List.of()));
    QueryResponse response = queries.limited(params);
    List<QuoteHit> hits = new ArrayList<>();
    List<SolrDocument> docs = response.getResults();
    Map<String, ApproximateQuotes.Match> passages = new HashMap<>();
    if (approximate != null) {
      List<ApproximateQuotes.Candidate<SolrDocument>> ranked =
          approximate.rank(
              docs,
              d -> string(d, ArticleFields.ID),
              SolrCloudArchive::score,
              d -> strings(d, ArticleFields.BODY_EXACT));
      List<SolrDocument> ordered = new ArrayList<>();
      for (ApproximateQuotes.Candidate<SolrDocument> c : ranked) {
        ordered.add(c.item());
        passages.put(string(c.item(), ArticleFields.ID), c.match());
      }
      docs =
          ordered.subList(
              Math.min(ordered.size(), pageStart),
              Math.min(ordered.size(), request.page() * request.size()));
    }
    try {
      for (SolrDocument d : docs) {
        String text = string(d, ArticleFields.BODY_EXACT);
        Object paragraph = d.getFirstValue(ArticleFields.QUOTE_PARAGRAPH);
        hits.add(
            new QuoteHit(
                string(d, ArticleFields.SPEAKERS_STORED),
                string(d, ArticleFields.QUOTE_ROLE),
                text,
                highlights.paragraphs(highlight, List.of(text)).get(0),
                string(d, ArticleFields.ARTICLE_ID),
                string(d, ArticleFields.ARTICLE_TITLE),
                string(d, ArticleFields.SOURCE_STORED),
                string(d, ArticleFields.DATE_STORED),
                paragraph instanceof Number n ? n.intValue() : 0,
                score(d),
                QuoteHit.number(string(d, ArticleFields.ID)),
                null));
        ApproximateQuotes.Match m = passages.get(string(d, ArticleFields.ID));
        if (m != null && m.distance() != Integer.MAX_VALUE) {
          QuoteHit hit = hits.remove(hits.size() - 1);
          hits.add(hit.withPassage(approximate.marked(text), m.distance()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new QuoteResult(
        response.getResults().getNumFound(),
        request.page(),
        request.size(),
        millisSince(start),
        hits,
        SolrFacets.facetCounts(response, selections));
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

  // Trends: counted with the JSON Facet API, made into tables by Trends as on the embedded index.

  // Requests

  /** The articles a search request keeps: its words, dates and selected facet values. */
  private ModifiableSolrParams articleQuery(SearchRequest request) {
    ModifiableSolrParams params = queries.text(request.query());
    params.add("fq", SolrQueries.isArticle());
    LocalDate from = request.fromDay();
    LocalDate to = request.toDay();
    if (from != null || to != null) {
      params.add(
          "fq",
          ArticleFields.DAY
              + ":["
              + (from == null ? "*" : from.toEpochDay())
              + " TO "
              + (to == null ? "*" : to.toEpochDay())
              + "]");
    }
    if (request.since() != null) {
      // After the instant: a time of the same millisecond (or earlier) was there already.
      params.add("fq", ArticleFields.ADDED + ":{" + request.since().toEpochMilli() + " TO *]");
    }
    selections(request).forEach((dim, values) -> SolrFacets.select(params, dim, values));
    return params;
  }

  private static Map<String, List<String>> selections(SearchRequest request) {
    Map<String, List<String>> selected = new LinkedHashMap<>();
    selected.put(ArticleFields.FACET_SOURCE, request.sources());
    selected.put(ArticleFields.FACET_MONTH, request.months());
    selected.put(ArticleFields.FACET_SPEAKER, request.speakers());
    selected.put(ArticleFields.FACET_THEME, request.themes());
    selected.put(ArticleFields.FACET_PERSON, request.people());
    selected.put(ArticleFields.FACET_ORGANISATION, request.organisations());
    selected.put(ArticleFields.FACET_PLACE, request.places());
    return selected;
  }

  /** Newest added first; articles added together (a whole first build) newest published first. */
  private static String addedOrder() {
    return ArticleFields.ADDED
        + " desc,"
        + ArticleFields.DAY
        + " desc,score desc,"
        + ArticleFields.ID
        + " asc";
  }

  private static String sort(Sort sort) {
    return switch (sort) {
      case RELEVANCE -> "score desc," + ArticleFields.ID + " asc";
      case DATE_DESC -> ArticleFields.DAY + " desc,score desc," + ArticleFields.ID + " asc";
      case DATE_ASC -> ArticleFields.DAY + " asc,score desc," + ArticleFields.ID + " asc";
      case ADDED_DESC -> addedOrder();
    };
  }

  // Hits

  private List<Hit> hits(List<SolrDocument> docs, Query highlight) {
    List<Hit> hits = new ArrayList<>(docs.size());
    try {
      for (SolrDocument d : docs) {
        hits.add(
            new Hit(
                string(d, ArticleFields.ID),
                string(d, ArticleFields.TITLE),
                string(d, ArticleFields.SUBTITLE),
                string(d, ArticleFields.SOURCE_STORED),
                string(d, ArticleFields.DATE_STORED),
                strings(d, ArticleFields.SPEAKERS_STORED),
                highlights.snippet(highlight, strings(d, ArticleFields.BODY_EXACT)),
                score(d),
                // Outlets, copies and story come from the story pass, a distance from a rerank.
                List.of(),
                List.of(),
                null,
                null,
                d.getFirstValue(ArticleFields.ADDED) instanceof Number millis
                    ? Instant.ofEpochMilli(millis.longValue())
                    : null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hits;
  }

  /** The other outlets of each hit's story, counted over all the story's articles. */
  private List<Hit> withAlsoIn(List<Hit> hits, List<SolrDocument> docs) {
    List<String> groups = new ArrayList<>();
    for (SolrDocument d : docs) {
      String group = string(d, StoryGroups.GROUP);
      if (group != null && !groups.contains(group)) {
        groups.add(group);
      }
    }
    if (groups.isEmpty()) {
      return hits;
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("defType", "lucene");
    params.set("q", "{!terms f=" + StoryGroups.GROUP + " separator=$sep v=$groups}");
    params.set("sep", SolrFacets.SEPARATOR);
    params.set("groups", String.join(SolrFacets.SEPARATOR, groups));
    params.add("fq", SolrQueries.isArticle());
    params.set("rows", 0);
    params.set(
        "json.facet",
        "{groups:{type:terms,field:"
            + StoryGroups.GROUP
            + ",limit:-1,refine:true,facet:{outlets:{type:terms,field:"
            + ArticleFields.SOURCE_VALUE
            + ",limit:-1,missing:false}}}}");
    BucketBasedJsonFacet byGroup =
        SolrFacets.facets(cloud.query(alias, params)).getBucketBasedFacets("groups");
    Map<String, Map<String, Integer>> outletsByGroup = new HashMap<>();
    if (byGroup != null) {
      for (BucketJsonFacet g : byGroup.getBuckets()) {
        Map<String, Integer> outlets = new HashMap<>();
        BucketBasedJsonFacet inner = g.getBucketBasedFacets("outlets");
        if (inner != null) {
          inner
              .getBuckets()
              .forEach(o -> outlets.put(String.valueOf(o.getVal()), (int) o.getCount()));
        }
        outletsByGroup.put(String.valueOf(g.getVal()), outlets);
      }
    }
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      Map<String, Integer> outlets = outletsByGroup.get(string(docs.get(i), StoryGroups.GROUP));
      out.add(outlets == null ? hit : hit.withAlsoIn(AlsoIn.outlets(outlets, hit.source())));
    }
    return out;
  }

  private static String string(SolrDocument d, String field) {
    Object value = d.getFirstValue(field);
    return value == null ? null : value.toString();
  }

  private static List<String> strings(SolrDocument d, String field) {
    var values = d.getFieldValues(field);
    if (values == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(v.toString()));
    return out;
  }

  private static float score(SolrDocument d) {
    return d.getFirstValue("score") instanceof Number n ? n.floatValue() : 0f;
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
