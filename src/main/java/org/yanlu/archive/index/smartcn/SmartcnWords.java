package org.yanlu.archive.index.smartcn;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.cn.smart.Utility;

/**
 * smartcn's core dictionary (word → frequency) as a trie, walked one character at a time as the
 * segmenter extends a word. smartcn keeps, per first character, a sorted row of the words' other
 * characters and binary-searches it on every extension; in a sorted row "some word starts with
 * this" and "this is a word, with this frequency" have one answer each, which the trie gives in one
 * hash lookup.
 */
final class SmartcnWords {
  /** No dictionary word starts with the characters so far. */
  static final int NONE = -1;

  private static final int PRIME_INDEX_LENGTH = 12071;
  private static final int NOT_A_WORD = Integer.MIN_VALUE;

  /** Hanzi, the only characters smartcn looks words up by (see {@code Utility.getCharType}). */
  private static final char FIRST_HANZI = 0x4E00;

  private static final char LAST_HANZI = 0x9FA5;

  private static final SmartcnWords INSTANCE = load();

  /** Per Hanzi, the trie node of the words starting with it, or {@link #NONE}. */
  private final int[] firstNodes = new int[Character.MAX_VALUE + 1];

  /** Per node, the frequency of the word it spells, or {@link #NOT_A_WORD}. */
  private int[] frequencies = new int[1 << 16];

  private int nodes = 1;

  /** The edges, by open addressing: key (parent node &lt;&lt; 16 | character), value child. */
  private final long[] edgeKeys;

  private final int[] edgeChildren;
  private final int edgeMask;

  final int stringFrequency;
  final int numberFrequency;
  final int startFrequency;
  final int endFrequency;

  private SmartcnWords(
      short[] wordIndexTable, char[] charIndexTable, char[][][] rows, int[][] rowFrequencies) {
    int characters = 0;
    for (char[][] row : rows) {
      for (char[] rest : row == null ? new char[0][] : row) {
        characters += rest == null ? 0 : rest.length;
      }
    }
    int size = Integer.highestOneBit(Math.max(16, characters * 2)) * 2;
    edgeKeys = new long[size];
    edgeChildren = new int[size];
    edgeMask = size - 1;
    Arrays.fill(firstNodes, NONE);
    Arrays.fill(frequencies, NOT_A_WORD);
    for (char c = FIRST_HANZI; c <= LAST_HANZI; c++) {
      short row = row(wordIndexTable, charIndexTable, c);
      // smartcn finds a prefix only in a row with at least one word.
      if (row >= 0 && rows[row] != null && rows[row].length > 0) {
        firstNodes[c] = addRow(rows[row], rowFrequencies[row]);
      }
    }
    stringFrequency = frequency(Utility.STRING_CHAR_ARRAY);
    numberFrequency = frequency(Utility.NUMBER_CHAR_ARRAY);
    startFrequency = frequency(Utility.START_CHAR_ARRAY);
    endFrequency = frequency(Utility.END_CHAR_ARRAY);
  }

  static SmartcnWords get() {
    return INSTANCE;
  }

