package org.yanlu.archive.index.smartcn;

import java.util.Arrays;
import org.apache.lucene.analysis.cn.smart.CharType;
import org.apache.lucene.analysis.cn.smart.Utility;
import org.apache.lucene.analysis.cn.smart.WordType;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * smartcn's segmentation of one sentence ({@code HHMMSegmenter}, {@code BiSegGraph}, {@code
 * SegTokenFilter}), in arrays reused from sentence to sentence. The candidate words, the weights of
 * word pairs and the order in which the shortest path compares them are smartcn's, so the words are
 * the same, ties included. One instance per tokenizer: it is not thread-safe.
 */
final class SmartcnSegmenter {
  private static final double SMOOTH = 0.1;
  private static final double TINY = 1.0 / Utility.MAX_FREQUENCE;

  private final SmartcnWords dictionary = SmartcnWords.get();
  private final SmartcnWordPairs pairs = SmartcnWordPairs.get();

  // The sentence's candidate words in smartcn's order: index 0 is the sentence start, then the
  // words by start offset (at one offset, shortest first), then the sentence end.
  private int count;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private int[] types = new int[64];
  private int[] frequencies = new int[64];
  private int[] charFrom = new int[64];
  private int[] charLength = new int[64];
  private double[] distances = new double[64];
  private int[] previous = new int[64];

  /** The characters smartcn looks each candidate up by, one after another. */
  private char[] chars = new char[256];

  private int charsUsed;

  /** Per offset of the sentence (shifted by one for the start at -1): its first candidate. */
  private int[] firstAt = new int[64];

  private int[] countAt = new int[64];

  /** Per offset: the nearest offset at or after it where a candidate starts. */
  private int[] nextStart = new int[64];

  private int[] charTypes = new int[64];
  private char[] word = new char[16];

  /** The words found, as candidate indexes, in order. */
  private int[] path = new int[64];

  private int words;

  /** Segments {@code text[from, from + length)}; then {@link #words()} words are ready. */
  void segment(char[] text, int from, int length) {
    ensureSentence(length);
    for (int i = 0; i < length; i++) {
      charTypes[i] = Utility.getCharType(text[from + i]);
    }
    addCandidates(text, from, length);
    shortestPath();
  }

  int words() {
    return words;
  }

  /** The offset, in the sentence, of word {@code w}. */
  int start(int w) {
    return starts[path[w]];
  }

  int end(int w) {
    return ends[path[w]];
  }

  /** Puts word {@code w}'s term, as smartcn gives it, into {@code term}. */
  void term(int w, char[] text, int from, CharTermAttribute term) {
    int k = path[w];
    switch (types[k]) {
      case WordType.STRING,
          WordType.NUMBER,
          WordType.FULLWIDTH_STRING,
          WordType.FULLWIDTH_NUMBER -> {
        int length = ends[k] - starts[k];
        char[] out = term.resizeBuffer(length);
        System.arraycopy(text, from + starts[k], out, 0, length);
        term.setLength(length);
        halfWidthLowerCase(types[k], out, length);
      }
      // smartcn gives every punctuation mark as a comma.
      case WordType.DELIMITER -> term.setEmpty().append(',');
      default -> term.copyBuffer(chars, charFrom[k], charLength[k]);
    }
  }

  /** smartcn's {@code SegTokenFilter}: full-width to half-width and Latin to lower case. */
  private static void halfWidthLowerCase(int type, char[] out, int length) {
    boolean fullWidth = type == WordType.FULLWIDTH_STRING || type == WordType.FULLWIDTH_NUMBER;
    if (!fullWidth && type != WordType.STRING) {
      return;
    }
    for (int i = 0; i < length; i++) {
      if (fullWidth && out[i] >= 0xFF10) {
        out[i] -= 0xFEE0;
      }
      if (out[i] >= 0x0041 && out[i] <= 0x005A) {
        out[i] += 0x0020;
      }
    }
  }

