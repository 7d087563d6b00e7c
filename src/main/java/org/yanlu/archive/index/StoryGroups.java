package org.yanlu.archive.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
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

  /** The article's signature, stored, to compare articles added later with it. */
  public static final String SIGNATURE = "minhash";

  /** One keyword per band of the signature, to find candidate copies in the index. */
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

  /**
   * The earliest articles kept per band: a band common to thousands of articles (a paragraph many
   * share) would otherwise make grouping quadratic; a story's first copies are what later ones
   * join.
   */
  private static final int MAX_BAND_MEMBERS = 32;

  /**
   * Candidates compared in full, those sharing most bands first: the share of bands two signatures
   * share grows with their similarity, so the best copy is among the first.
   */
  private static final int MAX_COMPARED = 8;

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
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(FIRST_PUBLISHED);
    // Hashing every shingle is the costly part; it takes all cores, like the indexer.
    Map<String, StorySignature> all = new ConcurrentHashMap<>();
    ordered.parallelStream().forEach(a -> all.putIfAbsent(a.id(), StorySignature.of(a)));
    Map<String, StorySignature> signatures = new HashMap<>();
    Map<String, List<String>> byBand = new HashMap<>();
    Map<String, String> groups = new LinkedHashMap<>();
    for (Article a : ordered) {
      if (groups.containsKey(a.id())) {
        continue;
      }
      StorySignature sig = all.get(a.id());
      List<String> bands = bands(sig);
      Map<String, Integer> shared = new HashMap<>();
      for (String band : bands) {
        for (String other : byBand.getOrDefault(band, List.of())) {
          shared.merge(other, 1, Integer::sum);
        }
      }
      String best = null;
      double bestSimilarity = THRESHOLD;
      List<Map.Entry<String, Integer>> candidates =
          shared.entrySet().stream()
              .filter(e -> e.getValue() >= MIN_SHARED_BANDS)
              .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
              .limit(MAX_COMPARED)
              .toList();
      for (Map.Entry<String, Integer> candidate : candidates) {
        double s = sig.similarity(signatures.get(candidate.getKey()));
        if (s >= bestSimilarity && (best == null || s > bestSimilarity)) {
          best = candidate.getKey();
          bestSimilarity = s;
        }
      }
      groups.put(a.id(), best == null ? a.id() : groups.get(best));
      signatures.put(a.id(), sig);
      for (String band : bands) {
        List<String> members = byBand.computeIfAbsent(band, k -> new ArrayList<>());
        if (members.size() < MAX_BAND_MEMBERS) {
          members.add(a.id());
        }
      }
    }
    return new Assignment(groups, all);
  }

  /** Earliest known day first, undated last; the sort is stable, so ties keep the given order. */
  static final Comparator<Article> FIRST_PUBLISHED =
      Comparator.comparing(
          (Article a) -> a.date().isKnown() ? a.date().day().toEpochDay() : Long.MAX_VALUE);

  /** The band keys of a signature: band number and its buckets, so that bands never collide. */
  public static List<String> bands(StorySignature sig) {
    if (sig.isEmpty()) {
      return List.of();
    }
    int rows = StorySignature.BUCKETS / BANDS;
    List<String> keys = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      StringBuilder key = new StringBuilder().append(b);
      for (int r = 0; r < rows; r++) {
        key.append(':').append(sig.buckets().get(b * rows + r));
      }
      keys.add(key.toString());
    }
    return keys;
  }

  /** Adds the group, signature and band fields to an article's document. */
  static void tag(Document article, String group, StorySignature sig) {
    article.add(new StringField(GROUP, group, Field.Store.YES));
    article.add(new SortedDocValuesField(GROUP, new BytesRef(group)));
    article.add(new StoredField(SIGNATURE, sig.encoded()));
    for (String band : bands(sig)) {
      article.add(new StringField(BAND, band, Field.Store.NO));
    }
  }
}
