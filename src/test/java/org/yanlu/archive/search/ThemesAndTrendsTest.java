package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.article.DatePrecision;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IncrementalIndexer;
import org.yanlu.archive.index.IndexChanges;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.Indexer;

class ThemesAndTrendsTest {
  @RegisterExtension
  static final CorpusIndexExtension index =
      new CorpusIndexExtension(
          root -> CorpusIndex.buildWithThemes(root, ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE)));

  private final Searcher searcher = index.searcher();

  private final Trends trends = new Trends(searcher, ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE));

  private List<String> titlesWithTheme(String theme) {
    SearchRequest request =
        SearchRequest.builder("").themes(List.of(theme)).sort(Sort.DATE_ASC).size(100).build();
    return searcher.search(request).hits().stream().map(Hit::title).toList();
  }

  @Test
  void theDefaultFileHasTheTenThemesWithDescriptions() {
    List<Theme> themes = ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE).themes();
    assertEquals(
        List.of("5G", "数字中国", "人工智能", "工业互联网", "大数据与云计算", "网络安全", "脱贫攻坚", "智慧城市", "新基建", "数字经济"),
        themes.stream().map(Theme::name).toList());
    assertTrue(themes.stream().noneMatch(t -> t.description().isBlank()));
  }

  @Test
  void fiveGBaseStationStoriesCarryTheFiveGTheme() {
    List<String> titles = titlesWithTheme("5G");
    assertTrue(titles.contains("工信部副部长刘烈宏：已建成5G基站超60万座5G终端连接数超1.5亿"), titles::toString);
    assertTrue(titles.stream().anyMatch(t -> t.contains("加快推动5G网络建设")), titles::toString);
    assertFalse(titles.contains("河南人工智能产业发展呈现良好态势"), titles::toString);
  }

  @Test
  void thePovertyAlleviationStoryCarriesItsTheme() {
    assertTrue(titlesWithTheme("脱贫攻坚").contains("中国电信：发挥网络优势 帮扶百县千村"));
  }

  @Test
  void anArticleAddedInPlaceIsTaggedToo(@TempDir Path incremental) throws IOException {
    ThemeCatalog themes = trends.catalog();
    List<Article> all = CorpusIndex.articles();
    Article story =
        all.stream().filter(a -> a.title().contains("帮扶百县千村")).findFirst().orElseThrow();
    List<Article> others = all.stream().filter(a -> a != story).toList();
    new Indexer(new ArticleFields(), 2)
        .rebuild(incremental, others, 0L, IndexProgress.NONE, themes.queries());
    new IncrementalIndexer(new ArticleFields(), themes.queries())
        .apply(incremental, IndexChanges.adding(List.of(story)), Optional.empty());
    try (Searcher reopened = Searcher.open(incremental)) {
      List<String> titles =
          reopened.search(byTheme("脱贫攻坚").toBuilder().page(1).size(100).build()).hits().stream()
              .map(Hit::title)
              .toList();
      assertTrue(titles.contains(story.title()), titles::toString);
    }
  }

  @Test
  void aTaggedArticleViewListsItsThemes() {
    SearchRequest request = SearchRequest.builder("帮扶百县千村").size(1).build();
    String id = searcher.search(request).hits().get(0).id();
    assertTrue(searcher.article(id, "").themes().contains("脱贫攻坚"));
  }

  @Test
  void themeTagsAreExactlyWhatTheThemeQueryFinds() {
    for (Theme theme : trends.catalog().themes()) {
      long tagged = searcher.search(byTheme(theme.name())).total();
      long found = searcher.search(SearchRequest.builder(theme.query()).size(1).build()).total();
      assertEquals(found, tagged, theme.name());
    }
  }

  private static SearchRequest byTheme(String name) {
    return SearchRequest.builder("").themes(List.of(name)).size(1).build();
  }

  @Test
  void taggingLeavesEverySearchAsWithoutThemes(@TempDir Path plainRoot) throws IOException {
    try (Searcher plain = CorpusIndex.build(plainRoot)) {
      for (String q : List.of("5G", "\"数字中国\"", "扶贫 OR 脱贫", "人工智能 -华为", "基站 建设", "院士", "网")) {
        SearchRequest request = SearchRequest.builder(q).size(100).build();
        SearchResult tagged = searcher.search(request);
        SearchResult untagged = plain.search(request);
        assertEquals(untagged.total(), tagged.total(), q);
        // Ties may fall in another order: the indexing threads add documents in any order.
        assertEquals(snippetsById(untagged), snippetsById(tagged), q);
      }
    }
  }

  private static Map<String, String> snippetsById(SearchResult result) {
    return result.hits().stream().collect(Collectors.toMap(Hit::id, Hit::snippet));
  }

  @Test
  void monthlyTrendCountsEqualSearchTotalsForTheSameMonth() {
    List<String> queries = List.of("5G", "人工智能 OR AI", "扶贫");
    TrendTable table = trends.trends(TrendRequest.of(queries, "month", null, null));
    for (Trend trend : table.trends()) {
      for (TrendPoint p : trend.points()) {
        SearchRequest sameMonth =
            SearchRequest.builder(trend.query()).months(List.of(p.period())).size(1).build();
        assertEquals(searcher.search(sameMonth).total(), p.count(), trend.query() + " " + p);
      }
    }
  }

  @Test
  void yearlyAndWeeklyCountsEqualSearchTotalsOverTheirDays() {
    for (String interval : List.of("week", "year")) {
      TrendTable table = trends.trends(TrendRequest.of(List.of("5G"), interval, null, null));
      for (TrendPoint p : table.trends().get(0).points()) {
        SearchRequest sameDays =
            SearchRequest.builder("5G")
                .from(p.start().toString())
                .to(p.end().toString())
                .size(1)
                .build();
        assertEquals(searcher.search(sameDays).total(), p.count(), interval + " " + p);
      }
    }
  }

  @Test
  void everyPeriodOfTheRangeIsPresentEmptyOnesAsZero() {
    TrendTable table = trends.trends(TrendRequest.of(List.of("5G"), "month", "2020-01", "2020-12"));
    List<TrendPoint> points = table.trends().get(0).points();
    assertEquals(12, points.size());
    assertEquals("2020-01", points.get(0).period());
    assertEquals("2020-12", points.get(11).period());
    Map<String, Long> counts =
        points.stream().collect(Collectors.toMap(TrendPoint::period, TrendPoint::count));
    assertEquals(0, counts.get("2020-08"));
    assertEquals(0, counts.get("2020-01"));
    assertTrue(counts.get("2020-10") > 0);
    assertEquals(0.0, points.get(0).share());
  }

  @Test
  void sharesAreCountsOverAllArticlesOfThePeriod() {
    TrendTable table = trends.trends(TrendRequest.of(List.of("5G"), "year", null, null));
    TrendPoint year = table.trends().get(0).points().get(0);
    long all =
        searcher.search(SearchRequest.builder("").from("2020").to("2020").size(1).build()).total();
    assertEquals(all, year.total());
    assertEquals((double) year.count() / all, year.share(), 1e-9);
    assertEquals(LocalDate.of(2020, 1, 1), year.start());
  }

  @Test
  void themeSummariesCountEveryMonthOfTheArchive() {
    List<ThemeSummary> themes = trends.themes();
    assertEquals(10, themes.size());
    ThemeSummary fiveG = themes.get(0);
    assertEquals(searcher.search(byTheme("5G")).total(), fiveG.count());
    assertEquals(
        List.of("2020-07", "2020-08", "2020-09", "2020-10", "2020-11"),
        fiveG.months().stream().map(TrendPoint::period).toList());
    assertEquals(fiveG.count(), fiveG.months().stream().mapToLong(TrendPoint::count).sum());
    assertFalse(fiveG.sources().isEmpty());
    assertEquals("month", fiveG.interval());
  }

  @Test
  void anArchiveSpanningCenturiesSummarisesThemesByYear(@TempDir Path root) throws IOException {
    ThemeCatalog themes = trends.catalog();
    List<Article> all = new ArrayList<>(CorpusIndex.articles());
    // A Tang poem beside the magazine's 2020 news: 1,121 years, 13,440 months.
    all.add(
        Article.read(
            "tang-poem",
            "静夜思",
            "",
            "李白",
            new ArticleDate(LocalDate.of(900, 1, 1), DatePrecision.YEAR),
            "test",
            "",
            List.of(),
            List.of("床前明月光，疑是地上霜。举头望明月，低头思故乡。"),
            List.of(),
            ""));
    new Indexer(new ArticleFields(), 2)
        .rebuild(root, all, 0L, IndexProgress.NONE, themes.queries());
    try (Searcher wide = Searcher.open(root)) {
      List<ThemeSummary> summaries = new Trends(wide, themes).themes();
      ThemeSummary fiveG = summaries.get(0);
      assertEquals("year", fiveG.interval());
      assertEquals("900", fiveG.months().get(0).period());
      assertEquals("2020", fiveG.months().get(fiveG.months().size() - 1).period());
      assertEquals(2020 - 900 + 1, fiveG.months().size());
      assertEquals(wide.search(byTheme("5G")).total(), fiveG.count());
      assertEquals(fiveG.count(), fiveG.months().get(fiveG.months().size() - 1).count());
    }
  }

  @Test
  void aBadThemeQueryIsReportedWithTheThemeName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("themes.json");
    Files.writeString(
        file,
        "{\"themes\": [{\"name\": \"5G\", \"query\": \"5G\"},"
            + " {\"name\": \"坏主题\", \"query\": \"\\\"未闭合\"}]}",
        StandardCharsets.UTF_8);
    BadThemeException e = assertThrows(BadThemeException.class, () -> ThemeCatalog.load(file));
    assertTrue(
        e.getMessage().startsWith(file + ": 主题「坏主题」的查询有误 / theme 坏主题 has a bad query: "),
        e.getMessage());
  }

  @Test
  void aThemeWithoutQueryIsReportedWithItsFileLineAndName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("themes.json");
    Files.writeString(file, "{\"themes\": [{\"name\": \"空\"}]}", StandardCharsets.UTF_8);
    BadThemeException e = assertThrows(BadThemeException.class, () -> ThemeCatalog.load(file));
    assertEquals(
        "主题文件有误 / bad themes file: " + file + ":1: theme 空 has no \"query\"", e.getMessage());
  }

  @Test
  void zeroOrSixQueriesAndUnknownIntervalsAreRefused() {
    assertEquals(
        "趋势需要 1 到 5 个查询 / a trend needs 1 to 5 queries (q), not 0",
        assertThrows(BadQueryException.class, () -> TrendRequest.of(List.of(), "month", null, null))
            .getMessage());
    assertTrue(
        assertThrows(
                BadQueryException.class,
                () -> TrendRequest.of(List.of("a", "b", "c", "d", "e", "f"), "month", null, null))
            .getMessage()
            .endsWith("not 6"));
    assertTrue(
        assertThrows(
                BadQueryException.class, () -> TrendRequest.of(List.of("5G"), "day", null, null))
            .getMessage()
            .endsWith("interval must be month, week or year, not day"));
    assertTrue(
        assertThrows(
                BadQueryException.class,
                () -> TrendRequest.of(List.of("5G"), "month", "2020-13", null))
            .getMessage()
            .endsWith("not 2020-13"));
  }
}
