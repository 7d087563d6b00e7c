package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.Indexer;

/** Quotes are indexed as their own documents, which article searches never count. */
class QuoteDocumentsTest {
  @TempDir Path root;

  @Test
  void quotesAreDocumentsOfTheirOwnThatArticleSearchesLeaveOut() throws IOException {
    List<Article> articles = new ArrayList<>(CorpusIndex.articles());
    Article first = articles.get(0);
    String said = first.paragraphs().get(1);
    articles.set(
        0,
        first.withSpeakers(
            List.of("习近平"), List.of(new Quote("习近平", "", said, 1), new Quote("习近平", "", said, 1))));
    new Indexer(new ArticleFields(), 2).rebuild(root, articles, 0L, IndexProgress.NONE);
    try (Searcher searcher = Searcher.open(root)) {
      assertEquals(2, searcher.stats().quotes());
      assertEquals(articles.size(), searcher.search(SearchRequest.of("")).total());
      String quoted = "\"" + said.substring(0, Math.min(12, said.length())) + "\"";
      SearchResult result = searcher.search(SearchRequest.of(quoted));
      assertEquals(List.of(first.id()), result.hits().stream().map(Hit::id).toList());
      assertEquals(
          List.of(new FacetCount("习近平", 1, false)),
          searcher.search(SearchRequest.of("")).facets().get("speaker"));
      assertEquals(1, searcher.search(SearchRequest.of("speaker:习近平")).total());
    }
  }
}
