package org.yanlu.archive.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.yanlu.archive.corpus.magazine.LayoutConventions;

/**
 * The sidecar beside a magazine dump, {@code NAME.meta.json}: publication, issue date (yyyy-MM) and
 * language, which the dump itself does not state reliably, and the publication's layout conventions
 * where they differ from the defaults (its {@code "layout"} object).
 */
public record IssueMetadata(
    String publication, YearMonth issueDate, String language, LayoutConventions layout) {

  /** An issue that follows the default layout conventions. */
  public IssueMetadata(String publication, YearMonth issueDate, String language) {
    this(publication, issueDate, language, LayoutConventions.DEFAULTS);
  }

  /** The sidecar of {@code issue.txt} is {@code issue.meta.json}. */
  public static final String SIDECAR_SUFFIX = ".meta.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The sidecar's path for a source file: its name without extension plus the suffix. */
  public static Path sidecarOf(Path source) {
    String name = source.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return source.resolveSibling(stem + SIDECAR_SUFFIX);
  }

  /**
   * Reads the sidecar of a source file.
   *
   * @throws CorpusFileException when it is missing or malformed, naming the sidecar
   */
  public static IssueMetadata of(Path source) throws CorpusFileException {
    Path sidecar = sidecarOf(source);
    if (!Files.isRegularFile(sidecar)) {
      throw new CorpusFileException(
          source, "no metadata sidecar " + sidecar.getFileName() + " (publication, issueDate)");
    }
    try {
      JsonNode node = JSON.readTree(Files.readString(sidecar));
      String publication = node.path("publication").asText("");
      String issue = node.path("issueDate").asText("");
      if (publication.isBlank() || issue.isBlank()) {
        throw new CorpusFileException(sidecar, "needs \"publication\" and \"issueDate\" (yyyy-MM)");
      }
      return new IssueMetadata(
          publication,
          YearMonth.parse(issue),
          node.path("language").asText("zh"),
          layout(node, sidecar));
    } catch (DateTimeParseException e) {
      throw new CorpusFileException(sidecar, "issueDate is not yyyy-MM: " + e.getParsedString());
    } catch (IOException e) {
      throw new CorpusFileException(sidecar, "not valid JSON: " + e.getMessage());
    }
  }

  /** The default conventions with those the sidecar's {@code "layout"} object names instead. */
  private static LayoutConventions layout(JsonNode node, Path sidecar) throws CorpusFileException {
    if (!node.has("layout")) {
      return LayoutConventions.DEFAULTS;
    }
    try {
      return LayoutConventions.DEFAULTS.overriddenBy(node.get("layout"));
    } catch (IllegalArgumentException e) {
      throw new CorpusFileException(sidecar, "layout: " + e.getMessage());
    }
  }
}
