package org.yanlu.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.grouping.FirstPassGroupingCollector;
import org.apache.lucene.search.grouping.SearchGroup;
import org.apache.lucene.search.grouping.TermGroupSelector;
import org.apache.lucene.search.grouping.TopGroupsCollector;
import org.apache.lucene.util.BytesRef;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.StoryGroups;

/**
 * Shows each story once on a result page: each story (its articles share a group) is shown by its
 * best hit, so that pages hold distinct stories and the total counts stories. Facets are not
 * collapsed: every outlet that carried a story keeps its count.
 */
final class StoryCollapse {
  /**
   * One page of distinct stories.
   *
   * @param total how many distinct stories match
   * @param docs the page's hits, one per story
   */
  record Page(long total, ScoreDoc[] docs) {}

  /**
   * The widest window ranked for a page, eight times the deepest page: it bounds what one search
   * holds. Beyond it, Lucene's grouping collectors, which hold only the page's stories, group every
   * hit.
   */
  static final int MAX_WINDOW = 8 * SearchRequest.MAX_DEPTH;

  private StoryCollapse() {}

  /** How many hits of the query a page of articles, not collapsed, is cut from. */
  static int window(int page, int size) {
    return 2 * page * size;
  }

  /**
   * How many hits of the query the search should rank for a page of stories sorted by date (by
   * relevance, {@link RankedStories} ranks the stories themselves): the page's depth in articles at
   * the archive's articles per story and half as many again (a story's copies run close together),
   * and twice its depth at the least, so that the page is nearly always found among them without
   * ranking again.
   */
  static int window(int page, int size, double articlesPerStory) {
    long depth = (long) page * size;
    long wider = (long) Math.ceil(1.5 * depth * Math.max(1, articlesPerStory));
    return (int) Math.min(MAX_WINDOW, Math.max(2 * depth, wider));
  }

  /**
   * The window for a page when the counts are known before ranking (a search of every article): as
   * many hits a story as all hits have and a quarter more, no fewer than {@link #window(int, int)}.
   * Not the margin of {@link #window(int, int, double)}: these counts are the browse's own, and
   * half again made deep pages of browsing 15 % slower at 100,000 articles (23 against 26.6 ms
   * p50).
   */
  static int window(int page, int size, RankedHits.Counted counts) {
    long wider = widerWindow(counts.hits(), counts.stories(), page * size);
    return (int) Math.min(MAX_WINDOW, Math.max(window(page, size), wider));
  }

  /**
   * The page of distinct stories among the hits of {@code query}, each story shown by its best hit.
   * Usually decided within {@code ranked}: stories were counted by group ordinals in the search
   * that ranked the hits, and the ranked window is deduplicated by doc values. When the window
   * holds too few stories (a page deep among many copies), a wider window is ranked, sized by the
   * copies per story the last one showed; only a window beyond {@link #MAX_WINDOW} leaves the page
   * to Lucene's grouping collectors, which group every hit.
   *
   * @param ranked the query's top {@link #window} hits in order, as already searched
   * @param totalHits how many articles match
   * @param stories how many stories match, as {@link StoryCount#stories} counted them
   * @param sort the order of the hits, or null for relevance
   */
  static Page page(
      FacetedIndexSearcher s,
      Query query,
      org.apache.lucene.search.Sort sort,
      ScoreDoc[] ranked,
      long totalHits,
      long stories,
      int page,
      int size)
      throws IOException {
    int from = (page - 1) * size;
    int to = page * size;
    if (stories == totalHits) {
      // No two hits are one story: the hits as searched are the page.
      return new Page(stories, slice(Arrays.asList(ranked), from, to));
    }
    List<ScoreDoc> distinct = firstOfEachStory(s, ranked);
    while (distinct.size() < to && ranked.length < totalHits) {
      long wider = Math.max(2L * ranked.length, widerWindow(ranked.length, distinct.size(), to));
      if (wider > MAX_WINDOW) {
        return new Page(stories, grouped(s, query, sort, page, size));
      }
      // Ranking only: the counts are known, so the collector may skip hits that cannot make it.
      ranked = RankedHits.rankOnly(s, query, sort, (int) wider).scoreDocs;
      if (sort != null) {
        // Sorted by date, the hits still show their relevance score.
        TopFieldCollector.populateScores(ranked, s, query);
      }
      distinct = firstOfEachStory(s, ranked);
    }
    return new Page(stories, slice(distinct, from, to));
  }

  /**
   * A window that should hold {@code to} stories: as many hits a story as {@code hits} made {@code
   * stories}, and a quarter more for stories that spread unevenly.
   */
  private static long widerWindow(long hits, long stories, int to) {
    return (long) Math.ceil(to * ((double) hits / Math.max(1, stories)) * 1.25);
  }

  /**
   * One page of distinct stories among hits already in their final order (an approximate quote's
   * reranked window): each story shown by its first hit there; pages beyond the window are empty.
   */
  static Page firstInWindow(
      FacetedIndexSearcher s, ScoreDoc[] ordered, long stories, int page, int size)
      throws IOException {
    return new Page(
        stories, slice(firstOfEachStory(s, ordered, false), (page - 1) * size, page * size));
  }

