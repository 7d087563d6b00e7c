package org.yanlu.archive.index.smartcn;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;

/**
 * smartcn's word-pair dictionary: how often word B follows word A, keyed by smartcn's 64-bit hash
 * of {@code A@B}. The hashes are computed character by character, so the first word's part is
 * computed once for all the words that may follow it, and a Bloom filter answers the common "not a
 * known pair" before smartcn's own probing, which answers the rest exactly as smartcn does.
 */
final class SmartcnWordPairs {
  private static final int PRIME_BIGRAM_LENGTH = 402137;
  private static final char WORD_SEGMENT_CHAR = '@';
  private static final long FNV_PRIME = 1099511628211L;
  private static final int FILTER_BITS = 23;

  private static final SmartcnWordPairs INSTANCE = load();

  private final long[] hashes;
  private final int[] frequencies;

  /**
   * smartcn's table is 82 % full, so its probing takes several cache misses to find a pair missing,
   * and most neighbouring candidates are not a known pair. 2^23 bits, two per pair: about 0.5 %
   * false positives, which go on to the probing.
   */
  private final long[] filter = new long[1 << (FILTER_BITS - 6)];

  private SmartcnWordPairs(long[] hashes, int[] frequencies) {
    this.hashes = hashes;
    this.frequencies = frequencies;
    for (long hash : hashes) {
      if (hash != 0) {
        filter[bit1(hash) >>> 6] |= 1L << bit1(hash);
        filter[bit2(hash) >>> 6] |= 1L << bit2(hash);
      }
    }
  }

  static SmartcnWordPairs get() {
    return INSTANCE;
  }

  private static SmartcnWordPairs load() {
    try (ObjectInputStream in = DictionaryResource.open("bigramdict.mem")) {
      return new SmartcnWordPairs((long[]) in.readObject(), (int[]) in.readObject());
    } catch (IOException e) {
      throw new UncheckedIOException("smartcn's word-pair dictionary does not load", e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("smartcn's word-pair dictionary does not load", e);
    }
  }

  private static int bit1(long hash) {
    return (int) hash & ((1 << FILTER_BITS) - 1);
  }

  private static int bit2(long hash) {
    return (int) (hash >>> 40) & ((1 << FILTER_BITS) - 1);
  }

  /** smartcn's {@code hash1(char[])} of a first word and the separator. */
  static long hash1Of(char[] chars, int from, int length) {
    return hash1(hash1(0xcbf29ce484222325L, chars, from, length), WORD_SEGMENT_CHAR);
  }

  /** smartcn's {@code hash2(char[])} of a first word and the separator. */
  static int hash2Of(char[] chars, int from, int length) {
    return hash2(hash2(5381, chars, from, length), WORD_SEGMENT_CHAR);
  }

  /** {@code hash1} carried on over more characters. */
  static long hash1(long hash, char[] chars, int from, int length) {
    for (int i = from; i < from + length; i++) {
      hash = hash1(hash, chars[i]);
    }
    return hash;
  }

  /** {@code hash2} carried on over more characters. */
  static int hash2(int hash, char[] chars, int from, int length) {
    for (int i = from; i < from + length; i++) {
      hash = hash2(hash, chars[i]);
    }
    return hash;
  }

  private static long hash1(long hash, char d) {
    hash = (hash ^ (d & 0x00FF)) * FNV_PRIME;
    return (hash ^ (d >> 8)) * FNV_PRIME;
  }

  private static int hash2(int hash, char d) {
    // smartcn's precedence: (hash * 33 + d) & 0xFF, then (hash * 33 + d) >> 8.
    hash = ((hash << 5) + hash) + d & 0x00FF;
    return ((hash << 5) + hash) + d >> 8;
  }

  /**
   * smartcn's {@code BigramDictionary.getFrequency} of the pair with these hashes: 0 when it is not
   * in the dictionary.
   */
  int frequency(long hashId, int pairHash2) {
    if ((filter[bit1(hashId) >>> 6] & (1L << bit1(hashId))) == 0
        || (filter[bit2(hashId) >>> 6] & (1L << bit2(hashId))) == 0) {
      return 0;
    }
    int hash1 = (int) (hashId % PRIME_BIGRAM_LENGTH);
    int hash2 = pairHash2 % PRIME_BIGRAM_LENGTH;
    if (hash1 < 0) {
      hash1 = PRIME_BIGRAM_LENGTH + hash1;
    }
    if (hash2 < 0) {
      hash2 = PRIME_BIGRAM_LENGTH + hash2;
    }
    int index = hash1;
    int i = 1;
    while (hashes[index] != 0 && hashes[index] != hashId && i < PRIME_BIGRAM_LENGTH) {
      index = (hash1 + i * hash2) % PRIME_BIGRAM_LENGTH;
      i++;
    }
    return i < PRIME_BIGRAM_LENGTH && hashes[index] == hashId ? frequencies[index] : 0;
  }
}
