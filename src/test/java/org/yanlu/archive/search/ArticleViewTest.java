package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;

/** Opening one article: every field back as indexed, matches marked, related articles. */
class ArticleViewTest {
  @RegisterExtension
  static final CorpusIndexExtension index = new CorpusIndexExtension(CorpusIndex::build);

  private final Searcher searcher = index.searcher();

  private static List<Article> articles;

  @BeforeAll
  static void readCorpus() throws IOException {
    articles = CorpusIndex.articles();
  }

  @Test
  void anArticleComesBackWithEveryFieldAsIndexed() {
    for (Article a : articles) {
      ArticleView view = searcher.article(a.id(), null);
      assertEquals(a.title(), view.title());
      assertEquals(a.source(), view.source());
      assertEquals(a.date().text(), view.date());
      assertEquals(a.date().precision().label(), view.datePrecision());
      assertEquals(a.paragraphs(), view.paragraphs());
      assertEquals(a.pages(), view.pages());
      assertEquals(a.quotes(), view.quotes());
    }
  }

  @Test
  void withoutAQueryParagraphsAreEscapedAndUnmarked() {
    ArticleView view = searcher.article(articles.get(0).id(), "");
    for (int i = 0; i < view.paragraphs().size(); i++) {
      assertEquals(
          Highlights.escape(view.paragraphs().get(i)), view.highlightedParagraphs().get(i));
    }
  }

  @Test
  void aQuotedQueryIsMarkedInTheParagraphThatHoldsIt() {
    SearchResult found = searcher.search(SearchRequest.of("“让百姓少跑腿、数据多跑路”"));
    ArticleView view = searcher.article(found.hits().get(0).id(), "“让百姓少跑腿、数据多跑路”");
    String marked =
        view.highlightedParagraphs().stream()
            .filter(p -> p.contains("<mark>"))
            .findFirst()
            .orElseThrow();
    assertTrue(marked.contains("<mark>让百姓少跑腿、数据多跑路</mark>"), marked);
  }

  @Test
  void relatedArticlesAreOthersOfTheArchive() {
    ArticleView view = searcher.article(articles.get(0).id(), null);
    assertTrue(!view.related().isEmpty());
    assertTrue(view.related().stream().noneMatch(r -> r.id().equals(view.id())));
  }

  @Test
  void anUnknownIdIsNotFound() {
    ArticleNotFoundException e =
        assertThrows(
            ArticleNotFoundException.class, () -> searcher.article("no-such-article", null));
    assertEquals("没有这篇文章 / no article with id no-such-article", e.getMessage());
    assertEquals("not_found", e.code());
  }

  @Test
  void statsCountTheArticlesAndTellWhenTheIndexWasBuilt() {
    ArchiveStats stats = searcher.stats();
    assertEquals(articles.size(), stats.articles());
    assertTrue(stats.indexSizeBytes() > 0);
    assertTrue(stats.builtAt() != null);
  }

  @Test
  void aClosedSearcherReportsTheIndexUnavailable() throws IOException {
    Searcher other = Searcher.open(index.root());
    other.close();
    IndexUnavailableException e =
        assertThrows(IndexUnavailableException.class, () -> other.search(SearchRequest.of("5G")));
    assertEquals("index_unavailable", e.code());
    assertEquals("搜索服务已关闭 / the searcher is closed", e.getMessage());
  }

  @Test
  void aFolderWithoutAnIndexIsUnavailable(@TempDir Path empty) {
    IndexUnavailableException e =
        assertThrows(IndexUnavailableException.class, () -> Searcher.open(empty));
    assertEquals(
        "还没有索引，请先运行 index / no index yet at " + empty + "; run index first", e.getMessage());
  }
}
