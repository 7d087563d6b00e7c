package org.yanlu.archive.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.article.DatePrecision;

/**
 * A large corpus assembled from a small real one, for benchmarks: each article takes a real
 * headline and real paragraphs drawn at random, as many as some real article has, an outlet of the
 * real ones and a day spread evenly over five years. The text is real Chinese, so segmentation
 * costs what it costs on real articles.
 *
 * <p>Paragraphs are drawn from the whole pool rather than taken as a run, so that two articles
 * share about as much as two stories on one subject do and are not syndicated copies of each other
 * (runs of a small corpus made nearly every article a copy of some other). Copies are made on
 * purpose instead: one article in {@link #COPY_EVERY} is an earlier one under another outlet, as
 * wire stories are, so that grouping them costs what it would.
 */
final class SyntheticCorpus {
  private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
  private static final int DAYS = 5 * 365;

  /** One article in this many is a syndicated copy of an earlier one. */
  static final int COPY_EVERY = 10;

  private SyntheticCorpus() {}

  static List<Article> of(List<Article> real, int size, long seed) {
    List<String> paragraphs = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    LinkedHashSet<String> outlets = new LinkedHashSet<>();
    for (Article a : real) {
      paragraphs.addAll(a.paragraphs());
      if (!a.title().isBlank()) {
        titles.add(a.title());
      }
      if (!a.source().isBlank()) {
        outlets.add(a.source());
      }
    }
    List<String> sources = new ArrayList<>(outlets);
    Random random = new Random(seed);
    List<Article> articles = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
      String source = sources.get(random.nextInt(sources.size()));
      List<String> body;
      String title;
      if (i > 0 && i % COPY_EVERY == 0) {
        Article original = articles.get(random.nextInt(i));
        body = original.paragraphs();
        title = original.title();
      } else {
        // As many paragraphs as a real article has, so that sizes follow the real ones.
        int length = Math.max(1, real.get(random.nextInt(real.size())).paragraphs().size());
        body = draw(paragraphs, length, random);
        title = titles.get(random.nextInt(titles.size()));
      }
      articles.add(
          Article.read(
              "bench-" + i,
              title,
              "",
              source,
              new ArticleDate(day, DatePrecision.DAY),
              "benchmark",
              "",
              List.of(),
              body,
              List.of(),
              ""));
    }
    return articles;
  }

  /** {@code n} different paragraphs of the pool in random order (all of them if it has fewer). */
  private static List<String> draw(List<String> pool, int n, Random random) {
    int[] order = new int[pool.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    int count = Math.min(n, order.length);
    List<String> drawn = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(order.length - i);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
      drawn.add(pool.get(order[i]));
    }
    return drawn;
  }
}
