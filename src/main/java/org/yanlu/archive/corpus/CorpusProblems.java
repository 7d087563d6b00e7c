package org.yanlu.archive.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects what reading a corpus met, so that reading goes on past it: problems (a record or part
 * of one that could not be read as it was), the records skipped, counted by reason, and warnings
 * (something kept but changed, such as an untitled article titled by its opening words).
 */
public final class CorpusProblems {
  private final List<CorpusProblem> problems = new ArrayList<>();
  private final List<CorpusProblem> warnings = new ArrayList<>();
  private final Map<String, Integer> skipped = new TreeMap<>();

  public void report(Path file, int line, String message) {
    problems.add(new CorpusProblem(file, line, message));
  }

  public void report(CorpusProblem problem) {
    problems.add(problem);
  }

  /**
   * Reports a record (a line, a page, a whole file) that nothing could be kept of.
   *
   * @param reason a short reason the index summary counts skipped records by, such as {@code no
   *     body}
   */
  public void skip(Path file, int line, String reason, String message) {
    report(file, line, message);
    skipped.merge(reason, 1, Integer::sum);
  }

  /** Reports something kept but changed: a warning, not a problem. */
  public void warn(Path file, int line, String message) {
    warnings.add(new CorpusProblem(file, line, message));
  }

  public List<CorpusProblem> all() {
    return List.copyOf(problems);
  }

  public List<CorpusProblem> warnings() {
    return List.copyOf(warnings);
  }

  /** How many records were skipped for each reason, reasons in order. */
  public Map<String, Integer> skipped() {
    return Collections.unmodifiableMap(new TreeMap<>(skipped));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The short reason of a problem's message: its words before the first colon or bracket. */
  static String reasonOf(String message) {
    int end = message.length();
    for (char c : new char[] {':', '(', ';'}) {
      int at = message.indexOf(c);
      if (at > 0) {
        end = Math.min(end, at);
      }
    }
    return message.substring(0, end).strip();
  }
}
