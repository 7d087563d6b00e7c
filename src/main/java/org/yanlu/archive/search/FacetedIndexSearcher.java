package org.yanlu.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.packed.PackedInts;
import org.yanlu.archive.index.StoryGroups;

/**
 * An IndexSearcher that carries the facet ordinals and the story-group ordinals of its reader,
 * computed once when the reader is opened rather than on every search, and that searches its
 * segments in as many slices as it has threads.
 */
final class FacetedIndexSearcher extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final OrdinalMap storyOrdinals;
  private final double articlesPerStory;

  /** How a search is cut into slices; Lucene asks for the slices only after construction. */
  private final SliceThreads slicing;

  /** The same reader cut one slice per thread, for searches that keep a deep window; or null. */
  private final IndexSearcher perThread;

  /**
   * The counts of a search over every article, once asked for; they change only with the reader.
   */
  private volatile RankedHits.Counted everything;

  /**
   * @param slices the threads one search's slices run on
   */
  FacetedIndexSearcher(IndexReader reader, FacetsConfig config, SliceThreads slices)
      throws IOException {
    super(reader, slices.executor());
    this.slicing = slices;
    this.perThread =
        slices.slicesForDeepWindows() == slices.slices() ? null : new PerThread(reader, slices);
    this.facetState =
        reader.maxDoc() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
    this.storyOrdinals = storyOrdinals(reader);
    long stories = storyOrdinals.getValueCount();
    this.articlesPerStory =
        stories == 0 ? 1 : Math.max(1, (double) reader.getDocCount(StoryGroups.GROUP) / stories);
  }

  /**
   * About {@link SliceThreads#SLICES_PER_THREAD} slices per thread, each a run of neighbouring
   * segments of about equal size and of {@link SliceThreads#MIN_DOCS_PER_SLICE} documents at least.
   * Lucene's own rule (250,000 documents or five segments a slice) leaves an archive of 100,000
   * articles in one slice, so one search would use one core of two however long it runs. Slices in
   * doc order make merged results break ties as one thread does (the earlier document first): top
   * stories merged across slices give a tie to the earlier slice.
   */
  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    return cut(leaves, slicing.slices(), slicing.minDocsPerSlice());
  }

  /**
   * The searcher to rank a window of {@code window} hits with: this one, or for a deep window the
   * same reader cut one slice per thread ({@link SliceThreads#DEEP_WINDOW}). Both answer alike.
   */
  IndexSearcher forWindow(int window) {
    return perThread != null && window >= SliceThreads.DEEP_WINDOW ? perThread : this;
  }

  /** The reader cut one slice per thread. */
  private static final class PerThread extends IndexSearcher {
    private final SliceThreads slicing;

    PerThread(IndexReader reader, SliceThreads slicing) {
      super(reader, slicing.executor());
      this.slicing = slicing;
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
      return cut(leaves, slicing.slicesForDeepWindows(), slicing.minDocsPerSlice());
    }
  }

  /** At most {@code most} runs of neighbouring segments, of {@code minDocs} documents at least. */
  private static LeafSlice[] cut(List<LeafReaderContext> leaves, int most, int minDocs) {
    long docs = 0;
    for (LeafReaderContext leaf : leaves) {
      docs += leaf.reader().maxDoc();
    }
    long perSlice = Math.max(minDocs, docs / most);
    List<LeafSlice> slices = new ArrayList<>();
    List<LeafReaderContext> run = new ArrayList<>();
    long inRun = 0;
    for (LeafReaderContext leaf : leaves) {
      run.add(leaf);
      inRun += leaf.reader().maxDoc();
      if (inRun >= perSlice && slices.size() < most - 1) {
        slices.add(new LeafSlice(run));
        run = new ArrayList<>();
        inRun = 0;
      }
    }
    if (!run.isEmpty()) {
      slices.add(new LeafSlice(run));
    }
    return slices.toArray(new LeafSlice[0]);
  }

  /**
   * The story groups of all segments as one numbering, so that counting the stories of a search
   * marks bits rather than comparing group ids across segments.
   */
  OrdinalMap storyOrdinals() {
    return storyOrdinals;
  }

  /** How many articles a story has on average: the copies a page of stories is cut from. */
  double articlesPerStory() {
    return articlesPerStory;
  }

  private static OrdinalMap storyOrdinals(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    SortedDocValues[] groups = new SortedDocValues[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      groups[leaf.ord] = DocValues.getSorted(leaf.reader(), StoryGroups.GROUP);
    }
    return OrdinalMap.build(null, groups, PackedInts.DEFAULT);
  }

  /** The counts of a search over every article, counted by {@code counting} the first time. */
  RankedHits.Counted everything(CountingSearch counting) throws IOException {
    RankedHits.Counted counted = everything;
    if (counted == null) {
      // Two first searches may both count; they count the same.
      counted = counting.count();
      everything = counted;
    }
    return counted;
  }

  /** A search that counts, which may fail as searches do. */
  @FunctionalInterface
  interface CountingSearch {
    RankedHits.Counted count() throws IOException;
  }

  /** The threads this searcher's slices run on, or null when searches run on their caller's. */
  ExecutorService sliceThreads() {
    return slicing.executor();
  }

  /** The facet ordinals, or null for an empty index. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }
}
