package org.yanlu.archive.index;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.lucene.util.BytesRef;
import org.yanlu.archive.article.Article;

/**
 * The MinHash signature of an article's body: one hash of each 5-character shingle of the folded
 * body without whitespace, its top bits choosing one of 128 buckets and each bucket keeping its
 * least hash; an empty bucket takes the next filled one's (the single-hash, bucketed scheme of
 * Lucene's {@code MinHashFilter} with rotation). Two signatures agree in about as many buckets as
 * the two bodies' shingle sets overlap (their Jaccard similarity), which is what tells a syndicated
 * copy from another story.
 *
 * <p>Why not {@code MinHashFilter} itself: it makes a token and a UTF-16 byte array per shingle and
 * hashes 128 bits, which took a third of a bulk build's time; hashing the code points of each
 * window in place does the same job a hundred times faster.
 */
public final class StorySignature {
  /** Buckets per signature: 128 estimates a Jaccard similarity within about ±0.09 (2 σ). */
  public static final int BUCKETS = 128;

  /**
   * Characters per shingle: five Chinese characters are rarely shared by chance between two
   * stories, yet one changed character only disturbs five shingles.
   */
  public static final int SHINGLE = 5;

  /** The top bits of a shingle's hash that choose its bucket: 2^7 = {@link #BUCKETS}. */
  private static final int BUCKET_BITS = 7;

  private static final StorySignature EMPTY = new StorySignature(new long[0]);

  /** The least hash of each bucket, in bucket order; none for a text shorter than a shingle. */
  private final long[] buckets;

  private StorySignature(long[] buckets) {
    if (buckets.length != 0 && buckets.length != BUCKETS) {
      throw new IllegalArgumentException(
          "a signature has " + BUCKETS + " buckets or none, not " + buckets.length);
    }
    this.buckets = buckets;
  }

  /** The signature of an article's body; empty when the body is shorter than one shingle. */
  public static StorySignature of(Article article) {
    Shingles shingles = new Shingles();
    for (String paragraph : article.paragraphs()) {
      shingles.addText(paragraph);
    }
    return shingles.signature();
  }

  /** The signature of a text, folded and without whitespace as the exact fields see it. */
  public static StorySignature ofText(String text) {
    Shingles shingles = new Shingles();
    shingles.addText(text);
    return shingles.signature();
  }

  /**
   * The least hash per bucket of the shingles of a text fed in pieces, in one pass: signatures are
   * computed for every article of a build, so the text is neither copied nor boxed.
   */
  private static final class Shingles {
    private final int[] window = new int[SHINGLE];
    private final long[] least = new long[BUCKETS];
    private final boolean[] filled = new boolean[BUCKETS];
    private int seen;

    void addText(String text) {
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (ChineseFolding.foldsToItself(cp)) {
          add(cp);
        } else {
          ChineseFolding.fold(cp).codePoints().forEach(this::add);
        }
      }
    }

    private void add(int cp) {
      if (ExactTokenizer.isIgnorable(cp)) {
        return;
      }
      System.arraycopy(window, 1, window, 0, SHINGLE - 1);
      window[SHINGLE - 1] = cp;
      if (++seen < SHINGLE) {
        return;
      }
      long hash = shingleHash(window);
      int bucket = (int) (hash >>> (Long.SIZE - BUCKET_BITS));
      if (!filled[bucket] || Long.compareUnsigned(hash, least[bucket]) < 0) {
        least[bucket] = hash;
        filled[bucket] = true;
      }
    }

    StorySignature signature() {
      if (seen < SHINGLE) {
        return EMPTY;
      }
      long[] out = new long[BUCKETS];
      for (int b = 0; b < BUCKETS; b++) {
        out[b] = least[nextFilled(filled, b)];
      }
      return new StorySignature(out);
    }
  }

  /** The bucket itself if filled, else the next filled one, wrapping round; one is filled. */
  private static int nextFilled(boolean[] filled, int bucket) {
    int b = bucket;
    while (!filled[b]) {
      b = (b + 1) % BUCKETS;
    }
    return b;
  }

  /** A 64-bit hash of the {@link #SHINGLE} code points of a shingle: mixed, then finalised. */
  private static long shingleHash(int[] shingle) {
    long h = 0x9E3779B97F4A7C15L;
    for (int cp : shingle) {
      h = Long.rotateLeft((h ^ cp) * 0xC2B2AE3D27D4EB4FL, 31);
    }
    // MurmurHash3's 64-bit finaliser, so that every input bit reaches the top (bucket) bits.
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }

  /**
   * A signature read back from {@link #encoded()}.
   *
   * @throws IllegalArgumentException when the text is not an encoded signature
   */
  public static StorySignature decode(String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return EMPTY;
    }
    String[] words = encoded.split(" ");
    long[] buckets = new long[words.length];
    for (int i = 0; i < words.length; i++) {
      buckets[i] = Long.parseUnsignedLong(words[i], 16);
    }
    return new StorySignature(buckets);
  }

  /** The buckets as hex numbers joined by spaces, to store the signature. */
  public String encoded() {
    StringBuilder out = new StringBuilder(buckets.length * 17);
    for (long b : buckets) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(Long.toHexString(b));
    }
    return out.toString();
  }

  /** The buckets as 8 bytes each, big-endian, to store the signature compactly. */
  public byte[] bytes() {
    ByteBuffer out = ByteBuffer.allocate(buckets.length * Long.BYTES);
    for (long b : buckets) {
      out.putLong(b);
    }
    return out.array();
  }

  /**
   * A signature read back from {@link #bytes()}.
   *
   * @throws IllegalArgumentException when the bytes are not a stored signature
   */
  public static StorySignature ofBytes(BytesRef stored) {
    if (stored == null || stored.length == 0) {
      return EMPTY;
    }
    if (stored.length != BUCKETS * Long.BYTES) {
      throw new IllegalArgumentException("a stored signature has " + stored.length + " bytes");
    }
    ByteBuffer in = ByteBuffer.wrap(stored.bytes, stored.offset, stored.length);
    long[] buckets = new long[BUCKETS];
    for (int i = 0; i < BUCKETS; i++) {
      buckets[i] = in.getLong();
    }
    return new StorySignature(buckets);
  }

  /** The least hash of a bucket. */
  public long bucket(int b) {
    return buckets[b];
  }

  public boolean isEmpty() {
    return buckets.length == 0;
  }

  /** The estimated Jaccard similarity of the two bodies: the share of buckets that agree. */
  public double similarity(StorySignature other) {
    if (isEmpty() || other.isEmpty()) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < BUCKETS; i++) {
      if (buckets[i] == other.buckets[i]) {
        same++;
      }
    }
    return same / (double) BUCKETS;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StorySignature other && Arrays.equals(buckets, other.buckets);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(buckets);
  }

  @Override
  public String toString() {
    return "StorySignature[" + encoded() + "]";
  }
}
