package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.enrich.EnrichedCorpus;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.Indexer;

/**
 * The tagger looks only at the tokens theme queries name; whatever the query's shape (words, quotes
 * of one character or more, exclusions, OR, prefixes), an article must carry a theme exactly when
 * the theme's query finds it in a search.
 */
class ThemeTaggingTest {
  @Test
  void everyKindOfThemeQueryTagsExactlyWhatItFinds(@TempDir Path root) throws IOException {
    List<Article> articles = EnrichedCorpus.read(CorpusIndex.CORPUS);
    List<Theme> themes = themesCutFrom(articles, new Random(11));
    ThemeCatalog catalog = ThemeCatalog.of(themes);
    new Indexer(new ArticleFields(), 2)
        .rebuild(
            root,
            articles,
            Corpus.lastModified(CorpusIndex.CORPUS),
            IndexProgress.NONE,
            catalog.queries());
    int tagging = 0;
    try (Searcher searcher = Searcher.open(root)) {
      for (Theme theme : themes) {
        Set<String> tagged = ids(searcher, request("", List.of(theme.name())));
        Set<String> found = ids(searcher, request(theme.query(), List.of()));
        assertEquals(found, tagged, theme.name() + ": " + theme.query());
        tagging += tagged.isEmpty() ? 0 : 1;
      }
    }
    // Most themes are cut from the text, so that equality is not merely two empty sets.
    assertTrue(tagging > themes.size() / 2, tagging + " of " + themes.size());
  }

  /** Themes of every query shape, their words and quotes cut from the articles' own text. */
  private static List<Theme> themesCutFrom(List<Article> articles, Random random) {
    List<Theme> themes = new ArrayList<>();
    for (int i = 0; themes.size() < 48; i++) {
      Article a = articles.get(random.nextInt(articles.size()));
      Article b = articles.get(random.nextInt(articles.size()));
      String piece = cut(a, random, 1 + random.nextInt(6));
      String other = cut(b, random, 2 + random.nextInt(3));
      String query =
          switch (i % 8) {
            case 0 -> "\"" + piece + "\"";
            case 1 -> "“" + cut(a, random, 1) + "”";
            case 2 -> piece + " " + other;
            case 3 -> piece + " OR " + other;
            case 4 -> "\"" + piece + "\" -\"" + other + "\"";
            case 5 -> a.source().isBlank() ? piece : "source:" + a.source().replace(" ", "");
            case 6 -> a.speakers().isEmpty() ? other : "speaker:" + a.speakers().get(0);
            default -> "「" + cut(a, random, 3) + "」 OR " + cut(b, random, 1);
          };
      if (query.chars().anyMatch(c -> c == '\\' || c == ':' && !query.contains("source:"))) {
        continue;
      }
      themes.add(new Theme("t" + themes.size(), query, ""));
    }
    return themes;
  }

  /** A run of letters, digits or Chinese characters from a paragraph, never quote marks. */
  private static String cut(Article a, Random random, int length) {
    List<String> paragraphs = a.paragraphs();
    for (int attempt = 0; attempt < 100; attempt++) {
      String p = paragraphs.get(random.nextInt(paragraphs.size()));
      if (p.length() < length) {
        continue;
      }
      int start = random.nextInt(p.length() - length + 1);
      String piece = p.substring(start, start + length);
      if (piece.codePoints().allMatch(Character::isLetterOrDigit)) {
        return piece;
      }
    }
    return a.title().substring(0, Math.min(length, a.title().length()));
  }

  private static SearchRequest request(String query, List<String> themes) {
    return SearchRequest.builder(query).themes(themes).size(100).build();
  }

  private static Set<String> ids(Searcher searcher, SearchRequest request) {
    return searcher.search(request).hits().stream().map(Hit::id).collect(Collectors.toSet());
  }
}
