package org.yanlu.archive.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IncrementalSummary;
import org.yanlu.archive.index.IndexChanges;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.StoryGroups;
import org.yanlu.archive.index.StorySignature;
import org.yanlu.archive.index.ThemeQueries;
import org.yanlu.archive.index.ThemeTagger;

/**
 * Indexes the archive into SolrCloud. Readers, enrichers, story signatures and theme tags run here
 * as for the embedded index; Solr receives finished documents. A rebuild goes into a new collection
 * and then moves the alias to it in one step, then drops the collections the alias pointed to
 * before, so that searches never see a half-built archive; a failed build drops its own collection
 * and leaves the alias where it was. Each article keeps the time it first entered the archive, read
 * from the collection being replaced or changed.
 */
public final class SolrCloudIndexer {
  /** Documents per update request: large enough to amortise a round trip, small in memory. */
  private static final int BATCH_DOCS = 1000;

  /** Articles tagged and turned into documents at once, on every core. */
  private static final int CHUNK_ARTICLES = 500;

  /** Indexed articles a new one is compared with: the best by shared signature bands. */
  private static final int CANDIDATES = 50;

  /** Separates ids in a terms query: no id holds it. */
  private static final String ID_SEPARATOR = "\u001f";

  /** The alias property that says when the build it points to finished. */
  static final String BUILT_AT = "builtAt";

  /** The alias property that says how long that build took, in milliseconds. */
  static final String BUILD_MILLIS = "buildMillis";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final SolrCloud cloud;
  private final String alias;
  private final ThemeTagger tagger;

  /**
   * @param alias the collection alias searches use ({@code news})
   * @param themes the themes to tag articles with
   */
  public SolrCloudIndexer(SolrCloud cloud, String alias, ThemeQueries themes) {
    this.cloud = cloud;
    this.alias = alias;
    this.tagger = new ThemeTagger(themes, new ArticleFields());
  }

  /** What a rebuild did. */
  public record Summary(
      String collection, int articles, long quotes, long millis, List<String> dropped) {}

