package org.yanlu.archive.index;

import java.util.ArrayList;
import java.util.List;
import org.yanlu.archive.article.Article;

/**
 * The MinHash signature of an article's body: one hash of each 5-character shingle of the folded
 * body without whitespace, its top bits choosing one of 128 buckets and each bucket keeping its
 * least hash; an empty bucket takes the next filled one's (the single-hash, bucketed scheme of
 * Lucene's {@code MinHashFilter} with rotation). Two signatures agree in about as many buckets as
 * the two bodies' shingle sets overlap (their Jaccard similarity), which is what tells a
 * syndicated copy from another story.
 *
 * <p>Why not {@code MinHashFilter} itself: it makes a token and a UTF-16 byte array per shingle
 * and hashes 128 bits, which took a third of a bulk build's time; hashing the code points of each
 * window in place does the same job a hundred times faster.
 *
 * @param buckets the minimum hash of each bucket as 16 hex digits, in bucket order
 */
public record StorySignature(List<String> buckets) {
  /** Buckets per signature: 128 estimates a Jaccard similarity within about ±0.09 (2 σ). */
  public static final int BUCKETS = 128;

  /**
   * Characters per shingle: five Chinese characters are rarely shared by chance between two
   * stories, yet one changed character only disturbs five shingles.
   */
  public static final int SHINGLE = 5;

  /** The top bits of a shingle's hash that choose its bucket: 2^7 = {@link #BUCKETS}. */
  private static final int BUCKET_BITS = 7;

  public StorySignature {
    buckets = List.copyOf(buckets);
    if (!buckets.isEmpty() && buckets.size() != BUCKETS) {
      throw new IllegalArgumentException(
          "a signature has " + BUCKETS + " buckets or none, not " + buckets.size());
    }
  }

  /** The signature of an article's body; empty when the body is shorter than one shingle. */
  public static StorySignature of(Article article) {
    return ofText(String.join("", article.paragraphs()));
  }

  /** The signature of a text, folded and without whitespace as the exact fields see it. */
  public static StorySignature ofText(String text) {
    int[] chars = ArticleFields.keyword(text).codePoints().toArray();
    if (chars.length < SHINGLE) {
      return new StorySignature(List.of());
    }
    long[] least = new long[BUCKETS];
    boolean[] filled = new boolean[BUCKETS];
    for (int start = 0; start + SHINGLE <= chars.length; start++) {
      long hash = shingleHash(chars, start);
      int bucket = (int) (hash >>> (Long.SIZE - BUCKET_BITS));
      if (!filled[bucket] || Long.compareUnsigned(hash, least[bucket]) < 0) {
        least[bucket] = hash;
        filled[bucket] = true;
      }
    }
    List<String> out = new ArrayList<>(BUCKETS);
    for (int b = 0; b < BUCKETS; b++) {
      out.add(hex(least[nextFilled(filled, b)]));
    }
    return new StorySignature(out);
  }

  /** The bucket itself if filled, else the next filled one, wrapping round; one is filled. */
  private static int nextFilled(boolean[] filled, int bucket) {
    int b = bucket;
    while (!filled[b]) {
      b = (b + 1) % BUCKETS;
    }
    return b;
  }

  /** A 64-bit hash of the {@link #SHINGLE} code points from {@code start}: mixed, then finalised. */
  private static long shingleHash(int[] chars, int start) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = start; i < start + SHINGLE; i++) {
      h = Long.rotateLeft((h ^ chars[i]) * 0xC2B2AE3D27D4EB4FL, 31);
    }
    // MurmurHash3's 64-bit finaliser, so that every input bit reaches the top (bucket) bits.
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }

  private static String hex(long value) {
    String digits = Long.toHexString(value);
    return "0".repeat(16 - digits.length()) + digits;
  }

  /** A signature read back from {@link #encoded()}. */
  public static StorySignature decode(String encoded) {
    return new StorySignature(
        encoded == null || encoded.isEmpty() ? List.of() : List.of(encoded.split(" ")));
  }

  /** The buckets joined by spaces, to store the signature. */
  public String encoded() {
    return String.join(" ", buckets);
  }

  public boolean isEmpty() {
    return buckets.isEmpty();
  }

  /** The estimated Jaccard similarity of the two bodies: the share of buckets that agree. */
  public double similarity(StorySignature other) {
    if (isEmpty() || other.isEmpty()) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < BUCKETS; i++) {
      if (buckets.get(i).equals(other.buckets.get(i))) {
        same++;
      }
    }
    return same / (double) BUCKETS;
  }
}