  private static SmartcnWords load() {
    try (ObjectInputStream in = DictionaryResource.open("coredict.mem")) {
      return new SmartcnWords(
          (short[]) in.readObject(),
          (char[]) in.readObject(),
          (char[][][]) in.readObject(),
          (int[][]) in.readObject());
    } catch (IOException e) {
      throw new UncheckedIOException("smartcn's core dictionary does not load", e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("smartcn's core dictionary does not load", e);
    }
  }

  /**
   * The words of one first character: the rest of each word (null or empty for the character
   * alone). smartcn's binary searches need the row sorted; a row that is not would make its answers
   * differ from a trie's, so it stops the load.
   */
  private int addRow(char[][] row, int[] rowFrequencies) {
    int first = newNode();
    for (int i = 0; i < row.length; i++) {
      char[] rest = row[i] == null ? new char[0] : row[i];
      if (i > 0 && Arrays.compare(row[i - 1] == null ? new char[0] : row[i - 1], rest) >= 0) {
        throw new IllegalStateException("smartcn's core dictionary is not sorted");
      }
      int node = first;
      for (char c : rest) {
        int child = next(node, c);
        node = child == NONE ? addEdge(node, c) : child;
      }
      frequencies[node] = rowFrequencies[i];
    }
    return first;
  }

  private int newNode() {
    if (nodes == frequencies.length) {
      int old = frequencies.length;
      frequencies = Arrays.copyOf(frequencies, old * 2);
      Arrays.fill(frequencies, old, frequencies.length, NOT_A_WORD);
    }
    return nodes++;
  }

  private int addEdge(int parent, char c) {
    long key = (long) parent << 16 | c;
    int slot = slot(key);
    while (edgeKeys[slot] != 0) {
      slot = (slot + 1) & edgeMask;
    }
    int child = newNode();
    edgeKeys[slot] = key;
    edgeChildren[slot] = child;
    return child;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & edgeMask;
  }

  /** The node of the words starting with Hanzi {@code c}, or {@link #NONE}. */
  int first(char c) {
    return firstNodes[c];
  }

  /** The node of the words starting with {@code node}'s characters then {@code c}, or NONE. */
  int next(int node, char c) {
    long key = (long) node << 16 | c;
    for (int slot = slot(key); edgeKeys[slot] != 0; slot = (slot + 1) & edgeMask) {
      if (edgeKeys[slot] == key) {
        return edgeChildren[slot];
      }
    }
    return NONE;
  }

  /** Whether {@code node}'s characters are a dictionary word. */
  boolean isWord(int node) {
    return node != NONE && frequencies[node] != NOT_A_WORD;
  }

  /** The frequency of {@code node}'s word; 0, as in smartcn, when it is not a word. */
  int frequency(int node) {
    return isWord(node) ? frequencies[node] : 0;
  }

  private int frequency(char[] word) {
    int node = first(word[0]);
    for (int i = 1; i < word.length && node != NONE; i++) {
      node = next(node, word[i]);
    }
    return frequency(node);
  }

  /**
   * smartcn's {@code WordDictionary.getWordItemTableIndex}, then the row it points to: the hash
   * probing it does on every lookup, done here once per character.
   */
  private static short row(short[] wordIndexTable, char[] charIndexTable, char c) {
    int hash1 = (int) (hash1(c) % PRIME_INDEX_LENGTH);
    int hash2 = hash2(c) % PRIME_INDEX_LENGTH;
    if (hash1 < 0) {
      hash1 = PRIME_INDEX_LENGTH + hash1;
    }
    if (hash2 < 0) {
      hash2 = PRIME_INDEX_LENGTH + hash2;
    }
    int index = hash1;
    int i = 1;
    while (charIndexTable[index] != 0 && charIndexTable[index] != c && i < PRIME_INDEX_LENGTH) {
      index = (hash1 + i * hash2) % PRIME_INDEX_LENGTH;
      i++;
    }
    return i < PRIME_INDEX_LENGTH && charIndexTable[index] == c ? wordIndexTable[index] : -1;
  }

  private static long hash1(char c) {
    final long p = 1099511628211L;
    long hash = 0xcbf29ce484222325L;
    hash = (hash ^ (c & 0x00FF)) * p;
    hash = (hash ^ (c >> 8)) * p;
    hash += hash << 13;
    hash ^= hash >> 7;
    hash += hash << 3;
    hash ^= hash >> 17;
    hash += hash << 5;
    return hash;
  }

  private static int hash2(char c) {
    int hash = 5381;
    // smartcn's precedence: (hash * 33 + c) & 0xFF, then (hash * 33 + c) >> 8.
    hash = ((hash << 5) + hash) + c & 0x00FF;
    hash = ((hash << 5) + hash) + c >> 8;
    return hash;
  }
}
