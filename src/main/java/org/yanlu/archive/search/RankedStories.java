package org.yanlu.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.LongValues;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.StoryGroups;

/**
 * The top stories of a search by relevance, each with the hit that shows it, ranked in the pass
 * that counts every hit. A window of the top articles held too few stories when a story's copies
 * rank together (an exact quote's copies all rank equal), and the page was then ranked again over a
 * wider window: 13 % of an exact quote's time at a million articles. Lucene's grouping collectors
 * find the top stories but not their best hits, which takes a second search.
 *
 * <p>Stories rank by their best score, then by their first article of that score in doc order, as
 * the first of each story in a ranked window did. A story is shown by its article of that score
 * that is earliest by day (undated last), then by id: the rule SolrCloud's collapse is given, now
 * applied over all the story's hits rather than over those a window held.
 */
final class RankedStories implements CollectorManager<RankedStories.Collector, TopDocs> {
  private static final Set<String> ID = Set.of(ArticleFields.ID);

  private final FacetedIndexSearcher searcher;
  private final int stories;

  /**
   * @param stories how many top stories to keep: the depth of the page
   */
  RankedStories(FacetedIndexSearcher searcher, int stories) {
    this.searcher = searcher;
    this.stories = Math.max(1, stories);
  }

  @Override
  public Collector newCollector() throws IOException {
    return new Collector(searcher, stories);
  }

  /**
   * The top stories of all slices, each shown by its hit, with the number of hits as the total. A
   * story found in several slices keeps its best score, its first article of that score and the
   * earliest of its hits of that score.
   */
  @Override
  public TopDocs reduce(Collection<Collector> collectors) throws IOException {
    Map<Long, Story> merged = new HashMap<>();
    long hits = 0;
    StoredFields stored = searcher.getIndexReader().storedFields();
    for (Collector c : collectors) {
      hits += c.hits;
      for (Story story : c.ranked) {
        Story kept = merged.putIfAbsent(story.key, story);
        if (kept != null) {
          kept.join(story, stored);
        }
      }
    }
    List<Story> top = new ArrayList<>(merged.values());
    top.sort(Story.ORDER);
    ScoreDoc[] docs =
        top.subList(0, Math.min(stories, top.size())).stream()
            .map(s -> new ScoreDoc(s.shown, s.score))
            .toArray(ScoreDoc[]::new);
    return new TopDocs(new TotalHits(hits, TotalHits.Relation.EQUAL_TO), docs);
  }

  /** One story as a slice found it: what ranks it and the hit that shows it. */
  private static final class Story {
    /** Best score first, then the first article of that score in doc order. */
    static final Comparator<Story> ORDER =
        Comparator.comparingDouble((Story s) -> -s.score).thenComparingInt(s -> s.first);

    final long key;
    float score;
    int first;
    int shown;
    long shownDay;
    String shownId;

    Story(long key, float score, int doc, long day) {
      this.key = key;
      show(score, doc, day);
    }

    /** Shows the story by a hit of a better score than it had. */
    void show(float score, int doc, long day) {
      this.score = score;
      this.first = doc;
      this.shown = doc;
      this.shownDay = day;
      this.shownId = null;
    }

    /** Adds what another slice found of the same story. */
    void join(Story other, StoredFields stored) throws IOException {
      if (other.score > score) {
        score = other.score;
        first = other.first;
        shown = other.shown;
        shownDay = other.shownDay;
        shownId = other.shownId;
      } else if (other.score == score) {
        first = Math.min(first, other.first);
        if (other.shownDay < shownDay
            || other.shownDay == shownDay
                && id(other.shown, other, stored).compareTo(id(shown, this, stored)) < 0) {
          shown = other.shown;
          shownDay = other.shownDay;
          shownId = other.shownId;
        }
      }
    }

    private static String id(int doc, Story story, StoredFields stored) throws IOException {
      if (story.shown == doc && story.shownId != null) {
        return story.shownId;
      }
      String id = stored.document(doc, ID).get(ArticleFields.ID);
      if (story.shown == doc) {
        story.shownId = id;
      }
      return id;
    }
  }

  /** Keeps one slice's top stories while counting its hits. */
  static final class Collector extends SimpleCollector {
    private final OrdinalMap numbering;
    private final StoredFields stored;
    private final int size;

    private final Map<Long, Story> byKey = new HashMap<>();
    private final TreeSet<Story> ranked = new TreeSet<>(Story.ORDER);
    private long hits;

    /** The score of the last story while the list is full, else none: read for every hit. */
    private float bottom = Float.NEGATIVE_INFINITY;

    private Scorable scorer;
    private int docBase;
    private SortedDocValues groups;
    private LongValues toGlobal;
    private NumericDocValues days;

    Collector(FacetedIndexSearcher searcher, int size) throws IOException {
      this.numbering = searcher.storyOrdinals();
      this.stored = searcher.getIndexReader().storedFields();
      this.size = size;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      docBase = context.docBase;
      groups = DocValues.getSorted(context.reader(), StoryGroups.GROUP);
      toGlobal = numbering.getGlobalOrds(context.ord);
      days = DocValues.getNumeric(context.reader(), ArticleFields.DAY);
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      hits++;
      float score = scorer.score();
      // A hit scored below the last of a full list cannot rank its story, nor show it: a story
      // is shown by a hit of its best score.
      if (score < bottom) {
        return;
      }
      int global = docBase + doc;
      long key = groups.advanceExact(doc) ? toGlobal.get(groups.ordValue()) : -1L - global;
      Story story = byKey.get(key);
      if (story == null) {
        // Docs come in order, so a new story of the last one's score ranks after it.
        if (score == bottom) {
          return;
        }
        story = new Story(key, score, global, day(doc));
        byKey.put(key, story);
        ranked.add(story);
        if (ranked.size() > size) {
          byKey.remove(ranked.pollLast().key);
        }
        updateBottom();
      } else if (score > story.score) {
        ranked.remove(story);
        story.show(score, global, day(doc));
        ranked.add(story);
        updateBottom();
      } else if (score == story.score) {
        long day = day(doc);
        if (day < story.shownDay || day == story.shownDay && earlierId(global, story)) {
          story.shown = global;
          story.shownDay = day;
          story.shownId = null;
        }
      }
    }

    private void updateBottom() {
      if (ranked.size() == size) {
        bottom = ranked.last().score;
      }
    }

    private boolean earlierId(int global, Story story) throws IOException {
      if (story.shownId == null) {
        story.shownId = stored.document(story.shown, ID).get(ArticleFields.ID);
      }
      return stored.document(global, ID).get(ArticleFields.ID).compareTo(story.shownId) < 0;
    }

    private long day(int doc) throws IOException {
      return days.advanceExact(doc) ? days.longValue() : Long.MAX_VALUE;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }
  }
}
