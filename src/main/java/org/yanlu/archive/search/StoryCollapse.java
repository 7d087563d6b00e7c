package org.yanlu.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.StoryGroups;

/**
 * Shows each story once on a result page: hits are taken in rank order and a hit whose story group
 * already has a better-ranked hit is dropped, so that pages hold distinct stories and the total
 * counts stories. Facets are not collapsed: every outlet that carried a story keeps its count.
 */
final class StoryCollapse {
  /** The most copies of one story looked up for "also in". */
  private static final int COPIES = 50;

  private static final Set<String> GROUP_FIELDS = Set.of(ArticleFields.ID, StoryGroups.GROUP);
  private static final Set<String> COPY_FIELDS =
      Set.of(ArticleFields.ID, ArticleFields.SOURCE_STORED, ArticleFields.DATE_STORED);

  /**
   * One page of distinct stories.
   *
   * @param total how many distinct stories match
   * @param docs the page's hits, one per story
   */
  record Page(long total, ScoreDoc[] docs) {}

  private StoryCollapse() {}

  /**
   * The page of distinct stories among the hits of {@code query}.
   *
   * @param ranked the query's top {@code page × size} hits in order, as already searched
   * @param totalHits how many articles match
   * @param sort the order of the hits, or null for relevance
   */
  static Page page(
      IndexSearcher s,
      Query query,
      org.apache.lucene.search.Sort sort,
      ScoreDoc[] ranked,
      long totalHits,
      int page,
      int size)
      throws IOException {
    long stories = countStories(s, query);
    int want = page * size;
    int from = (page - 1) * size;
    if (stories == totalHits) {
      // No two hits are one story: the hits as searched are the page.
      return new Page(totalHits, slice(Arrays.asList(ranked), from, want));
    }
    int n = want;
    while (true) {
      n = (int) Math.min(Math.max(n * 2L, want + 1L), Math.max(totalHits, 1));
      TopDocs top = sort == null ? s.search(query, n) : s.search(query, n, sort, true);
      List<ScoreDoc> distinct = firstOfEachStory(s, top.scoreDocs);
      if (distinct.size() >= want || top.scoreDocs.length >= totalHits || n >= totalHits) {
        return new Page(stories, slice(distinct, from, want));
      }
    }
  }

  /**
   * The hits with the other outlets that carried their stories: each copy's outlet once, in date
   * order, leaving out the hit's own outlet.
   */
  static List<Hit> withAlsoIn(IndexSearcher s, ScoreDoc[] docs, List<Hit> hits) throws IOException {
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      String group = s.storedFields().document(docs[i].doc, GROUP_FIELDS).get(StoryGroups.GROUP);
      out.add(group == null ? hit : hit.withAlsoIn(otherOutlets(s, group, hit)));
    }
    return out;
  }

  private static List<String> otherOutlets(IndexSearcher s, String group, Hit hit)
      throws IOException {
    Query copies =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(StoryGroups.GROUP, group)), BooleanClause.Occur.MUST)
            .add(
                new TermQuery(new Term(ArticleFields.KIND, ArticleFields.KIND_ARTICLE)),
                BooleanClause.Occur.FILTER)
            .build();
    List<Document> found = new ArrayList<>();
    for (ScoreDoc sd : s.search(copies, COPIES).scoreDocs) {
      Document d = s.storedFields().document(sd.doc, COPY_FIELDS);
      if (!hit.id().equals(d.get(ArticleFields.ID))) {
        found.add(d);
      }
    }
    // Undated copies last; ISO dates of any precision sort as text.
    found.sort(
        Comparator.comparing(
            (Document d) -> d.get(ArticleFields.DATE_STORED),
            Comparator.nullsLast(Comparator.naturalOrder())));
    Set<String> outlets = new LinkedHashSet<>();
    for (Document d : found) {
      String outlet = d.get(ArticleFields.SOURCE_STORED);
      if (outlet != null && !outlet.isBlank() && !outlet.equals(hit.source())) {
        outlets.add(outlet);
      }
    }
    return List.copyOf(outlets);
  }

  private static List<ScoreDoc> firstOfEachStory(IndexSearcher s, ScoreDoc[] ranked)
      throws IOException {
    Set<String> seen = new HashSet<>();
    List<ScoreDoc> distinct = new ArrayList<>();
    for (ScoreDoc sd : ranked) {
      Document d = s.storedFields().document(sd.doc, GROUP_FIELDS);
      String group = d.get(StoryGroups.GROUP);
      if (seen.add(group == null ? "id:" + d.get(ArticleFields.ID) : group)) {
        distinct.add(sd);
      }
    }
    return distinct;
  }

  private static ScoreDoc[] slice(List<ScoreDoc> docs, int from, int to) {
    int start = Math.min(from, docs.size());
    return docs.subList(start, Math.min(to, docs.size())).toArray(new ScoreDoc[0]);
  }

  /**
   * How many distinct stories match: the group ordinals hit in each segment are marked in a bit
   * set, and only the marked ones are looked up to merge segments. An article without a group
   * (indexed before groups existed) is a story of its own.
   */
  private static long countStories(IndexSearcher s, Query query) throws IOException {
    List<SegmentStories> perSegment = s.search(query, new StoryCounterManager());
    Set<BytesRef> groups = new HashSet<>();
    long ungrouped = 0;
    for (SegmentStories seg : perSegment) {
      ungrouped += seg.ungrouped;
      int ord = 0;
      while (ord < seg.ords.length()) {
        ord = seg.ords.nextSetBit(ord);
        if (ord == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        groups.add(BytesRef.deepCopyOf(seg.values.lookupOrd(ord)));
        ord++;
      }
    }
    return groups.size() + ungrouped;
  }

  /** The groups hit in one segment. */
  private static final class SegmentStories {
    final SortedDocValues values;
    final FixedBitSet ords;
    long ungrouped;

    SegmentStories(SortedDocValues values) {
      this.values = values;
      this.ords = new FixedBitSet(Math.max(1, values.getValueCount()));
    }
  }

  /** Collects, per segment, the group ordinals of the hits. */
  private static final class StoryCounter extends SimpleCollector {
    final List<SegmentStories> segments = new ArrayList<>();
    private SegmentStories current;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      current = new SegmentStories(DocValues.getSorted(context.reader(), StoryGroups.GROUP));
      segments.add(current);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (current.values.advanceExact(doc)) {
        current.ords.set(current.values.ordValue());
      } else {
        current.ungrouped++;
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static final class StoryCounterManager
      implements CollectorManager<StoryCounter, List<SegmentStories>> {
    @Override
    public StoryCounter newCollector() {
      return new StoryCounter();
    }

    @Override
    public List<SegmentStories> reduce(Collection<StoryCounter> collectors) {
      List<SegmentStories> all = new ArrayList<>();
      collectors.forEach(c -> all.addAll(c.segments));
      return all;
    }
  }
}
