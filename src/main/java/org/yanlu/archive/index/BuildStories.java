package org.yanlu.archive.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.yanlu.archive.article.ArticleDate;

/**
 * The stories of a full build, found from what its first pass over the articles collected: per
 * article its id, its day and two bytes of each of its signature's buckets. A build of a million
 * articles holds 256 MB of signatures while it groups them and a number per article afterwards,
 * where whole signatures and band tables took 3.5 KB an article, more than the 2 GB a million
 * articles must build in.
 *
 * <p>The rule is {@link StoryGroups}'s: articles are taken in date order (undated last, then in the
 * order added), and each joins the story of the most similar earlier article at or above {@link
 * StoryGroups#THRESHOLD}, sought among those sharing at least {@link StoryGroups#MIN_SHARED_BANDS}
 * bands, or starts its own. Two bytes of a bucket agree by chance once in 65,536, which moves an
 * estimated similarity by less than a thousandth.
 */
final class BuildStories {
  /** The day of an undated article: after every dated one. */
  private static final int UNDATED = Integer.MAX_VALUE;

  /** Articles per block of stored bucket prints: blocks grow the store without copying it. */
  private static final int BLOCK = 1 << 12;

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

  private static final int BUCKETS = StorySignature.BUCKETS;
  private static final int ROWS = BUCKETS / StoryGroups.BANDS;

  private final List<String> ids = new ArrayList<>();
  private final List<short[]> prints = new ArrayList<>();
  private final BitSet empty = new BitSet();
  private int[] days = new int[BLOCK];

  /** Adds the next article, with its signature. */
  void add(String id, ArticleDate date, StorySignature signature) {
    int ordinal = ids.size();
    ids.add(id);
    if (ordinal == days.length) {
      days = Arrays.copyOf(days, days.length * 2);
    }
    days[ordinal] = date.isKnown() ? (int) date.day().toEpochDay() : UNDATED;
    if (ordinal % BLOCK == 0) {
      prints.add(new short[BLOCK * BUCKETS]);
    }
    if (signature.isEmpty()) {
      empty.set(ordinal);
      return;
    }
    short[] block = prints.get(ordinal / BLOCK);
    int at = (ordinal % BLOCK) * BUCKETS;
    for (int b = 0; b < BUCKETS; b++) {
      // The low bits: the top ones name the bucket, the rest are mixed alike.
      block[at + b] = (short) signature.bucket(b);
    }
  }

  int size() {
    return ids.size();
  }

  /** The id of the article added {@code ordinal}-th. */
  String id(int ordinal) {
    return ids.get(ordinal);
  }

