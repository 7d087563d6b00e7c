package org.yanlu.archive.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.yanlu.archive.article.Article;

/**
 * Changes the index in use in place, without a rebuild: adds or replaces articles by id (their
 * quote documents with them) and removes articles, all in one commit on the current generation. A
 * searcher opened on the index sees either the commit before or the one after, never a part; a
 * crash leaves the last commit. Added articles join the story group of a syndicated copy already
 * indexed, as in a full build; a new article is stamped with the commit's time as when it entered
 * the archive, a replaced one keeps its first time.
 */
public final class IncrementalIndexer {
  /** On every document of an article added from a file: the file, to replace its articles later. */
  public static final String ORIGIN = "origin";

  /** Commit data key: when the index was last changed in place. */
  public static final String UPDATED_AT = "updatedAt";

  /** Candidate copies looked at per added article; copies of one story are never this many. */
  private static final int CANDIDATES = 50;

  private final ArticleFields fields;
  private final ThemeTagger tagger;

  public IncrementalIndexer(ArticleFields fields) {
    this(fields, ThemeQueries.NONE);
  }

  /** An indexer that tags the articles it adds with the themes whose query finds them. */
  public IncrementalIndexer(ArticleFields fields, ThemeQueries themes) {
    this.fields = fields;
    this.tagger = new ThemeTagger(themes, fields);
  }

  /**
   * Applies the changes to the generation in use under {@code indexRoot} and commits them.
   *
   * @param corpusLastModified the corpus time to record (the changes came from the corpus), or
   *     empty to keep the recorded one
   * @throws IOException when there is no index there, or it cannot be written (another process
   *     holding its lock); nothing is committed then
   */
  public IncrementalSummary apply(
      Path indexRoot, IndexChanges changes, Optional<Long> corpusLastModified) throws IOException {
    IndexSwap swap = new IndexSwap(indexRoot);
    Path generation =
        swap.current()
            .orElseThrow(() -> new IOException("no index at " + indexRoot + "; run index first"));
    IndexWriterConfig config =
        new IndexWriterConfig(fields.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
            // Only an explicit commit publishes the batch; a failure leaves the last commit.
            .setCommitOnClose(false);
    try (Directory dir = FSDirectory.open(generation);
        IndexWriter writer = new IndexWriter(dir, config)) {
      Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(dir).getUserData());
      int added = 0;
      int replaced = 0;
      int removed = 0;
      List<String> notFound = new ArrayList<>();
      try (DirectoryReader before = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(before);
        for (String id : changes.removals()) {
          if (searcher.count(articleWithId(id)) > 0) {
            removed++;
          } else {
            notFound.add(id);
          }
          writer.deleteDocuments(
              new Term(ArticleFields.ID, id), new Term(ArticleFields.ARTICLE_ID, id));
        }
        if (!changes.origin().isEmpty()) {
          writer.deleteDocuments(new Term(ORIGIN, changes.origin()));
        }
        Map<String, String> groups = groups(searcher, changes);
        // One time for the batch: its articles entered the archive together, in this commit.
        Instant now = Instant.now();
        for (Article a : changes.upserts()) {
          TopDocs earlier = searcher.search(articleWithId(a.id()), 1);
          Optional<Instant> firstAdded = Optional.empty();
          if (earlier.scoreDocs.length > 0) {
            replaced++;
            firstAdded = AddedTimes.of(searcher, earlier.scoreDocs[0].doc);
          } else {
            added++;
          }
          List<Document> docs = tagger.documents(a);
          StoryGroups.tag(docs.get(0), groups.get(a.id()), StorySignature.of(a));
          ArticleFields.stampAdded(docs.get(0), firstAdded.orElse(now));
          if (!changes.origin().isEmpty()) {
            for (Document d : docs) {
              d.add(new StringField(ORIGIN, changes.origin(), Field.Store.NO));
            }
          }
          // The quotes of the earlier version go first: they may be more than the new ones.
          writer.deleteDocuments(new Term(ArticleFields.ARTICLE_ID, a.id()));
          writer.updateDocuments(new Term(ArticleFields.ID, a.id()), docs);
        }
      }
      int articles;
      try (DirectoryReader after = DirectoryReader.open(writer)) {
        articles = new IndexSearcher(after).count(isArticle());
      }
      data.put(IndexCommitData.ARTICLES, String.valueOf(articles));
      data.put(UPDATED_AT, Instant.now().toString());
      corpusLastModified.ifPresent(
          t -> data.put(IndexCommitData.CORPUS_LAST_MODIFIED, String.valueOf(t)));
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
      return new IncrementalSummary(added, replaced, removed, notFound, articles);
    }
  }

  /** The story group of each article to add ({@link StoryGroups#groupsOfAdded}). */
  private static Map<String, String> groups(IndexSearcher searcher, IndexChanges changes)
      throws IOException {
    Set<String> leaving = new HashSet<>(changes.removals());
    changes.upserts().forEach(a -> leaving.add(a.id()));
    return StoryGroups.groupsOfAdded(
        changes.upserts(),
        leaving,
        sig -> {
          List<StoryGroups.Candidate> found = new ArrayList<>();
          for (ScoreDoc sd : candidates(searcher, sig)) {
            Document d = searcher.storedFields().document(sd.doc);
            found.add(
                new StoryGroups.Candidate(
                    d.get(ArticleFields.ID),
                    d.get(StoryGroups.GROUP),
                    StorySignature.ofBytes(d.getBinaryValue(StoryGroups.SIGNATURE))));
          }
          return found;
        });
  }

  /** The indexed articles sharing the most signature bands with {@code sig}. */
  private static ScoreDoc[] candidates(IndexSearcher searcher, StorySignature sig)
      throws IOException {
    long[] bands = StoryGroups.bands(sig);
    if (bands.length == 0) {
      return new ScoreDoc[0];
    }
    // One point each, scored 1: an article's score is the number of bands it shares.
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (long band : bands) {
      any.add(
          new ConstantScoreQuery(LongPoint.newExactQuery(StoryGroups.BAND, band)),
          BooleanClause.Occur.SHOULD);
    }
    Query query =
        new BooleanQuery.Builder()
            .add(any.build(), BooleanClause.Occur.MUST)
            .add(isArticle(), BooleanClause.Occur.FILTER)
            .build();
    return searcher.search(query, CANDIDATES).scoreDocs;
  }

  private static Query isArticle() {
    return new TermQuery(new Term(ArticleFields.KIND, ArticleFields.KIND_ARTICLE));
  }

  private static Query articleWithId(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ArticleFields.ID, id)), BooleanClause.Occur.MUST)
        .add(isArticle(), BooleanClause.Occur.FILTER)
        .build();
  }
}
