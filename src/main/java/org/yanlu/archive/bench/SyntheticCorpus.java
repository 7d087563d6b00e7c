package org.yanlu.archive.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.article.DatePrecision;
import org.yanlu.archive.enrich.Enrichers;
import org.yanlu.archive.index.BuildArticles;

/**
 * A large corpus assembled from a small real one, for benchmarks, made article by article: each
 * article takes a real headline and real paragraphs drawn at random, as many as some real article
 * has, an outlet of the real ones and a day spread evenly over five years. The text is real
 * Chinese, so segmentation costs what it costs on real articles.
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

  private final List<String> paragraphs = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();
  private final List<String> sources;
  private final int[] lengths;
  private final long seed;

  private SyntheticCorpus(List<Article> real, long seed) {
    LinkedHashSet<String> outlets = new LinkedHashSet<>();
    lengths = new int[real.size()];
    for (int i = 0; i < real.size(); i++) {
      Article a = real.get(i);
      paragraphs.addAll(a.paragraphs());
      lengths[i] = Math.max(1, a.paragraphs().size());
      if (!a.title().isBlank()) {
        titles.add(a.title());
      }
      if (!a.source().isBlank()) {
        outlets.add(a.source());
      }
    }
    this.sources = new ArrayList<>(outlets);
    this.seed = seed;
  }

  /**
   * The corpus drawn from {@code real} with {@code seed}: article {@code i} is the same whenever it
   * is asked for, so that a build can read a million of them twice without holding them.
   */
  static SyntheticCorpus from(List<Article> real, long seed) {
    return new SyntheticCorpus(real, seed);
  }

  /** The first {@code size} articles in memory. */
  static List<Article> of(List<Article> real, int size, long seed) {
    SyntheticCorpus corpus = from(real, seed);
    List<Article> articles = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      articles.add(corpus.article(i));
    }
    return articles;
  }

  /** The first {@code size} articles, made as a build reads them. */
  BuildArticles first(int size) {
    return reader -> {
      for (int i = 0; i < size; i++) {
        reader.article(article(i));
      }
    };
  }

  /**
   * The first {@code size} articles, made as a build reads them and enriched as {@code index}
   * enriches what it reads ({@link Enrichers#standard}: names, speakers, quotes), on the indexing
   * threads. The real paragraphs hold real speech, so each article gets the quote documents its
   * paragraphs imply.
   */
  BuildArticles enriched(int size) {
    List<UnaryOperator<Article>> enrichers = Enrichers.standard();
    return new BuildArticles() {
      @Override
      public void forEach(Reader reader) throws IOException {
        first(size).forEach(reader);
      }

      @Override
      public Article prepare(Article read) {
        return Enrichers.apply(enrichers, read);
      }
    };
  }

  /** The outlets articles are given. */
  List<String> sources() {
    return List.copyOf(sources);
  }

  /** The article numbered {@code i}, the same on every call. */
  Article article(int i) {
    Random random = new Random(seed * 0x9E3779B97F4A7C15L + i);
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
    String source = sources.get(random.nextInt(sources.size()));
    List<String> body;
    String title;
    if (i > 0 && i % COPY_EVERY == 0) {
      Article original = article(random.nextInt(i));
      body = original.paragraphs();
      title = original.title();
    } else {
      // As many paragraphs as a real article has, so that sizes follow the real ones.
      body = draw(paragraphs, lengths[random.nextInt(lengths.length)], random);
      title = titles.get(random.nextInt(titles.size()));
    }
    return Article.read(
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
        "");
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
