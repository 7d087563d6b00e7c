package org.yanlu.archive.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.yanlu.archive.article.Article;

/**
 * A JUnit extension that serves an archive to one test class: before its first test the index is
 * built in a temporary folder and a real server started on a free port; after its last test both
 * are gone. Register it on a static field and read the server from it:
 *
 * <pre>{@code
 * @RegisterExtension static final ArchiveServerExtension archive = ArchiveServerExtension.corpus();
 * private final ArchiveServer server = archive.server();
 * }</pre>
 */
public final class ArchiveServerExtension implements BeforeAllCallback, AfterAllCallback {
  /** How a test class's server comes to be, given its work folder and the index folder in it. */
  @FunctionalInterface
  public interface Start {
    ArchiveServer start(Path work, Path index) throws IOException;
  }

  /** Files a test writes into an empty corpus folder before it is indexed. */
  @FunctionalInterface
  public interface CorpusFiles {
    void writeInto(Path corpus) throws IOException;
  }

  /** Articles made as a test needs them. */
  @FunctionalInterface
  public interface Articles {
    List<Article> make() throws IOException;
  }

  private final Start start;
  private final boolean live;
  private Path work;
  private ArchiveServer server;

  private ArchiveServerExtension(Start start, boolean live) {
    this.start = start;
    this.live = live;
  }

  /** The committed corpus as the readers produce it. */
  public static ArchiveServerExtension corpus() {
    return new ArchiveServerExtension(
        (work, index) -> ArchiveServer.start(ArchiveServer.CORPUS, index), false);
  }

  /** The committed corpus enriched as the command line does it: speakers, quotes and names. */
  public static ArchiveServerExtension enrichedCorpus() {
    return new ArchiveServerExtension(
        (work, index) -> ArchiveServer.startEnriched(ArchiveServer.CORPUS, index), false);
  }

  /** A corpus folder of the test's own files, read as the committed one is. */
  public static ArchiveServerExtension corpusOf(CorpusFiles files) {
    return new ArchiveServerExtension(
        (work, index) -> {
          Path corpus = Files.createDirectories(work.resolve("corpus"));
          files.writeInto(corpus);
          return ArchiveServer.start(corpus, index);
        },
        false);
  }

  /** Like {@link #corpusOf}, enriched as the command line does it. */
  public static ArchiveServerExtension enrichedCorpusOf(CorpusFiles files) {
    return new ArchiveServerExtension(
        (work, index) -> {
          Path corpus = Files.createDirectories(work.resolve("corpus"));
          files.writeInto(corpus);
          return ArchiveServer.startEnriched(corpus, index);
        },
        false);
  }

  /** Articles made by the test, indexed as they are. */
  public static ArchiveServerExtension articles(Articles articles) {
    return new ArchiveServerExtension(
        (work, index) -> ArchiveServer.startWith(articles.make(), index), false);
  }

  /**
   * The same server kept on the newest commit of its index, as {@code serve} does, so that an
   * {@code index --add} into {@link #index()} shows within a second.
   */
  public ArchiveServerExtension live() {
    return new ArchiveServerExtension(start, true);
  }

  /** Copies every regular file of {@code folders} into {@code corpus}: corpora put together. */
  public static void copyFiles(Path corpus, String... folders) throws IOException {
    for (String folder : folders) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Files.copy(f, corpus.resolve(f.getFileName()));
        }
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    work = Files.createTempDirectory("archive-" + context.getRequiredTestClass().getSimpleName());
    server = start.start(work, index());
    if (live) {
      server.live();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      server = null;
      delete(work);
    }
  }

  /** The running server; after a {@link #restart()}, the new one. */
  public ArchiveServer server() {
    if (server == null) {
      throw new IllegalStateException("no server: register the extension on a static field");
    }
    return server;
  }

  /** The server's index folder, for commands run on it. */
  public Path index() {
    return work.resolve("index");
  }

  /** The test class's own temporary folder, which holds the index and goes with it. */
  public Path work() {
    return work;
  }

  /**
   * Stops the server and serves the same index again on the same port, kept on its newest commit.
   */
  public ArchiveServer restart() {
    int port = server.port();
    server.close();
    server = ArchiveServer.serve(index(), port);
    return server;
  }

  private static void delete(Path folder) throws IOException {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
