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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 *
 * <p>The folder keeps the generation in use and one previous generation, for {@code index
 * --rollback}; whatever else is there is a dead build's partial generation or a superseded one, and
 * goes at the next build or server start. Only the holder of the folder's {@link BuildLock} deletes
 * or publishes a generation, so a build that is still running is never touched.
 */
public final class IndexSwap {
  /** The pointer file naming the generation in use. */
  public static final String CURRENT = "CURRENT";

  /** The pointer file naming the generation kept for rollback. */
  public static final String PREVIOUS = "PREVIOUS";

  /** What a pointer is written as before its atomic rename. */
  private static final String TEMP_SUFFIX = ".tmp";

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
    return pointedTo(CURRENT);
  }

  /**
   * The generation kept for {@code index --rollback}: the one in use before the last swap (after a
   * rollback, the one rolled back from). Empty when there is none.
   */
  public Optional<Path> previous() throws IOException {
    Optional<Path> previous = pointedTo(PREVIOUS);
    return previous.equals(current()) ? Optional.empty() : previous;
  }

  /** The generation a pointer file names, if the pointer and the folder exist. */
  private Optional<Path> pointedTo(String pointerFile) throws IOException {
    Path pointer = root.resolve(pointerFile);
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
   * Makes a committed generation the one in use: renames a pointer to it over CURRENT, then records
   * the generation it replaced as PREVIOUS and deletes the one PREVIOUS named before.
   *
   * @param held the folder's lock, held by the caller
   * @return the generations deleted
   */
  public List<RemovedGeneration> publish(Path generation, BuildLock held) throws IOException {
    Objects.requireNonNull(held, "held");
    Optional<Path> replaced = current();
    // CURRENT first: a swap killed between the two renames still has the new index in use.
    writePointer(CURRENT, generation);
    if (replaced.isPresent() && !isNamed(generation, replaced.get())) {
      writePointer(PREVIOUS, replaced.get());
    }
    return removeGenerationsOtherThan(generation, previous().orElse(null));
  }

  /** Writes a pointer to a temporary file, forces it to disk and renames it over the pointer. */
  private void writePointer(String pointerFile, Path generation) throws IOException {
    Path temp = root.resolve(pointerFile + TEMP_SUFFIX);
    Files.writeString(temp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    try {
      Files.move(
          temp,
          root.resolve(pointerFile),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system cannot rename " + temp + " atomically", e);
    }
  }

  /**
   * Deletes what dead builds left behind: every generation but the one in use and the previous one,
   * and a pointer a killed swap did not rename.
   *
   * @param held the folder's lock, held by the caller: no build is writing any generation
   * @return the generations deleted
   */
  public List<RemovedGeneration> removeDeadBuilds(BuildLock held) throws IOException {
    Objects.requireNonNull(held, "held");
    Files.deleteIfExists(root.resolve(CURRENT + TEMP_SUFFIX));
    Files.deleteIfExists(root.resolve(PREVIOUS + TEMP_SUFFIX));
    return removeGenerationsOtherThan(current().orElse(null), previous().orElse(null));
  }

  /**
   * Puts the previous generation back in use; the one it replaces becomes the previous one, so a
   * second rollback undoes the first.
   *
   * @param held the folder's lock, held by the caller
   * @return the generation now in use
   * @throws IndexFolderException when there is no previous generation to go back to
   */
  public Path rollback(BuildLock held) throws IOException {
    Path previous =
        previous()
            .orElseThrow(
                () ->
                    new IndexFolderException(
                        "没有可回退的上一版索引 / no previous generation to roll back to in " + root));
    publish(previous, held);
    return previous;
  }

  /** What the whole index folder takes on disk: every generation it holds. */
  public long folderBytes() throws IOException {
    return Files.isDirectory(root) ? Indexer.size(root) : 0;
  }

  /** Deletes a generation a build gave up on; the build holds the folder's lock. */
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

  /** Deletes every generation but {@code keep} and {@code alsoKeep} (either may be null). */
  private List<RemovedGeneration> removeGenerationsOtherThan(Path keep, Path alsoKeep)
      throws IOException {
    List<RemovedGeneration> removed = new ArrayList<>();
    for (Path g : generations()) {
      if (!isNamed(g, keep) && !isNamed(g, alsoKeep)) {
        long bytes = Indexer.size(g);
        String reason = isComplete(g) ? RemovedGeneration.SUPERSEDED : RemovedGeneration.DEAD_BUILD;
        deleteTree(g);
        removed.add(new RemovedGeneration(g.getFileName().toString(), bytes, reason));
      }
    }
    return removed;
  }

  private static boolean isNamed(Path generation, Path other) {
    return other != null && generation.getFileName().equals(other.getFileName());
  }

  /** The generation folders, oldest first. */
  private List<Path> generations() throws IOException {
    Path dir = root.resolve(GENERATIONS);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(Files::isDirectory).sorted().toList();
    }
  }

  /** Whether a build finished the generation: its last commit carries the build's data. */
  private static boolean isComplete(Path generation) {
    try {
      return commitData(generation).map(d -> d.containsKey(IndexCommitData.SCHEMA)).orElse(false);
    } catch (IOException e) {
      return false; // a commit a killed build left half-written
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
