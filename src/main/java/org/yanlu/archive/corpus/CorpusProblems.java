package org.yanlu.archive.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems met while reading a corpus, so that reading goes on past them. */
public final class CorpusProblems {
  private final List<CorpusProblem> problems = new ArrayList<>();

  public void report(Path file, int line, String message) {
    problems.add(new CorpusProblem(file, line, message));
  }

  public void report(CorpusProblem problem) {
    problems.add(problem);
  }

  public List<CorpusProblem> all() {
    return List.copyOf(problems);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }
}
