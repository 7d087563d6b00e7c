package org.yanlu.archive.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.yanlu.archive.article.Article;

/**
 * The MinHash signature of an article's body: Lucene's {@link MinHashFilter} over the 5-character
 * shingles of the folded body without whitespace, one minimum per bucket. Two signatures agree in
 * about as many buckets as the two bodies' shingle sets overlap (their Jaccard similarity), which
 * is what tells a syndicated copy from another story.
 *
 * @param buckets the minimum hash of each bucket, in bucket order
 */
public record StorySignature(List<String> buckets) {
  /** Buckets per signature: 128 estimates a Jaccard similarity within about ±0.09 (2 σ). */
  public static final int BUCKETS = 128;

  /**
   * Characters per shingle: five Chinese characters are rarely shared by chance between two
   * stories, yet one changed character only disturbs five shingles.
   */
  public static final int SHINGLE = 5;

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
    String compact = ArticleFields.keyword(text);
    if (compact.codePointCount(0, compact.length()) < SHINGLE) {
      return new StorySignature(List.of());
    }
    List<String> out = new ArrayList<>(BUCKETS);
    NGramTokenizer shingles = new NGramTokenizer(SHINGLE, SHINGLE);
    shingles.setReader(new StringReader(compact));
    try (TokenStream minHash = new MinHashFilter(shingles, 1, BUCKETS, 1, true)) {
      CharTermAttribute term = minHash.addAttribute(CharTermAttribute.class);
      minHash.reset();
      while (minHash.incrementToken()) {
        out.add(hex(term));
      }
      minHash.end();
    } catch (IOException e) {
      throw new UncheckedIOException("hashing text in memory failed", e);
    }
    return new StorySignature(out);
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

  /** A hash token as hex digits: the filter packs the hash's bits into arbitrary chars. */
  private static String hex(CharTermAttribute term) {
    StringBuilder out = new StringBuilder(term.length() * 4);
    for (int i = 0; i < term.length(); i++) {
      out.append(String.format("%04x", (int) term.charAt(i)));
    }
    return out.toString();
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