  /** One page of stories already ranked story by story, each by the hit that shows it. */
  static Page ofStories(ScoreDoc[] stories, long total, int page, int size) {
    return new Page(total, slice(Arrays.asList(stories), (page - 1) * size, page * size));
  }

  /** One page of the articles themselves, every copy of a story its own hit. */
  static Page articles(ScoreDoc[] ranked, long totalHits, int page, int size) {
    return new Page(totalHits, slice(Arrays.asList(ranked), (page - 1) * size, page * size));
  }

  /**
   * The page's stories by Lucene's grouping collectors: the top stories, each slice of the index
   * searched on its own thread and their tops merged, then each page story's best hit, searched
   * among that story's articles only rather than among all hits again.
   */
  private static ScoreDoc[] grouped(
      IndexSearcher s, Query query, org.apache.lucene.search.Sort sort, int page, int size)
      throws IOException {
    org.apache.lucene.search.Sort order =
        sort == null ? org.apache.lucene.search.Sort.RELEVANCE : sort;
    Collection<SearchGroup<BytesRef>> pageStories =
        s.search(query, new TopStories(order, (page - 1) * size, page * size));
    if (pageStories == null || pageStories.isEmpty()) {
      return new ScoreDoc[0];
    }
    BooleanQuery.Builder anyStory = new BooleanQuery.Builder();
    for (SearchGroup<BytesRef> story : pageStories) {
      anyStory.add(
          new TermQuery(new Term(StoryGroups.GROUP, story.groupValue)), BooleanClause.Occur.SHOULD);
    }
    Query pageHits =
        new BooleanQuery.Builder()
            .add(query, BooleanClause.Occur.MUST)
            .add(anyStory.build(), BooleanClause.Occur.FILTER)
            .build();
    TopGroupsCollector<BytesRef> best =
        new TopGroupsCollector<>(
            new TermGroupSelector(StoryGroups.GROUP), pageStories, order, order, 1, false);
    s.search(pageHits, best);
    ScoreDoc[] docs =
        Arrays.stream(best.getTopGroups(0).groups)
            .map(group -> group.scoreDocs[0])
            .toArray(ScoreDoc[]::new);
    if (sort != null) {
      // Sorted by date, the hits still show their relevance score.
      TopFieldCollector.populateScores(docs, s, query);
    }
    return docs;
  }

  /**
   * The top stories of a search from {@code offset} to {@code end}: each slice's first-pass
   * grouping collector keeps its top {@code end}, and Lucene's merge of sharded groups makes one
   * list of them, as a distributed search merges its shards'.
   */
  private record TopStories(org.apache.lucene.search.Sort order, int offset, int end)
      implements CollectorManager<
          FirstPassGroupingCollector<BytesRef>, Collection<SearchGroup<BytesRef>>> {
    @Override
    public FirstPassGroupingCollector<BytesRef> newCollector() {
      return new FirstPassGroupingCollector<>(new TermGroupSelector(StoryGroups.GROUP), order, end);
    }

    @Override
    public Collection<SearchGroup<BytesRef>> reduce(
        Collection<FirstPassGroupingCollector<BytesRef>> collectors) throws IOException {
      List<Collection<SearchGroup<BytesRef>>> tops = new ArrayList<>();
      for (FirstPassGroupingCollector<BytesRef> collector : collectors) {
        Collection<SearchGroup<BytesRef>> top = collector.getTopGroups(0);
        if (top != null) {
          tops.add(top);
        }
      }
      return tops.isEmpty() ? null : SearchGroup.merge(tops, offset, end - offset, order);
    }
  }

  /**
   * The first hit of each story, in rank order. Groups are read from doc values, visiting the hits
   * in doc order per segment (doc values iterate forwards only); an article without a group
   * (indexed before groups existed) is a story of its own. Of a story's hits ranked equal to its
   * first (same score, and same day when sorted by date), the earliest article shows the story,
   * then the first by id: the rule SolrCloud's collapse is given, so both hosts show one article.
   */
  private static List<ScoreDoc> firstOfEachStory(FacetedIndexSearcher s, ScoreDoc[] ranked)
      throws IOException {
    return firstOfEachStory(s, ranked, true);
  }

  private static List<ScoreDoc> firstOfEachStory(
      FacetedIndexSearcher s, ScoreDoc[] ranked, boolean tiesByDate) throws IOException {
    long[] stories = StoryKeys.of(s, ranked);
    Map<Long, Integer> slotOf = new HashMap<>();
    List<Integer> shown = new ArrayList<>(); // per story, in order of first hit: the hit shown
    for (int i = 0; i < ranked.length; i++) {
      Integer slot = slotOf.putIfAbsent(stories[i], shown.size());
      if (slot == null) {
        shown.add(i);
      } else if (tiesByDate
          && rankedEqual(ranked[shown.get(slot)], ranked[i])
          && earlier(s, ranked[i].doc, ranked[shown.get(slot)].doc)) {
        shown.set(slot, i);
      }
    }
    List<ScoreDoc> distinct = new ArrayList<>(shown.size());
    shown.forEach(i -> distinct.add(ranked[i]));
    return distinct;
  }

