package org.yanlu.archive.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yanlu.archive.article.Article;

/**
 * A folder (or single file) of sources: finds each file's reader by content and reads them all,
 * reporting a bad file with its name and reading the rest.
 */
public final class Corpus {
  /** How many first bytes of a file the readers see to decide whether they accept it. */
  public static final int HEAD_BYTES = 4096;

  private final List<CorpusReader> readers;

  public Corpus(List<CorpusReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /** Reads every source file under {@code root} (a folder or one file), in name order. */
  public CorpusContents read(Path root) throws IOException {
    CorpusProblems problems = new CorpusProblems();
    List<Article> articles = new ArrayList<>();
    forEach(root, problems, articles::add);
    return new CorpusContents(articles, problems.all(), problems.warnings(), problems.skipped());
  }

  /** Takes each article as its file is read. */
  @FunctionalInterface
  public interface ArticleSink {
    void article(Article article) throws IOException;
  }

  /**
   * Reads every source file under {@code root} like {@link #read}, handing on each file's articles
   * before the next file is read, so that a corpus of any size is read in the memory of its largest
   * file.
   */
  public void forEach(Path root, CorpusProblems problems, ArticleSink sink) throws IOException {
    for (Path file : sourceFiles(root)) {
      for (Article a : readFile(file, problems)) {
        sink.article(a);
      }
    }
  }

  /**
   * Reads one file; its problems go to {@code problems}, never out as an exception. Every article
   * passes {@link ArticleChecks}, whichever reader read it.
   */
  public List<Article> readFile(Path file, CorpusProblems problems) {
    try {
      byte[] head = head(file);
      if (head.length == 0) {
        problems.skip(file, CorpusProblem.NO_LINE, "empty file", "empty file");
        return List.of();
      }
      for (CorpusReader reader : readers) {
        if (reader.accepts(file, head)) {
          return reader.read(file, problems).stream()
              .map(a -> ArticleChecks.apply(a, file, CorpusProblem.NO_LINE, problems))
              .toList();
        }
      }
      String unknown = "not a source format the archive reads";
      problems.skip(file, CorpusProblem.NO_LINE, unknown, unknown);
    } catch (CorpusFileException e) {
      CorpusProblem problem = e.problem();
      problems.skip(
          file, problem.line(), CorpusProblems.reasonOf(problem.message()), problem.message());
    } catch (IOException e) {
      problems.skip(file, CorpusProblem.NO_LINE, "cannot read", "cannot read: " + e.getMessage());
    }
    return List.of();
  }

  /** The source files under root: regular files that are not sidecars, docs or hidden files. */
  public static List<Path> sourceFiles(Path root) throws IOException {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    if (!Files.isDirectory(root)) {
      throw new IOException("no corpus folder or file at " + root);
    }
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).filter(Corpus::isSource).sorted().toList();
    }
  }

  /** The newest modification time of any source file or sidecar, to tell if an index is stale. */
  public static long lastModified(Path root) throws IOException {
    if (Files.isRegularFile(root)) {
      return Files.getLastModifiedTime(root).toMillis();
    }
    try (Stream<Path> paths = Files.walk(root)) {
      long newest = 0;
      for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
      }
      return newest;
    }
  }

  private static boolean isSource(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".")
        && !name.endsWith(IssueMetadata.SIDECAR_SUFFIX)
        && !name.equalsIgnoreCase("README.md");
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    }
  }
}
