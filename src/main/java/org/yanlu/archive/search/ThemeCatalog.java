package org.yanlu.archive.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.yanlu.archive.corpus.CorpusFileException;
import org.yanlu.archive.corpus.ThemesFile;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.ThemeQueries;

/**
 * The themes of the archive, as {@link ThemesFile} reads them from a JSON file ({@code themes.json}
 * at the root of a checkout, packed into the jar as the fallback). Every query is parsed when the
 * catalog is made, so that a bad one is reported with its theme's name before anything is built.
 */
public final class ThemeCatalog {
  /** Where the themes file of a checkout is. */
  public static final Path DEFAULT_FILE = Path.of("themes.json");

  private final List<Theme> themes;
  private final ThemeQueries queries;

  private ThemeCatalog(List<Theme> themes) {
    this.themes = List.copyOf(themes);
    ArticleFields fields = new ArticleFields();
    Map<String, Query> parsed = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    for (Theme t : themes) {
      if (!names.add(t.name())) {
        throw new BadThemeException("主题重名：" + t.name() + " / two themes are named " + t.name());
      }
      try {
        parsed.put(t.name(), new ArchiveQueryParser(fields).parseText(t.query()).match());
      } catch (BadQueryException e) {
        throw new BadThemeException(
            "主题「" + t.name() + "」的查询有误 / theme " + t.name() + " has a bad query: " + e.getMessage(),
            e);
      }
    }
    this.queries = new ThemeQueries(parsed);
  }

  /** A catalog of these themes, their queries checked. */
  public static ThemeCatalog of(List<Theme> themes) {
    return new ThemeCatalog(themes);
  }

  /**
   * The themes of a file, or the packed defaults when {@code file} is {@link #DEFAULT_FILE} and
   * does not exist.
   *
   * @throws BadThemeException when the file cannot be read or a theme is bad
   */
  public static ThemeCatalog load(Path file) {
    if (!Files.exists(file)) {
      if (file.equals(DEFAULT_FILE)) {
        return packed();
      }
      throw new BadThemeException("主题文件不存在 / no themes file at " + file);
    }
    List<Theme> themes;
    try {
      themes = themes(ThemesFile.read(file));
    } catch (CorpusFileException e) {
      throw new BadThemeException("主题文件有误 / bad themes file: " + e.getMessage(), e);
    }
    try {
      return new ThemeCatalog(themes);
    } catch (BadThemeException e) {
      // A bad query or a repeated name: the message names the theme, and this the file.
      throw new BadThemeException(file + ": " + e.getMessage(), e);
    }
  }

  /** The default themes packed into the jar. */
  public static ThemeCatalog packed() {
    return new ThemeCatalog(themes(ThemesFile.packed()));
  }

  /**
   * When a themes file last changed, 0 for the packed defaults: a newer file makes the index stale.
   */
  public static long lastModified(Path file) throws IOException {
    return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : 0;
  }

  private static List<Theme> themes(List<ThemesFile.Definition> definitions) {
    return definitions.stream().map(d -> new Theme(d.name(), d.query(), d.description())).toList();
  }

  public List<Theme> themes() {
    return themes;
  }

  /** The parsed queries, for the indexer to tag articles with. */
  public ThemeQueries queries() {
    return queries;
  }
}