  private static boolean rankedEqual(ScoreDoc a, ScoreDoc b) {
    if (Float.compare(a.score, b.score) != 0) {
      return false;
    }
    if (a instanceof org.apache.lucene.search.FieldDoc fa
        && b instanceof org.apache.lucene.search.FieldDoc fb) {
      return java.util.Objects.equals(fa.fields[0], fb.fields[0]);
    }
    return true;
  }

  /** Whether article {@code a} is earlier than {@code b}: by day (undated last), then by id. */
  private static boolean earlier(IndexSearcher s, int a, int b) throws IOException {
    long dayA = day(s, a);
    long dayB = day(s, b);
    if (dayA != dayB) {
      return dayA < dayB;
    }
    java.util.Set<String> id = java.util.Set.of(ArticleFields.ID);
    return s.storedFields()
            .document(a, id)
            .get(ArticleFields.ID)
            .compareTo(s.storedFields().document(b, id).get(ArticleFields.ID))
        < 0;
  }

  private static long day(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    org.apache.lucene.index.NumericDocValues days =
        DocValues.getNumeric(leaf.reader(), ArticleFields.DAY);
    return days.advanceExact(doc - leaf.docBase) ? days.longValue() : Long.MAX_VALUE;
  }

  private static ScoreDoc[] slice(List<ScoreDoc> docs, int from, int to) {
    int start = Math.min(from, docs.size());
    return docs.subList(start, Math.min(to, docs.size())).toArray(new ScoreDoc[0]);
  }

  /**
   * The hits with the other outlets that carried their stories, most copies first, leaving out the
   * hit's own outlet. One search finds the copies of all the page's stories, and each copy's story
   * and outlet are read from doc values, so a page costs no stored-document reads.
   */
  static List<Hit> withAlsoIn(IndexSearcher s, ScoreDoc[] docs, List<Hit> hits) throws IOException {
    if (hits.isEmpty()) {
      return hits;
    }
    List<String> groups = new ArrayList<>(hits.size());
    BooleanQuery.Builder anyGroup = new BooleanQuery.Builder();
    for (BytesRef group : StoryKeys.groups(s, docs)) {
      groups.add(group == null ? null : group.utf8ToString());
      if (group != null) {
        anyGroup.add(new TermQuery(new Term(StoryGroups.GROUP, group)), BooleanClause.Occur.SHOULD);
      }
    }
    Query copies =
        new BooleanQuery.Builder()
            .add(anyGroup.build(), BooleanClause.Occur.MUST)
            .add(
                new TermQuery(new Term(ArticleFields.KIND, ArticleFields.KIND_ARTICLE)),
                BooleanClause.Occur.FILTER)
            .build();
    Map<String, Map<String, Integer>> outletsByGroup =
        s.search(copies, new OutletCounterManager()).stream()
            .collect(HashMap::new, StoryCollapse::addCounts, StoryCollapse::addAllCounts);
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      Map<String, Integer> outlets = outletsByGroup.get(groups.get(i));
      out.add(outlets == null ? hit : hit.withAlsoIn(AlsoIn.outlets(outlets, hit.source())));
    }
    return out;
  }

  private static void addCounts(Map<String, Map<String, Integer>> into, OutletCounter counter) {
    addAllCounts(into, counter.counts);
  }

  private static void addAllCounts(
      Map<String, Map<String, Integer>> into, Map<String, Map<String, Integer>> from) {
    from.forEach(
        (group, outlets) -> {
          Map<String, Integer> counts = into.computeIfAbsent(group, g -> new HashMap<>());
          outlets.forEach((outlet, n) -> counts.merge(outlet, n, Integer::sum));
        });
  }

  /** Counts, per story group, the outlets of the articles it collects. */
  private static final class OutletCounter extends SimpleCollector {
    final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private SortedDocValues groups;
    private SortedDocValues outlets;

    private final OrdinalNames groupNames = new OrdinalNames();
    private final OrdinalNames outletNames = new OrdinalNames();

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      groups = DocValues.getSorted(context.reader(), StoryGroups.GROUP);
      outlets = DocValues.getSorted(context.reader(), ArticleFields.SOURCE_VALUE);
      groupNames.setValues(groups);
      outletNames.setValues(outlets);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (groups.advanceExact(doc) && outlets.advanceExact(doc)) {
        counts
            .computeIfAbsent(groupNames.current(), g -> new HashMap<>())
            .merge(outletNames.current(), 1, Integer::sum);
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static final class OutletCounterManager
      implements CollectorManager<OutletCounter, List<OutletCounter>> {
    @Override
    public OutletCounter newCollector() {
      return new OutletCounter();
    }

    @Override
    public List<OutletCounter> reduce(Collection<OutletCounter> collectors) {
      return List.copyOf(collectors);
    }
  }
}
