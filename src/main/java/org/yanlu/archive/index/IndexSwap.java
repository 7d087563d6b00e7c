package org.yanlu.archive.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The layout of an index folder that lets a rebuild replace the index atomically: each build writes
 * a new generation under {@code generations/}, and the small file {@code CURRENT} names the
 * generation in use. CURRENT is replaced by an atomic rename only after the new generation is
 * committed, so a build killed at any moment leaves the previous index whole and in use.
 */
public final class IndexSwap {
  /** The pointer file naming the generation in use. */
  public static final String CURRENT = "CURRENT";

  /** The folder holding one sub-folder per build. */
  public static final String GENERATIONS = "generations";

  private static final DateTimeFormatter GENERATION_NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private final Path root;

  public IndexSwap(Path root) {
    this.root = root.toAbsolutePath();
  }

  public Path root() {
    return root;
  }

  /** The generation folder in use, or empty when no build has finished yet. */
  public Optional<Path> current() throws IOException {
    Path pointer = root.resolve(CURRENT);
    String name;
    try {
      name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    Path generation = root.resolve(GENERATIONS).resolve(name);
    return name.isEmpty() || !Files.isDirectory(generation)
        ? Optional.empty()
        : Optional.of(generation);
  }

  /** Creates a new, empty generation folder for a build; its name sorts after the older ones. */
  public Path newGeneration() throws IOException {
    Path generations = Files.createDirectories(root.resolve(GENERATIONS));
    String base = LocalDateTime.now(ZoneOffset.UTC).format(GENERATION_NAME);
    for (int n = 0; ; n++) {
      Path candidate = generations.resolve(n == 0 ? base : base + "-" + n);
      try {
        return Files.createDirectory(candidate);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // Two builds within one millisecond: try the next suffix.
      }
    }
  }

  /**
   * Makes a committed generation the one in use: writes the pointer to a temporary file, forces it
   * to disk and renames it over CURRENT, then deletes generations older than the previous one.
   */
  public void publish(Path generation) throws IOException {
    Optional<Path> previous = current();
    Path temp = root.resolve(CURRENT + ".tmp");
    Files.writeString(temp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.move(
          temp,
          root.resolve(CURRENT),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system cannot rename " + temp + " atomically", e);
    }
    removeGenerationsOtherThan(generation, previous.orElse(generation));
  }

  /** Deletes a generation a build gave up on. */
  public void discard(Path generation) throws IOException {
    deleteTree(generation);
  }

  /**
   * Whether the index must be (re)built: none is in use, it was built by another schema, or the
   * corpus changed since (its newest file time differs from the one recorded at build time).
   */
  public boolean isStale(long corpusLastModified) throws IOException {
    Optional<Map<String, String>> data = commitData();
    if (data.isEmpty()) {
      return true;
    }
    return !ArticleFields.SCHEMA_VERSION.equals(data.get().get(IndexCommitData.SCHEMA))
        || !String.valueOf(corpusLastModified)
            .equals(data.get().get(IndexCommitData.CORPUS_LAST_MODIFIED));
  }

  /** The user data of the generation in use's last commit, or empty when there is no index. */
  public Optional<Map<String, String>> commitData() throws IOException {
    Optional<Path> generation = current();
    return generation.isEmpty() ? Optional.empty() : commitData(generation.get());
  }

  /** The user data of a generation's last commit, or empty when it holds no index. */
  public static Optional<Map<String, String>> commitData(Path generation) throws IOException {
    try (Directory dir = FSDirectory.open(generation)) {
      if (!DirectoryReader.indexExists(dir)) {
        return Optional.empty();
      }
      return Optional.of(SegmentInfos.readLatestCommit(dir).getUserData());
    } catch (IndexNotFoundException e) {
      return Optional.empty();
    }
  }

  private void removeGenerationsOtherThan(Path keep, Path alsoKeep) throws IOException {
    List<Path> all;
    try (Stream<Path> list = Files.list(root.resolve(GENERATIONS))) {
      all = list.toList();
    }
    for (Path g : all) {
      if (!g.getFileName().equals(keep.getFileName())
          && !g.getFileName().equals(alsoKeep.getFileName())) {
        deleteTree(g);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
