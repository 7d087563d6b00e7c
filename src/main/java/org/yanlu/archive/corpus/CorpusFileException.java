package org.yanlu.archive.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;

/**
 * A source file that cannot be read at all — of the corpus, or a data file given with it (themes, a
 * batch of queries, expected counts); the message names the file, the line where one applies, and
 * why.
 */
public final class CorpusFileException extends Exception {
  private final transient Path file;
  private final int line;

  public CorpusFileException(Path file, int line, String reason) {
    super((line == CorpusProblem.NO_LINE ? file.toString() : file + ":" + line) + ": " + reason);
    this.file = file;
    this.line = line;
  }

  public CorpusFileException(Path file, String reason) {
    this(file, CorpusProblem.NO_LINE, reason);
  }

  public CorpusProblem problem() {
    return new CorpusProblem(file, line, getMessage().substring(getMessage().indexOf(": ") + 2));
  }

  /** A JSON file that does not parse, at the line where Jackson stopped. */
  static CorpusFileException notJson(Path file, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return new CorpusFileException(
        file,
        at == null ? CorpusProblem.NO_LINE : at.getLineNr(),
        "not valid JSON: " + e.getOriginalMessage());
  }
}
