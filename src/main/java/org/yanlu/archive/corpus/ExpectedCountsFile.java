package org.yanlu.archive.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The corpus's expected counts as a file commits them ({@code expected-counts.json}): totals by
 * name ({@code "quotes": 86}) and, for a facet, an object of the articles per value ({@code
 * "source": {"人民日报": 1}}), which this class flattens to {@code source/人民日报}; an {@code "about"}
 * text says how to update the file and is not a count.
 */
public final class ExpectedCountsFile {
  /** Between a facet and its value in a flattened name: {@code month/2020-10}. */
  public static final String FACET = "/";

  private static final String ABOUT = "about";

  /**
   * What the committed file says of itself, written with the counts so that the file explains how
   * to update it.
   */
  private static final String ABOUT_TEXT =
      "What `articles` reads from the corpus, counted; checked by `articles --check"
          + " expected-counts.json` and ExpectedCountsTest. After a deliberate change, rewrite it"
          + " with `articles --write-counts expected-counts.json` and say in the commit which"
          + " counts moved and why.";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counts as data files hold them: one per line, {@code "name": value}. */
  private static final DefaultPrettyPrinter ONE_COUNT_A_LINE =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

  private ExpectedCountsFile() {}

  /**
   * The counts of a file by flattened name, in the file's order.
   *
   * @throws CorpusFileException when the file is missing, not JSON, or holds something other than
   *     counts; the message names the file and the line
   */
  public static Map<String, Long> read(Path file) throws CorpusFileException {
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = JSON.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new CorpusFileException(file, line(parser), "not a JSON object of counts");
      }
      Map<String, Long> counts = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals(ABOUT)) {
          parser.skipChildren();
        } else if (value == JsonToken.START_OBJECT) {
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String facetValue = parser.currentName();
            parser.nextToken();
            counts.put(name + FACET + facetValue, count(parser, file, facetValue));
          }
        } else {
          counts.put(name, count(parser, file, name));
        }
      }
      return counts;
    } catch (NoSuchFileException e) {
      throw new CorpusFileException(file, "no such file");
    } catch (JsonProcessingException e) {
      throw CorpusFileException.notJson(file, e);
    } catch (IOException e) {
      throw new CorpusFileException(file, "cannot be read: " + e.getMessage());
    }
  }

  /**
   * The file's text for counts by flattened name: the {@code "about"} text, then each count in the
   * order given, a facet's values gathered in one object where its first value stands.
   */
  public static String toJson(Map<String, Long> ordered) {
    ObjectNode root = JSON.createObjectNode();
    root.put(ABOUT, ABOUT_TEXT);
    for (Map.Entry<String, Long> e : ordered.entrySet()) {
      int slash = e.getKey().indexOf(FACET);
      if (slash < 0) {
        root.put(e.getKey(), e.getValue());
      } else {
        ObjectNode facet = (ObjectNode) root.get(e.getKey().substring(0, slash));
        if (facet == null) {
          facet = root.putObject(e.getKey().substring(0, slash));
        }
        facet.put(e.getKey().substring(slash + 1), e.getValue());
      }
    }
    try {
      return JSON.writer(ONE_COUNT_A_LINE).writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException("counts always serialise", e);
    }
  }

  private static long count(JsonParser parser, Path file, String name)
      throws IOException, CorpusFileException {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getLongValue() < 0) {
      int line = line(parser);
      String value = parser.currentToken().isStructStart() ? "a list or object" : parser.getText();
      throw new CorpusFileException(file, line, name + " is not a count: " + value);
    }
    return parser.getLongValue();
  }

  private static int line(JsonParser parser) {
    return parser.currentTokenLocation().getLineNr();
  }
}
