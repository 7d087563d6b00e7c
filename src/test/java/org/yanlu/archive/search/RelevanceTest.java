package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yanlu.archive.article.Article;

/**
 * The article a reader would pick first is in the top three. Articles are named by a phrase only
 * they hold, so that the test does not depend on ids or on where the parser cuts.
 */
class RelevanceTest {
  @RegisterExtension
  static final CorpusIndexExtension index = new CorpusIndexExtension(CorpusIndex::build);

  private final Searcher searcher = index.searcher();

  private static Map<String, Article> articles;

  @BeforeAll
  static void readCorpus() throws IOException {
    articles = CorpusIndex.articles().stream().collect(Collectors.toMap(Article::id, a -> a));
  }

  @ParameterizedTest(name = "{0} → the article holding {1}")
  @CsvSource({
    "5G 基站, 5G基站价格高、数量多、能耗高",
    "数字中国, 从“数字福建”到“数字中国”",
    "人工智能 泡沫, 人工智能行业曾经有泡沫",
    "扶贫, 第七个国家扶贫日",
    "人工智能, 河南人工智能产业发展呈现良好态势",
    "朱啸虎, 朱啸虎并不否认",
    "刘烈宏, 刘烈宏从以下四方面介绍了",
    "5G 基站, 已建成开通5G的基站超过了60万座",
    "习近平, 习近平：从“数字福建”",
    "數字中國, 从“数字福建”到“数字中国”",
  })
  void theArticleAReaderWantsIsInTheTopThree(String query, String phrase) {
    List<Hit> top = searcher.search(SearchRequest.builder(query).size(3).build()).hits();
    String needle = CorpusIndex.compact(phrase);
    assertTrue(
        top.stream().anyMatch(h -> holds(articles.get(h.id()), needle)),
        query + " → " + top.stream().map(Hit::title).toList());
  }

  @ParameterizedTest(name = "outlet {0}")
  @CsvSource({"人民日报", "C114通信网", "人民邮电报"})
  void anOutletNameFindsThatOutletsArticlesFirst(String outlet) {
    List<Hit> top = searcher.search(SearchRequest.builder(outlet).size(3).build()).hits();
    assertTrue(!top.isEmpty() && top.get(0).source().equals(outlet), outlet + " → " + top);
  }

  private static boolean holds(Article a, String needle) {
    return CorpusIndex.units(a).stream().anyMatch(u -> CorpusIndex.compact(u).contains(needle))
        || CorpusIndex.compact(String.join("", CorpusIndex.units(a))).contains(needle);
  }
}