  /** smartcn's {@code HHMMSegmenter.createSegGraph}. */
  private void addCandidates(char[] text, int from, int length) {
    count = 0;
    charsUsed = 0;
    Arrays.fill(countAt, 0, length + 2, 0);
    add(-1, 0, WordType.SENTENCE_BEGIN, dictionary.startFrequency, Utility.START_CHAR_ARRAY);
    int i = 0;
    while (i < length) {
      int j;
      switch (charTypes[i]) {
        case CharType.SPACE_LIKE -> i++;
        case CharType.SURROGATE -> {
          int n = Character.charCount(Character.codePointAt(text, from + i, from + length));
          add(i, i + n, WordType.CHINESE_WORD, 0, text, from + i, n);
          i += n;
        }
        case CharType.HANZI -> {
          addWordsFrom(text, from, length, i);
          i++;
        }
        case CharType.LETTER, CharType.FULLWIDTH_LETTER -> {
          boolean fullWidth = charTypes[i] == CharType.FULLWIDTH_LETTER;
          for (j = i + 1; j < length && isLetter(charTypes[j]); j++) {
            fullWidth |= charTypes[j] == CharType.FULLWIDTH_LETTER;
          }
          int type = fullWidth ? WordType.FULLWIDTH_STRING : WordType.STRING;
          add(i, j, type, dictionary.stringFrequency, Utility.STRING_CHAR_ARRAY);
          i = j;
        }
        case CharType.DIGIT, CharType.FULLWIDTH_DIGIT -> {
          boolean fullWidth = charTypes[i] == CharType.FULLWIDTH_DIGIT;
          for (j = i + 1; j < length && isDigit(charTypes[j]); j++) {
            fullWidth |= charTypes[j] == CharType.FULLWIDTH_DIGIT;
          }
          int type = fullWidth ? WordType.FULLWIDTH_NUMBER : WordType.NUMBER;
          add(i, j, type, dictionary.numberFrequency, Utility.NUMBER_CHAR_ARRAY);
          i = j;
        }
        case CharType.DELIMITER -> {
          add(i, i + 1, WordType.DELIMITER, Utility.MAX_FREQUENCE, text, from + i, 1);
          i++;
        }
        default -> {
          add(i, i + 1, WordType.STRING, dictionary.stringFrequency, Utility.STRING_CHAR_ARRAY);
          i++;
        }
      }
    }
    add(length, length + 1, WordType.SENTENCE_END, dictionary.endFrequency, Utility.END_CHAR_ARRAY);
  }

  /**
   * The Hanzi at {@code i} as a word, and every longer dictionary word starting there; spaces
   * between the characters are skipped, as smartcn does.
   */
  private void addWordsFrom(char[] text, int from, int length, int i) {
    word[0] = text[from + i];
    int wordLength = 1;
    int j = i + 1;
    int node = dictionary.first(word[0]);
    add(i, j, WordType.CHINESE_WORD, dictionary.frequency(node), word, 0, 1);
    while (node != SmartcnWords.NONE) {
      if (wordLength > 1 && dictionary.isWord(node)) {
        add(i, j, WordType.CHINESE_WORD, dictionary.frequency(node), word, 0, wordLength);
      }
      while (j < length && charTypes[j] == CharType.SPACE_LIKE) {
        j++;
      }
      if (j < length && charTypes[j] == CharType.HANZI) {
        if (wordLength == word.length) {
          word = Arrays.copyOf(word, wordLength * 2);
        }
        word[wordLength++] = text[from + j];
        node = dictionary.next(node, text[from + j]);
        j++;
      } else {
        break;
      }
    }
  }

  private static boolean isLetter(int charType) {
    return charType == CharType.LETTER || charType == CharType.FULLWIDTH_LETTER;
  }

  private static boolean isDigit(int charType) {
    return charType == CharType.DIGIT || charType == CharType.FULLWIDTH_DIGIT;
  }

