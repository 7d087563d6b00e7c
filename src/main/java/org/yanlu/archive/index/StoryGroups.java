package org.yanlu.archive.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.yanlu.archive.article.Article;

/**
 * The grouping of syndicated copies: articles whose bodies' estimated Jaccard similarity ({@link
 * StorySignature}) reaches {@link #THRESHOLD} are one story, and each article document carries the
 * id of the story's first article as its {@link #GROUP}. Candidates are found by locality-sensitive
 * hashing: a signature is cut into {@link #BANDS} bands, and two articles sharing any band are
 * compared in full, so that grouping is not a comparison of every pair.
 */
public final class StoryGroups {
  /** The id of the first article of the story; keyword, stored and sorted doc values. */
  public static final String GROUP = "group";

  /**
   * The article's signature as {@link StorySignature#bytes()}, stored, to compare articles added
   * later with it.
   */
  public static final String SIGNATURE = "minhash";

  /**
   * One 64-bit key per band of the signature, to find candidate copies in the index: a point of a
   * one-dimensional long field (an exact lookup per band), not a keyword. The keys are random, 64
   * an article and nearly all distinct, so as keywords they were most of the index's terms (3.6
   * million of 4.8 million for the Tang poems) and most of the cost of writing them out; points are
   * sorted and written as numbers.
   */
  public static final String BAND = "minhash_band";

  /**
   * The least estimated Jaccard similarity of two copies of one story: measured on altered copies
   * of the magazine's articles (see README), copies score 0.75 or more and distinct stories that
   * share boilerplate 0.2 or less.
   */
  public static final double THRESHOLD = 0.5;

  /** Bands of two buckets: two bodies at the threshold share a band with probability > 0.999. */
  public static final int BANDS = StorySignature.BUCKETS / 2;

  /**
   * Bands a candidate must share before its whole signature is compared: two bodies at the
   * threshold share 16 of the 64 bands on average, and fewer than 4 with a probability under 1e-4;
   * bodies that merely share a paragraph rarely reach 4.
   */
  static final int MIN_SHARED_BANDS = 4;

  private StoryGroups() {}

  /**
   * The story group of each article of a full build: articles are taken in date order (undated
   * last, then as given), and each joins the group of the most similar earlier article at or above
   * the threshold, or starts its own.
   *
   * @return article id to group id, for every article
   */
  public static Map<String, String> of(List<Article> articles) {
    return assign(articles).groups();
  }

  /**
   * The groups of a full build with the signatures they were found by.
   *
   * @param groups article id to group id, for every article
   * @param signatures article id to its body's signature
   */
  public record Assignment(Map<String, String> groups, Map<String, StorySignature> signatures) {}

  /** Like {@link #of}, keeping the signatures, which the indexer stores. */
  public static Assignment assign(List<Article> articles) {
    StorySignature[] sigs = new StorySignature[articles.size()];
    IntStream.range(0, sigs.length)
        .parallel()
        .forEach(i -> sigs[i] = StorySignature.of(articles.get(i)));
    BuildStories stories = new BuildStories();
    for (int i = 0; i < sigs.length; i++) {
      Article a = articles.get(i);
      stories.add(a.id(), a.date(), sigs[i]);
    }
    int[] leader = stories.assign();
    Map<String, String> groups = new LinkedHashMap<>();
    Map<String, StorySignature> signatures = new HashMap<>();
    for (int i = 0; i < sigs.length; i++) {
      String id = articles.get(i).id();
      // An id given twice is one article: the first of it in date order, as grouped.
      groups.putIfAbsent(id, articles.get(leader[i]).id());
      signatures.putIfAbsent(id, sigs[i]);
    }
    return new Assignment(groups, signatures);
  }

  /**
   * A 64-bit key per band: the band's number and its buckets, mixed, so that bands of different
   * numbers never share a key by their buckets alone.
   */
  private static long[] bandKeys(StorySignature sig) {
    if (sig.isEmpty()) {
      return new long[0];
    }
    int rows = StorySignature.BUCKETS / BANDS;
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = b;
      for (int r = 0; r < rows; r++) {
        key = key * 0x9E3779B97F4A7C15L + sig.bucket(b * rows + r);
        key ^= key >>> 29;
      }
      keys[b] = key;
    }
    return keys;
  }

  /** Earliest known day first, undated last; the sort is stable, so ties keep the given order. */
  static final Comparator<Article> FIRST_PUBLISHED =
      Comparator.comparing(
          (Article a) -> a.date().isKnown() ? a.date().day().toEpochDay() : Long.MAX_VALUE);

  /** The band keys of a signature, the values of its {@link #BAND} points; none when empty. */
  public static long[] bands(StorySignature sig) {
    return bandKeys(sig);
  }

  /** An indexed article that may be an earlier copy of one being added. */
  public record Candidate(String id, String group, StorySignature signature) {}

  /** Finds the indexed articles that share signature bands with a signature. */
  @FunctionalInterface
  public interface CandidateLookup {
    List<Candidate> candidates(StorySignature sig) throws IOException;
  }

  /**
   * The story of each article added to an index: the group of its most similar copy, among the
   * indexed articles (but for those in {@code leaving}, which the same change replaces or removes)
   * and those of the batch published before it; or its own id. One rule for every host, which only
   * differ in how they look candidates up.
   */
  public static Map<String, String> groupsOfAdded(
      List<Article> added, Set<String> leaving, CandidateLookup indexed) throws IOException {
    Map<String, String> groups = new HashMap<>();
    Map<String, StorySignature> batch = new LinkedHashMap<>();
    List<Article> ordered = new ArrayList<>(added);
    ordered.sort(FIRST_PUBLISHED);
    for (Article a : ordered) {
      StorySignature sig = StorySignature.of(a);
      String best = null;
      double bestSimilarity = THRESHOLD;
      for (Candidate c : indexed.candidates(sig)) {
        double s = sig.similarity(c.signature());
        if (!leaving.contains(c.id())
            && s >= bestSimilarity
            && (best == null || s > bestSimilarity)) {
          best = c.group() == null ? c.id() : c.group();
          bestSimilarity = s;
        }
      }
      for (Map.Entry<String, StorySignature> earlier : batch.entrySet()) {
        double s = sig.similarity(earlier.getValue());
        if (s >= bestSimilarity && (best == null || s > bestSimilarity)) {
          best = groups.get(earlier.getKey());
          bestSimilarity = s;
        }
      }
      groups.put(a.id(), best == null ? a.id() : best);
      batch.put(a.id(), sig);
    }
    return groups;
  }

  /**
   * The band keys of a signature as hexadecimal text, for a host whose keyword fields hold text
   * (SolrCloud): the same keys as {@link #bands}, one term each.
   */
  public static List<String> bandNames(StorySignature sig) {
    List<String> names = new ArrayList<>(BANDS);
    for (long key : bandKeys(sig)) {
      names.add(Long.toHexString(key));
    }
    return names;
  }

  /** Adds the group, signature and band fields to an article's document. */
  static void tag(Document article, String group, StorySignature sig) {
    article.add(new StringField(GROUP, group, Field.Store.YES));
    article.add(new SortedDocValuesField(GROUP, new BytesRef(group)));
    article.add(new StoredField(SIGNATURE, new BytesRef(sig.bytes())));
    for (long band : bandKeys(sig)) {
      article.add(new LongPoint(BAND, band));
    }
  }
}