  /**
   * Groups the articles added.
   *
   * @return for each article in the order added, the ordinal of its story's first article
   */
  int[] assign() {
    int n = ids.size();
    int[] byRank = dateOrder(n);
    int[] firstOfId = new int[n]; // by rank: the rank of the first article of the same id
    Map<String, Integer> seen = new HashMap<>();
    for (int r = 0; r < n; r++) {
      firstOfId[r] = seen.computeIfAbsent(ids.get(byRank[r]), k -> seen.size());
    }
    int[] rankOfFirst = new int[seen.size()];
    seen.clear();
    Arrays.fill(rankOfFirst, -1);
    for (int r = 0; r < n; r++) {
      if (rankOfFirst[firstOfId[r]] == -1) {
        rankOfFirst[firstOfId[r]] = r;
      }
      firstOfId[r] = rankOfFirst[firstOfId[r]];
    }
    Bands bands = new Bands(byRank, firstOfId);
    // Which earlier article each one copies depends on signatures alone, so all are found at once
    // on every core; only following the copies to the story's first article goes in order.
    ThreadLocal<int[]> sharedBands = ThreadLocal.withInitial(() -> new int[n]);
    int[] copied = new int[n];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            r ->
                copied[r] =
                    firstOfId[r] != r || empty.get(byRank[r])
                        ? -1
                        : mostSimilarEarlier(r, byRank, bands, sharedBands.get()));
    int[] leaderRank = new int[n];
    for (int r = 0; r < n; r++) {
      if (firstOfId[r] != r) {
        leaderRank[r] = leaderRank[firstOfId[r]];
      } else {
        leaderRank[r] = copied[r] == -1 ? r : leaderRank[copied[r]];
      }
    }
    int[] leader = new int[n];
    for (int r = 0; r < n; r++) {
      leader[byRank[r]] = byRank[leaderRank[r]];
    }
    return leader;
  }

  /** The ordinals by earliest day, undated last, ties in the order added. */
  private int[] dateOrder(int n) {
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) days[i] << 32) | i;
    }
    Arrays.parallelSort(keys);
    int[] byRank = new int[n];
    for (int r = 0; r < n; r++) {
      byRank[r] = (int) keys[r];
    }
    return byRank;
  }

  /**
   * The earlier article (by rank) most similar to the article of rank {@code r} at or above the
   * threshold, or -1: among the earlier members of its bands sharing at least {@link
   * StoryGroups#MIN_SHARED_BANDS} of them, most shared first, the earlier first among equals, at
   * most {@link #MAX_COMPARED}.
   *
   * @param shared per thread, bands shared per rank; all zero between calls
   */
  private int mostSimilarEarlier(int r, int[] byRank, Bands bands, int[] shared) {
    int[] touched = new int[StoryGroups.BANDS * MAX_BAND_MEMBERS];
    int touchedCount = 0;
    for (int b = 0; b < StoryGroups.BANDS; b++) {
      int run = bands.runOf(b, r);
      if (run < 0) {
        continue;
      }
      // Members are in rank order: those from r on are not earlier.
      for (int m = bands.from(run); m < bands.to(run) && bands.member(m) < r; m++) {
        int j = bands.member(m);
        if (shared[j]++ == 0) {
          touched[touchedCount++] = j;
        }
      }
    }
    // Most shared bands first, then the earlier: (bands not shared, rank), as one long.
    long[] candidates = new long[touchedCount];
    int candidateCount = 0;
    for (int t = 0; t < touchedCount; t++) {
      int j = touched[t];
      if (shared[j] >= StoryGroups.MIN_SHARED_BANDS) {
        candidates[candidateCount++] = ((long) (StoryGroups.BANDS - shared[j]) << 32) | j;
      }
      shared[j] = 0;
    }
    Arrays.sort(candidates, 0, candidateCount);
    int best = -1;
    double bestSimilarity = StoryGroups.THRESHOLD;
    for (int c = 0; c < Math.min(candidateCount, MAX_COMPARED); c++) {
      int j = (int) candidates[c];
      double s = similarity(byRank[r], byRank[j]);
      if (s >= bestSimilarity && (best == -1 || s > bestSimilarity)) {
        best = j;
        bestSimilarity = s;
      }
    }
    return best;
  }

  /** The share of buckets whose prints agree. */
  private double similarity(int a, int b) {
    short[] blockA = prints.get(a / BLOCK);
    short[] blockB = prints.get(b / BLOCK);
    int atA = (a % BLOCK) * BUCKETS;
    int atB = (b % BLOCK) * BUCKETS;
    int same = 0;
    for (int i = 0; i < BUCKETS; i++) {
      if (blockA[atA + i] == blockB[atB + i]) {
        same++;
      }
    }
    return same / (double) BUCKETS;
  }

  /** A band's key: its buckets' prints, 32 bits. */
  private long bandKey(int ordinal, int band) {
    short[] block = prints.get(ordinal / BLOCK);
    int at = (ordinal % BLOCK) * BUCKETS + band * ROWS;
    long key = 0;
    for (int row = 0; row < ROWS; row++) {
      key = (key << 16) | (block[at + row] & 0xFFFF);
    }
    return key;
  }

  /**
   * The articles sharing each band, found one band at a time by sorting its keys: per band and
   * rank, the run of articles with that rank's key, and per run its first {@link #MAX_BAND_MEMBERS}
   * ranks. A rank alone with its key has no run: most are, and they cost four bytes each rather
   * than a hash table's slot.
   */
  private final class Bands {
    /** Per band, per rank, its run, or -1. */
    private final int[][] runOf;

    /** Run k's members are {@code members[starts[k] .. starts[k + 1])}, in rank order. */
    private int[] starts = new int[1024];

    private int[] members = new int[1024];
    private int runs;

    Bands(int[] byRank, int[] firstOfId) {
      int n = byRank.length;
      runOf = new int[StoryGroups.BANDS][];
      long[] keys = new long[n];
      for (int b = 0; b < StoryGroups.BANDS; b++) {
        int count = 0;
        for (int r = 0; r < n; r++) {
          if (firstOfId[r] == r && !empty.get(byRank[r])) {
            // Key in the high half, rank in the low: sorted, equal keys are runs in rank order.
            keys[count++] = (bandKey(byRank[r], b) << 32) | r;
          }
        }
        Arrays.parallelSort(keys, 0, count);
        int[] runOfRank = new int[n];
        Arrays.fill(runOfRank, -1);
        for (int start = 0, end; start < count; start = end) {
          long key = keys[start] >>> 32;
          end = start + 1;
          while (end < count && keys[end] >>> 32 == key) {
            end++;
          }
          if (end - start > 1) {
            int run = addRun(keys, start, Math.min(end, start + MAX_BAND_MEMBERS));
            for (int k = start; k < end; k++) {
              runOfRank[(int) keys[k]] = run;
            }
          }
        }
        runOf[b] = runOfRank;
      }
      starts = Arrays.copyOf(starts, runs + 1);
    }

    private int addRun(long[] keys, int from, int to) {
      if (runs + 2 > starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      int at = starts[runs];
      int length = to - from;
      if (at + length > members.length) {
        members = Arrays.copyOf(members, Math.max(members.length * 2, at + length));
      }
      for (int k = from; k < to; k++) {
        members[at++] = (int) keys[k];
      }
      starts[runs + 1] = at;
      return runs++;
    }

    int runOf(int band, int rank) {
      return runOf[band][rank];
    }

    int from(int run) {
      return starts[run];
    }

    int to(int run) {
      return starts[run + 1];
    }

    int member(int m) {
      return members[m];
    }
  }
}
