package org.yanlu.archive.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A part of the corpus that could not be read: the file, the line (or {@link #NO_LINE}) and why.
 */
public record CorpusProblem(Path file, int line, String message) {

  /** The line of a problem that concerns the file as a whole. */
  public static final int NO_LINE = 0;

  public CorpusProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    String where = line == NO_LINE ? file.toString() : file + ":" + line;
    return where + ": " + message;
  }
}
