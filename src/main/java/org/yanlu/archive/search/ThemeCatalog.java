package org.yanlu.archive.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.ThemeQueries;

/**
 * The themes of the archive, read from a JSON file ({@code themes.json} at the root of a checkout,
 * packed into the jar as the fallback) of the form {@code {"themes": [{"name", "query",
 * "description"}]}}. Every query is parsed when the catalog is made, so that a bad one is reported
 * with its theme's name before anything is built.
 */
public final class ThemeCatalog {
  /** Where the themes file of a checkout is. */
  public static final Path DEFAULT_FILE = Path.of("themes.json");

  private static final String RESOURCE = "/themes.json";
  private static final ObjectMapper JSON = new ObjectMapper();

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
    try (InputStream in = Files.newInputStream(file)) {
      return new ThemeCatalog(read(in, file.toString()));
    } catch (IOException e) {
      throw new BadThemeException(
          "主题文件无法读取 / the themes file " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The default themes packed into the jar. */
  public static ThemeCatalog packed() {
    try (InputStream in = ThemeCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new BadThemeException("jar 中没有默认主题 / no default themes packed in the jar");
      }
      return new ThemeCatalog(read(in, RESOURCE));
    } catch (IOException e) {
      throw new BadThemeException("默认主题无法读取 / the default themes cannot be read", e);
    }
  }

  /**
   * When a themes file last changed, 0 for the packed defaults: a newer file makes the index stale.
   */
  public static long lastModified(Path file) throws IOException {
    return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : 0;
  }

  private static List<Theme> read(InputStream in, String where) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (IOException e) {
      throw new BadThemeException(
          "主题文件不是有效的 JSON / " + where + " is not valid JSON: " + e.getMessage(), e);
    }
    JsonNode list = root == null ? null : root.get("themes");
    if (list == null || !list.isArray()) {
      throw new BadThemeException("主题文件需要 themes 列表 / " + where + " needs a \"themes\" list");
    }
    List<Theme> themes = new ArrayList<>();
    for (JsonNode node : list) {
      themes.add(new Theme(text(node, "name"), text(node, "query"), text(node, "description")));
    }
    return themes;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  public List<Theme> themes() {
    return themes;
  }

  /** The parsed queries, for the indexer to tag articles with. */
  public ThemeQueries queries() {
    return queries;
  }
}
