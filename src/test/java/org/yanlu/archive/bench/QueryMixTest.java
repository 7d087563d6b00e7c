package org.yanlu.archive.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;

/** The benchmark's searches stand for what they are named: an exact quote is text of an article. */
class QueryMixTest {
  @Test
  void everyExactQuoteOfTheMixIsTextOfAnArticle() throws IOException {
    List<Article> articles =
        new Corpus(CorpusReaders.standard()).read(Path.of("corpus")).articles();
    List<String> paragraphs = articles.stream().flatMap(a -> a.paragraphs().stream()).toList();
    List<QueryMix.Query> quotes =
        QueryMix.of(articles::get, articles.size(), List.of("人民日报"), 2000, 7, true).stream()
            .filter(q -> q.kind().equals("quote"))
            .toList();
    assertTrue(quotes.size() > 300, "quotes in the mix: " + quotes.size());
    for (QueryMix.Query q : quotes) {
      String query = q.request().query();
      assertTrue(query.startsWith("\"") && query.endsWith("\""), query);
      String quote = query.substring(1, query.length() - 1);
      assertEquals(
          1,
          paragraphs.stream().filter(p -> p.contains(quote)).limit(1).count(),
          "a quote the archive holds nowhere: " + query);
    }
  }
}
