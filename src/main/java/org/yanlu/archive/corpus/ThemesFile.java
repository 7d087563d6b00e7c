package org.yanlu.archive.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A themes file, {@code {"themes": [{"name", "query", "description"}]}}, read into its definitions
 * as written; what a query means is the search layer's to decide ({@code search/ThemeCatalog}). A
 * file that is not such a list is reported with its name and the line of the bad theme.
 */
public final class ThemesFile {
  /** The themes packed into the jar, for a checkout without {@code themes.json}. */
  private static final String PACKED = "/themes.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ThemesFile() {}

  /**
   * One theme as the file defines it.
   *
   * @param line the line of the file where the theme starts, for messages about it
   */
  public record Definition(String name, String query, String description, int line) {}

  /**
   * The themes of a file, in its order.
   *
   * @throws CorpusFileException when the file is missing, not JSON, not a list of themes, or a
   *     theme has no name or no query: the message names the file and the line
   */
  public static List<Definition> read(Path file) throws CorpusFileException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file);
    } catch (NoSuchFileException e) {
      throw new CorpusFileException(file, "no such themes file");
    } catch (IOException e) {
      throw new CorpusFileException(file, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * The default themes packed into the jar.
   *
   * @throws IllegalStateException when the jar holds none or holds a bad file: a broken build
   */
  public static List<Definition> packed() {
    Path where = Path.of("jar:" + PACKED);
    try (InputStream in = ThemesFile.class.getResourceAsStream(PACKED)) {
      if (in == null) {
        throw new IllegalStateException("no default themes packed in the jar at " + PACKED);
      }
      return read(in, where);
    } catch (IOException | CorpusFileException e) {
      throw new IllegalStateException("the packed default themes cannot be read: " + e, e);
    }
  }

  private static List<Definition> read(InputStream in, Path file)
      throws IOException, CorpusFileException {
    try (JsonParser parser = JSON.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new CorpusFileException(file, line(parser), "needs a {\"themes\": [...]} object");
      }
      List<Definition> themes = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!field.equals("themes")) {
          parser.skipChildren();
        } else if (value != JsonToken.START_ARRAY) {
          throw new CorpusFileException(file, line(parser), "\"themes\" must be a list");
        } else {
          themes = definitions(parser, file);
        }
      }
      if (themes == null) {
        throw new CorpusFileException(file, "needs a \"themes\" list");
      }
      return themes;
    } catch (JsonProcessingException e) {
      throw CorpusFileException.notJson(file, e);
    }
  }

  private static List<Definition> definitions(JsonParser parser, Path file)
      throws IOException, CorpusFileException {
    List<Definition> themes = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      int line = line(parser);
      JsonNode node = parser.readValueAsTree();
      int number = themes.size() + 1;
      if (node == null || !node.isObject()) {
        throw new CorpusFileException(file, line, "theme " + number + " is not an object");
      }
      String name = text(node, "name");
      if (name.isBlank()) {
        throw new CorpusFileException(file, line, "theme " + number + " has no \"name\"");
      }
      String query = text(node, "query");
      if (query.isBlank()) {
        throw new CorpusFileException(file, line, "theme " + name + " has no \"query\"");
      }
      themes.add(new Definition(name, query, text(node, "description"), line));
    }
    return themes;
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText().strip();
  }
}
