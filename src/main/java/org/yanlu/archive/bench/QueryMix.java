package org.yanlu.archive.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.index.WordSegmenter;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.Sort;

/**
 * A fixed mix of benchmark searches drawn from the corpus text with a seed: words, exact quotes,
 * filtered, multi-selected facets and date-sorted browsing. Every search counts facets and
 * highlights its page, as the web page asks.
 */
final class QueryMix {
  private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”「」]");

  /** A search of the mix with the kind it stands for. */
  record Query(String kind, SearchRequest request) {}

  private QueryMix() {}

  static List<Query> of(List<Article> articles, int size, long seed) {
    List<String> sources =
        articles.stream().map(Article::source).filter(s -> !s.isBlank()).distinct().toList();
    return of(articles::get, articles.size(), sources, size, seed, false);
  }

  /**
   * The mix over articles made on demand, of {@code corpusSize} in all.
   *
   * @param growth whether to add the kinds the growth series measures: misremembered quotes ({@code
   *     "…"~} with a character changed) and deep pages (the thousandth page of ten)
   */
  static List<Query> of(
      IntFunction<Article> articles,
      int corpusSize,
      List<String> sources,
      int size,
      long seed,
      boolean growth) {
    Random random = new Random(seed);
    WordSegmenter words = WordSegmenter.archive();
    List<Query> mix = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Article a = articles.apply(random.nextInt(corpusSize));
      String paragraph = a.paragraphs().get(random.nextInt(a.paragraphs().size()));
      int kind = random.nextInt(100);
      if (growth && kind % 10 == 9) {
        mix.add(growthKind(words, paragraph, kind, random));
      } else if (kind < 30) {
        mix.add(new Query("words", plain(someWords(words, paragraph, random))));
      } else if (kind < 55) {
        mix.add(new Query("quote", plain("\"" + substring(paragraph, random) + "\"")));
      } else if (kind < 75) {
        int year = 2016 + random.nextInt(5);
        mix.add(
            new Query(
                "filtered",
                SearchRequest.builder(someWords(words, paragraph, random))
                    .sources(List.of(sources.get(random.nextInt(sources.size()))))
                    .from(year + "-01")
                    .to(year + "-06")
                    .build()));
      } else if (kind < 90) {
        mix.add(
            new Query(
                "faceted",
                SearchRequest.builder(someWords(words, paragraph, random))
                    .sources(
                        List.of(
                            sources.get(random.nextInt(sources.size())),
                            sources.get(random.nextInt(sources.size()))))
                    .months(
                        List.of(
                            String.format(
                                "%d-%02d", 2016 + random.nextInt(5), 1 + random.nextInt(12))))
                    .build()));
      } else {
        mix.add(
            new Query(
                "browse",
                SearchRequest.builder("")
                    .sort(random.nextBoolean() ? Sort.DATE_DESC : Sort.DATE_ASC)
                    .page(1 + random.nextInt(5))
                    .build()));
      }
    }
    return mix;
  }

  /** A misremembered quote or a deep page, one each in ten of the mix's searches. */
  private static Query growthKind(WordSegmenter words, String paragraph, int kind, Random random) {
    if (kind < 50) {
      String quote = substring(paragraph, random);
      // One character remembered wrong, at random, as the approximate-quote benchmark alters them.
      int at = random.nextInt(quote.length());
      String slip = quote.substring(0, at) + "的" + quote.substring(at + 1);
      return new Query("misremembered", plain("\"" + slip + "\"~"));
    }
    SearchRequest.Builder deep =
        kind < 80
            ? SearchRequest.builder(someWords(words, paragraph, random))
            : SearchRequest.builder("").sort(random.nextBoolean() ? Sort.DATE_DESC : Sort.DATE_ASC);
    return new Query("deep page", deep.page(SearchRequest.MAX_DEPTH / 10).size(10).build());
  }

  private static SearchRequest plain(String query) {
    return SearchRequest.of(query);
  }

  /** One or two words (as smartcn cuts them, two characters or more) of a paragraph. */
  private static String someWords(WordSegmenter segmenter, String paragraph, Random random) {
    List<String> words = new ArrayList<>();
    for (String word : segmenter.words(paragraph)) {
      if (word.length() >= 2 && Character.isIdeographic(word.charAt(0))) {
        words.add(word);
      }
    }
    if (words.isEmpty()) {
      return "数字";
    }
    String first = words.get(random.nextInt(words.size()));
    return random.nextBoolean() ? first : first + " " + words.get(random.nextInt(words.size()));
  }

  private static String substring(String paragraph, Random random) {
    int length = Math.min(paragraph.length(), 3 + random.nextInt(8));
    int start = random.nextInt(Math.max(1, paragraph.length() - length + 1));
    // A quote is text as printed: the longest part of the cut between quotation marks, as a cut
    // across a mark left out is no text of the archive and is answered by the closest passages.
    String s = "";
    for (String part : QUOTE_MARKS.split(paragraph.substring(start, start + length))) {
      if (part.strip().length() > s.length()) {
        s = part.strip();
      }
    }
    return s.isEmpty() ? "数字" : s;
  }
}
