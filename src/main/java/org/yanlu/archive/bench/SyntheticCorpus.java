package org.yanlu.archive.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;

/**
 * A large corpus assembled from a small real one, for benchmarks: each article takes a real
 * headline and a run of real paragraphs as long as some real article's, an outlet of the real ones
 * and a day spread evenly over five years. The text is real Chinese, so segmentation costs what it
 * costs on real articles.
 */
final class SyntheticCorpus {
  private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
  private static final int DAYS = 5 * 365;

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
      // As many paragraphs as a real article has, so that sizes follow the real ones.
      int length = Math.max(1, real.get(random.nextInt(real.size())).paragraphs().size());
      int start = random.nextInt(Math.max(1, paragraphs.size() - length));
      List<String> body = paragraphs.subList(start, Math.min(paragraphs.size(), start + length));
      LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
      articles.add(
          Article.read(
              "bench-" + i,
              titles.get(random.nextInt(titles.size())),
              "",
              sources.get(random.nextInt(sources.size())),
              new ArticleDate(day, org.yanlu.archive.article.DatePrecision.DAY),
              "benchmark",
              "",
              List.of(),
              List.copyOf(body),
              List.of(),
              ""));
    }
    return articles;
  }
}
