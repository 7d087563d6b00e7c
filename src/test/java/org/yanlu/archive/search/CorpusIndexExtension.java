package org.yanlu.archive.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension that builds one index for a test class, in a temporary folder before its first
 * test, and closes its searcher and removes the folder after its last:
 *
 * <pre>{@code
 * @RegisterExtension static final CorpusIndexExtension index = new CorpusIndexExtension(CorpusIndex::build);
 * private final Searcher searcher = index.searcher();
 * }</pre>
 */
final class CorpusIndexExtension implements BeforeAllCallback, AfterAllCallback {
  /** Builds an index under a folder and opens a searcher on it, as {@link CorpusIndex} does. */
  @FunctionalInterface
  interface Build {
    Searcher into(Path root) throws IOException;
  }

  private final Build build;
  private Path root;
  private Searcher searcher;

  CorpusIndexExtension(Build build) {
    this.build = build;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    root = Files.createTempDirectory("index-" + context.getRequiredTestClass().getSimpleName());
    searcher = build.into(root);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (searcher != null) {
        searcher.close();
      }
    } finally {
      searcher = null;
      if (root != null) {
        try (Stream<Path> paths = Files.walk(root)) {
          for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
    }
  }

  /** The folder of the class's index. */
  Path root() {
    return root;
  }

  /** The searcher over the class's index. */
  Searcher searcher() {
    if (searcher == null) {
      throw new IllegalStateException("no index: register the extension on a static field");
    }
    return searcher;
  }
}
