package org.yanlu.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSet;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.CopyListing;
import org.yanlu.archive.index.StoryGroups;

/**
 * The story of each hit and, for a collapsed page, each story's other articles that match the same
 * search: collapsing must not hide where else a quote was printed. One search finds the copies of
 * all the page's stories; doc values give each one's story and day, and the listings of only the
 * copies listed ({@link CopyListing}).
 */
final class StoryCopies {
  private StoryCopies() {}

  /**
   * The hits with their stories, and with their copies when {@code withCopies}.
   *
   * @param query the search's own query, filters included: a copy must match it too
   * @param matching every hit of {@code query}, as the search that counted them kept them, or null
   *     to search for the copies with the query again
   * @param docs the hits' documents, one for one with {@code hits}
   */
  static List<Hit> add(
      IndexSearcher s,
      Query query,
      FacetsCollector matching,
      ScoreDoc[] docs,
      List<Hit> hits,
      boolean withCopies)
      throws IOException {
    if (hits.isEmpty()) {
      return hits;
    }
    BytesRef[] groups = StoryKeys.groups(s, docs);
    Map<String, List<StoryCopy>> copies =
        withCopies ? copiesOf(s, query, matching, groups, docs) : Map.of();
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      if (groups[i] == null) {
        out.add(hit);
        continue;
      }
      String story = groups[i].utf8ToString();
      out.add(hit.withStory(story).withCopies(copies.getOrDefault(story, List.of())));
    }
    return out;
  }

  /** Each story's matching articles but the hit shown for it, in {@link StoryCopy#ORDER}. */
  private static Map<String, List<StoryCopy>> copiesOf(
      IndexSearcher s, Query query, FacetsCollector matching, BytesRef[] groups, ScoreDoc[] shown)
      throws IOException {
    BooleanQuery.Builder anyGroup = new BooleanQuery.Builder();
    int stories = 0;
    for (BytesRef group : groups) {
      if (group != null) {
        anyGroup.add(new TermQuery(new Term(StoryGroups.GROUP, group)), BooleanClause.Occur.SHOULD);
        stories++;
      }
    }
    if (stories == 0) {
      return Map.of();
    }
    // The search's hits are known: a copy is one of them, so the stories' articles are only
    // looked up among them, rather than matched against the query again (a story of a thousand
    // copies would check the query's positions a thousand times).
    Query copies =
        matching != null
            ? anyGroup.build()
            : new BooleanQuery.Builder()
                .add(anyGroup.build(), BooleanClause.Occur.FILTER)
                .add(query, BooleanClause.Occur.FILTER)
                .build();
    Set<Integer> shownDocs = new java.util.HashSet<>();
    for (ScoreDoc d : shown) {
      shownDocs.add(d.doc);
    }
    CopyCollector collector = new CopyCollector(shownDocs, hitsByLeaf(matching));
    s.search(copies, collector);
    // The copies to list, read in doc order: neighbours share a compressed block of stored fields.
    Map<String, List<long[]>> toList = new HashMap<>();
    List<Integer> toRead = new ArrayList<>();
    for (Map.Entry<String, List<long[]>> e : collector.byGroup.entrySet()) {
      List<long[]> first = earliest(e.getValue());
      toList.put(e.getKey(), first);
      first.forEach(docAndDay -> toRead.add((int) docAndDay[0]));
    }
    toRead.sort(null);
    Map<Integer, StoryCopy> read = listings(s, toRead);
    Map<String, List<StoryCopy>> out = new HashMap<>();
    for (Map.Entry<String, List<long[]>> e : toList.entrySet()) {
      List<StoryCopy> listed = new ArrayList<>();
      for (long[] docAndDay : e.getValue()) {
        listed.add(read.get((int) docAndDay[0]));
      }
      listed.sort(StoryCopy.ORDER);
      out.put(
          e.getKey(),
          List.copyOf(listed.subList(0, Math.min(listed.size(), StoryCopy.MAX_PER_HIT))));
    }
    return out;
  }

  /** The hits of each segment by its ordinal, or null when they are not known. */
  private static Map<Integer, DocIdSet> hitsByLeaf(FacetsCollector matching) {
    if (matching == null) {
      return null;
    }
    Map<Integer, DocIdSet> byLeaf = new HashMap<>();
    for (FacetsCollector.MatchingDocs docs : matching.getMatchingDocs()) {
      byLeaf.put(docs.context.ord, docs.bits);
    }
    return byLeaf;
  }

  /**
   * The listings of these articles, read from their doc values in doc order (doc values only go
   * forwards) rather than from stored fields, which would decompress each whole article.
   */
  private static Map<Integer, StoryCopy> listings(IndexSearcher s, List<Integer> docs)
      throws IOException {
    Map<Integer, StoryCopy> read = new HashMap<>();
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    BinaryDocValues listings = null;
    for (int doc : docs) {
      int next = ReaderUtil.subIndex(doc, leaves);
      if (next != leafIndex) {
        leafIndex = next;
        leaf = leaves.get(next);
        listings = DocValues.getBinary(leaf.reader(), CopyListing.FIELD);
      }
      if (!listings.advanceExact(doc - leaf.docBase)) {
        throw new IllegalStateException("article " + doc + " has no copy listing");
      }
      String[] listing = CopyListing.read(listings.binaryValue());
      read.put(doc, new StoryCopy(listing[0], listing[1], listing[2], listing[3]));
    }
    return read;
  }

  /**
   * The copies that can be among the first listed: the {@link StoryCopy#MAX_PER_HIT} earliest and
   * every copy of the same day as the last of them, since ties are then ordered by id.
   */
  private static List<long[]> earliest(List<long[]> docsAndDays) {
    docsAndDays.sort(Comparator.comparingLong(d -> d[1]));
    if (docsAndDays.size() <= StoryCopy.MAX_PER_HIT) {
      return docsAndDays;
    }
    long lastDay = docsAndDays.get(StoryCopy.MAX_PER_HIT - 1)[1];
    int end = StoryCopy.MAX_PER_HIT;
    while (end < docsAndDays.size() && docsAndDays.get(end)[1] == lastDay) {
      end++;
    }
    return docsAndDays.subList(0, end);
  }

  /** Collects each matching article's doc, story and day (undated last), but the shown hits. */
  private static final class CopyCollector extends SimpleCollector {
    final Map<String, List<long[]>> byGroup = new HashMap<>();
    private final Set<Integer> shown;
    private final Map<Integer, DocIdSet> hitsByLeaf;
    private int docBase;
    private SortedDocValues groups;
    private NumericDocValues days;
    // The search's hits in this segment, or null when the query itself picks the copies.
    private DocIdSetIterator hits;

    /**
     * @param hitsByLeaf the search's hits per segment ordinal, of which a copy must be one; null
     *     when the collected query is the search's own
     */
    CopyCollector(Set<Integer> shown, Map<Integer, DocIdSet> hitsByLeaf) {
      this.shown = shown;
      this.hitsByLeaf = hitsByLeaf;
    }

    // A story's many copies share one ordinal: its text is made once per segment.
    private final OrdinalNames groupNames = new OrdinalNames();

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      docBase = context.docBase;
      groups = DocValues.getSorted(context.reader(), StoryGroups.GROUP);
      groupNames.setValues(groups);
      days = DocValues.getNumeric(context.reader(), ArticleFields.DAY);
      if (hitsByLeaf != null) {
        DocIdSet leafHits = hitsByLeaf.get(context.ord);
        DocIdSetIterator it = leafHits == null ? null : leafHits.iterator();
        hits = it == null ? DocIdSetIterator.empty() : it;
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      if (hits != null && !isHit(doc)) {
        return;
      }
      if (shown.contains(docBase + doc) || !groups.advanceExact(doc)) {
        return;
      }
      String group = groupNames.current();
      long day = days.advanceExact(doc) ? days.longValue() : Long.MAX_VALUE;
      byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(new long[] {docBase + doc, day});
    }

    /** Whether the search matched this document; documents come in increasing order. */
    private boolean isHit(int doc) throws IOException {
      int at = hits.docID();
      if (at < doc) {
        at = hits.advance(doc);
      }
      return at == doc;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
