package org.yanlu.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.yanlu.archive.index.StoryGroups;

/**
 * How many distinct stories a search's hits make, counted in the pass that ranks them: the total of
 * a collapsed result.
 */
final class StoryCount {
  private StoryCount() {}

  /**
   * Collects the group ordinals of a query's hits, to search along with the ranking: {@link
   * #stories} then counts the distinct stories they belong to. Each segment marks the group
   * ordinals its hits have, and the marks are carried into the searcher's one numbering of groups
   * and counted; an article without a group (indexed before groups existed) is a story of its own.
   */
  static CollectorManager<?, ?> counter() {
    return new StoryCounterManager();
  }

  /**
   * How many distinct stories the collected hits belong to.
   *
   * @param counted what the {@link #counter()} of a search gave
   */
  static long stories(FacetedIndexSearcher s, Object counted) throws IOException {
    @SuppressWarnings("unchecked")
    List<SegmentStories> perSegment = (List<SegmentStories>) counted;
    OrdinalMap numbering = s.storyOrdinals();
    FixedBitSet stories = new FixedBitSet(Math.max(1, Math.toIntExact(numbering.getValueCount())));
    long ungrouped = 0;
    for (SegmentStories seg : perSegment) {
      ungrouped += seg.ungrouped;
      LongValues toGlobal = numbering.getGlobalOrds(seg.leaf);
      for (int ord = 0; ord < seg.ords.length(); ord++) {
        ord = seg.ords.nextSetBit(ord);
        if (ord == DocIdSetIterator.NO_MORE_DOCS) {
          break;
        }
        stories.set(Math.toIntExact(toGlobal.get(ord)));
      }
    }
    return stories.cardinality() + ungrouped;
  }

  /** The groups hit in one segment. */
  private static final class SegmentStories {
    final int leaf;
    final FixedBitSet ords;
    final SortedDocValues values;
    long ungrouped;

    SegmentStories(int leaf, SortedDocValues values) {
      this.leaf = leaf;
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
      current =
          new SegmentStories(context.ord, DocValues.getSorted(context.reader(), StoryGroups.GROUP));
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