  private void add(int start, int end, int type, int frequency, char[] lookup) {
    add(start, end, type, frequency, lookup, 0, lookup.length);
  }

  private void add(
      int start, int end, int type, int frequency, char[] lookup, int lookupFrom, int length) {
    if (count == starts.length) {
      growCandidates();
    }
    if (charsUsed + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsUsed + length));
    }
    System.arraycopy(lookup, lookupFrom, chars, charsUsed, length);
    starts[count] = start;
    ends[count] = end;
    types[count] = type;
    frequencies[count] = frequency;
    charFrom[count] = charsUsed;
    charLength[count] = length;
    charsUsed += length;
    if (countAt[start + 1]++ == 0) {
      firstAt[start + 1] = count;
    }
    count++;
  }

  /**
   * smartcn's {@code BiSegGraph}: each candidate is followed by the candidates at the next offset
   * where any start, weighted by how often the pair occurs; the path of least weight wins. Visiting
   * candidates in index order relaxes each one's incoming pairs in the order smartcn compares them,
   * and with the same strict comparison, so ties resolve the same way.
   */
  private void shortestPath() {
    int length = starts[count - 1];
    nextStart[length + 1] = length;
    for (int offset = length; offset >= 0; offset--) {
      nextStart[offset + 1] = countAt[offset + 1] > 0 ? offset : nextStart[offset + 2];
    }
    distances[0] = 0;
    Arrays.fill(distances, 1, count, Double.MAX_VALUE);
    for (int first = 0; first < count - 1; first++) {
      double oneWordFreq = frequencies[first];
      long firstHash1 = SmartcnWordPairs.hash1Of(chars, charFrom[first], charLength[first]);
      int firstHash2 = SmartcnWordPairs.hash2Of(chars, charFrom[first], charLength[first]);
      int at = nextStart[ends[first] + 1] + 1;
      for (int second = firstAt[at]; second < firstAt[at] + countAt[at]; second++) {
        int wordPairFreq =
            pairs.frequency(
                SmartcnWordPairs.hash1(firstHash1, chars, charFrom[second], charLength[second]),
                SmartcnWordPairs.hash2(firstHash2, chars, charFrom[second], charLength[second]));
        // smartcn's smoothed weight, -log{a*P(Ci-1)+(1-a)P(Ci|Ci-1)}, term for term.
        double weight =
            -Math.log(
                SMOOTH * (1.0 + oneWordFreq) / (Utility.MAX_FREQUENCE + 0.0)
                    + (1.0 - SMOOTH) * ((1.0 - TINY) * wordPairFreq / (1.0 + oneWordFreq) + TINY));
        double distance = distances[first] + weight;
        if (distance < distances[second]) {
          distances[second] = distance;
          previous[second] = first;
        }
      }
    }
    words = 0;
    for (int k = previous[count - 1]; k != 0; k = previous[k]) {
      path[words++] = k;
    }
    for (int a = 0, b = words - 1; a < b; a++, b--) {
      int swap = path[a];
      path[a] = path[b];
      path[b] = swap;
    }
  }

  private void ensureSentence(int length) {
    if (firstAt.length < length + 3) {
      int size = length + 3;
      firstAt = new int[size];
      countAt = new int[size];
      nextStart = new int[size];
      charTypes = new int[size];
    }
  }

  private void growCandidates() {
    int size = starts.length * 2;
    starts = Arrays.copyOf(starts, size);
    ends = Arrays.copyOf(ends, size);
    types = Arrays.copyOf(types, size);
    frequencies = Arrays.copyOf(frequencies, size);
    charFrom = Arrays.copyOf(charFrom, size);
    charLength = Arrays.copyOf(charLength, size);
    distances = Arrays.copyOf(distances, size);
    previous = Arrays.copyOf(previous, size);
    path = Arrays.copyOf(path, size);
  }
}