  /**
   * Indexes all articles into a new collection of {@code shards} × {@code replicas} and moves the
   * alias to it.
   */
  public Summary rebuild(List<Article> articles, int shards, int replicas, IndexProgress progress)
      throws IOException {
    long start = System.nanoTime();
    uploadConfigSet();
    List<String> before = cloud.aliasTargets(alias);
    // Read before the new collection exists: an article the archive held keeps its first time.
    Map<String, Instant> firstAdded = before.isEmpty() ? Map.of() : addedTimes();
    String collection = alias + "_" + STAMP.format(Instant.now());
    cloud.request(
        CollectionAdminRequest.createCollection(collection, SolrConfigSet.NAME, shards, replicas)
            .setRouterField(SolrFields.ROUTE),
        null);
    try {
      StoryGroups.Assignment stories = StoryGroups.assign(articles);
      long quotes =
          add(collection, articles, stories.groups(), stories.signatures(), firstAdded, progress);
      commit(collection);
      long millis = (System.nanoTime() - start) / 1_000_000;
      cloud.request(CollectionAdminRequest.createAlias(alias, collection), null);
      cloud.request(
          CollectionAdminRequest.setAliasProperty(alias)
              .addProperty(BUILT_AT, Instant.now().toString())
              .addProperty(BUILD_MILLIS, String.valueOf(millis)),
          null);
      List<String> dropped = new ArrayList<>();
      for (String old : before) {
        if (!old.equals(collection) && cloud.hasCollection(old)) {
          cloud.request(CollectionAdminRequest.deleteCollection(old), null);
          dropped.add(old);
        }
      }
      return new Summary(collection, articles.size(), quotes, millis, dropped);
    } catch (IOException | RuntimeException e) {
      try {
        cloud.request(CollectionAdminRequest.deleteCollection(collection), null);
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** Sends the articles' documents in batches; returns how many quotes they held. */
  private long add(
      String collection,
      List<Article> articles,
      Map<String, String> groups,
      Map<String, StorySignature> signatures,
      Map<String, Instant> firstAdded,
      IndexProgress progress)
      throws IOException {
    Instant now = Instant.now();
    AtomicInteger done = new AtomicInteger();
    long quotes = 0;
    List<SolrInputDocument> batch = new ArrayList<>(BATCH_DOCS);
    for (int from = 0; from < articles.size(); from += CHUNK_ARTICLES) {
      List<Article> chunk =
          articles.subList(from, Math.min(articles.size(), from + CHUNK_ARTICLES));
      List<List<SolrInputDocument>> docs =
          chunk.parallelStream()
              .map(
                  a ->
                      documents(
                          a,
                          groups.get(a.id()),
                          signatures.get(a.id()),
                          "",
                          firstAdded.getOrDefault(a.id(), now)))
              .toList();
      for (List<SolrInputDocument> articleDocs : docs) {
        quotes += articleDocs.size() - 1;
        batch.addAll(articleDocs);
        if (batch.size() >= BATCH_DOCS) {
          send(collection, batch);
        }
        progress.indexed(done.incrementAndGet(), articles.size());
      }
    }
    send(collection, batch);
    return quotes;
  }

  private List<SolrInputDocument> documents(
      Article a, String group, StorySignature signature, String origin, Instant added) {
    try {
      List<SolrInputDocument> docs =
          SolrFields.documents(tagger.tagged(a), group, signature, added);
      if (!origin.isEmpty()) {
        docs.forEach(d -> d.addField(SolrFields.ORIGIN, origin));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void send(String collection, List<SolrInputDocument> batch) {
    if (batch.isEmpty()) {
      return;
    }
    UpdateRequest update = new UpdateRequest();
    update.add(new ArrayList<>(batch));
    cloud.request(update, collection);
    batch.clear();
  }

  private void commit(String collection) {
    UpdateRequest commit = new UpdateRequest();
    commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
    cloud.request(commit, collection);
  }

  /**
   * Applies the changes to the live collection in one commit: articles added (or replaced, with
   * their quotes, even when their story moves them to another shard) and removed. Story grouping
   * finds earlier copies among the indexed articles by their signature bands.
   *
   * @throws IOException when the alias does not exist yet
   */
  public IncrementalSummary apply(IndexChanges changes) throws IOException {
    if (cloud.aliasTargets(alias).isEmpty()) {
      throw new IOException("SolrCloud has no archive " + alias + "; run index --solr first");
    }
    int removed = 0;
    List<String> notFound = new ArrayList<>();
    Map<String, Optional<Instant>> earlier =
        addedTimes(changes.upserts().stream().map(Article::id).toList());
    UpdateRequest update = new UpdateRequest();
    for (String id : changes.removals()) {
      if (articleExists(id)) {
        removed++;
      } else {
        notFound.add(id);
      }
      update.deleteByQuery(withArticle(id));
    }
    if (!changes.origin().isEmpty()) {
      update.deleteByQuery(
          SolrFields.ORIGIN + ":" + ClientUtils.escapeQueryChars(changes.origin()));
    }
    Set<String> leaving = new HashSet<>(changes.removals());
    changes.upserts().forEach(a -> leaving.add(a.id()));
    Map<String, String> groups =
        StoryGroups.groupsOfAdded(changes.upserts(), leaving, this::candidates);
    int added = 0;
    int replaced = 0;
    for (Article a : changes.upserts()) {
      if (earlier.containsKey(a.id())) {
        replaced++;
      } else {
        added++;
      }
      // Its earlier version and quotes go first, wherever its earlier story put them.
      update.deleteByQuery(withArticle(a.id()));
    }
    // Deletes go in a request of their own, before the adds: one request applies its adds first.
    // Neither is visible until the commit that ends the second.
    if (update.getDeleteQuery() != null && !update.getDeleteQuery().isEmpty()) {
      cloud.request(update, alias);
    }
    UpdateRequest adds = new UpdateRequest();
    // One time for the batch: its articles entered the archive together, in this commit; a
    // replaced article keeps its first time.
    Instant now = Instant.now();
    for (Article a : changes.upserts()) {
      Instant first = earlier.getOrDefault(a.id(), Optional.empty()).orElse(now);
      adds.add(documents(a, groups.get(a.id()), StorySignature.of(a), changes.origin(), first));
    }
    adds.setAction(UpdateRequest.ACTION.COMMIT, true, true);
    cloud.request(adds, alias);
    return new IncrementalSummary(added, replaced, removed, notFound, (int) countArticles());
  }

  /**
   * Every article's time in the collection the alias points to, read with a cursor so that memory
   * and requests stay small however large the archive.
   */
  private Map<String, Instant> addedTimes() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("defType", "lucene");
    params.set("fq", ArticleFields.KIND + ":" + ArticleFields.KIND_ARTICLE);
    params.set("fl", ArticleFields.ID + "," + ArticleFields.ADDED);
    params.set("sort", ArticleFields.ID + " asc");
    params.set("rows", BATCH_DOCS);
    Map<String, Instant> times = new HashMap<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = cloud.query(alias, params);
      for (SolrDocument d : response.getResults()) {
        if (d.getFirstValue(ArticleFields.ADDED) instanceof Number millis) {
          times.put(
              (String) d.getFirstValue(ArticleFields.ID), Instant.ofEpochMilli(millis.longValue()));
        }
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor) || response.getResults().isEmpty()) {
        return times;
      }
      cursor = next;
    }
  }

  /**
   * The indexed articles among {@code ids}, each with its time (empty for an article indexed before
   * articles had times).
   */
  private Map<String, Optional<Instant>> addedTimes(List<String> ids) {
    Map<String, Optional<Instant>> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("defType", "lucene");
    params.set("q", "{!terms f=" + ArticleFields.ID + " separator=$sep v=$ids}");
    params.set("sep", ID_SEPARATOR);
    params.set("ids", String.join(ID_SEPARATOR, ids));
    params.set("fq", ArticleFields.KIND + ":" + ArticleFields.KIND_ARTICLE);
    params.set("fl", ArticleFields.ID + "," + ArticleFields.ADDED);
    params.set("rows", ids.size());
    for (SolrDocument d : cloud.query(alias, params).getResults()) {
      Object millis = d.getFirstValue(ArticleFields.ADDED);
      found.put(
          (String) d.getFirstValue(ArticleFields.ID),
          millis instanceof Number n
              ? Optional.of(Instant.ofEpochMilli(n.longValue()))
              : Optional.empty());
    }
    return found;
  }

  private List<StoryGroups.Candidate> candidates(StorySignature sig) {
    List<String> bands = StoryGroups.bandNames(sig);
    if (bands.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("defType", "lucene");
    params.set("q", "{!terms f=" + StoryGroups.BAND + " v=$bands}");
    params.set("bands", String.join(",", bands));
    params.set("fq", ArticleFields.KIND + ":" + ArticleFields.KIND_ARTICLE);
    params.set("fl", ArticleFields.ID + "," + StoryGroups.GROUP + "," + StoryGroups.SIGNATURE);
    params.set("rows", CANDIDATES);
    QueryResponse response = cloud.query(alias, params);
    List<StoryGroups.Candidate> found = new ArrayList<>();
    for (SolrDocument d : response.getResults()) {
      found.add(
          new StoryGroups.Candidate(
              (String) d.getFirstValue(ArticleFields.ID),
              (String) d.getFirstValue(StoryGroups.GROUP),
              StorySignature.ofBytes(
                  new BytesRef((byte[]) d.getFirstValue(StoryGroups.SIGNATURE)))));
    }
    return found;
  }

  private boolean articleExists(String id) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("defType", "lucene");
    params.set("q", "{!term f=" + ArticleFields.ID + " v=$id}");
    params.set("id", id);
    params.set("fq", ArticleFields.KIND + ":" + ArticleFields.KIND_ARTICLE);
    params.set("rows", 0);
    return cloud.query(alias, params).getResults().getNumFound() > 0;
  }

  private long countArticles() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("defType", "lucene");
    params.set("fq", ArticleFields.KIND + ":" + ArticleFields.KIND_ARTICLE);
    params.set("rows", 0);
    return cloud.query(alias, params).getResults().getNumFound();
  }

  /** The article of this id and its quotes, as a delete-by-query (which reaches every shard). */
  private static String withArticle(String id) {
    String escaped = ClientUtils.escapeQueryChars(id);
    return ArticleFields.ID + ":" + escaped + " OR " + ArticleFields.ARTICLE_ID + ":" + escaped;
  }

  /**
   * Uploads the configset packed in the jar, over the cluster's copy of it: each build's new
   * collection gets the schema this code writes (an older copy would lack its newer fields).
   * Collections built before keep the schema they loaded.
   */
  private void uploadConfigSet() throws IOException {
    Path folder = Files.createTempDirectory("news-archive-configset");
    try {
      for (String file : SolrConfigSet.FILES) {
        try (InputStream in = SolrConfigSet.open(file)) {
          Files.copy(in, folder.resolve(file));
        }
      }
      cloud.uploadConfigSet(folder, SolrConfigSet.NAME);
    } finally {
      for (String file : SolrConfigSet.FILES) {
        Files.deleteIfExists(folder.resolve(file));
      }
      Files.deleteIfExists(folder);
    }
  }
}
