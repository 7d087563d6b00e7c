package org.yanlu.archive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.index.BuildLock;
import org.yanlu.archive.index.IndexSwap;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.Searcher;

/**
 * The index folder after builds: what dead builds left goes at the next start, it holds the index
 * in use and one previous index for {@code index --rollback}, and two builds never race.
 */
class IndexFolderTest {
  @TempDir Path work;

  @Test
  void aDeadBuildsPartialGenerationGoesAtTheNextBuildAndTheSummarySaysSo() throws Exception {
    Path index = work.resolve("index");
    assertEquals(0, index(index).code());
    Path partial = deadBuild(index);

    Result second = index(index);
    assertEquals(0, second.code(), second.err());
    assertFalse(Files.exists(partial), "the dead build's generation is gone");
    assertTrue(second.out().contains("removed: " + partial.getFileName() + " ("), second.out());
    assertTrue(second.out().contains("partial generation of a dead build"), second.out());
    assertTrue(second.out().contains("index folder: "), second.out());
    assertEquals(2, generations(index).size(), "the index in use and the previous one");
  }

  @Test
  void repeatedBuildsKeepTheIndexInUseAndOnePrevious() throws Exception {
    Path index = work.resolve("index");
    for (int i = 0; i < 4; i++) {
      assertEquals(0, index(index).code());
    }
    IndexSwap swap = new IndexSwap(index);
    assertEquals(
        List.of(swap.previous().orElseThrow(), swap.current().orElseThrow()), generations(index));
    Result fifth = index(index);
    assertTrue(fifth.out().contains("superseded"), fifth.out());
  }

  @Test
  void serveStartRemovesDeadBuildsButLeavesARunningBuildAlone() throws Exception {
    Path index = work.resolve("index");
    assertEquals(0, index(index).code());
    Path partial = deadBuild(index);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (BuildLock running = BuildLock.acquire(index)) {
      IndexCommand.removeDeadBuilds(index, new PrintStream(log, true, "UTF-8"));
      assertTrue(Files.exists(partial), "a build holding the lock is still writing it");
    }
    IndexCommand.removeDeadBuilds(index, new PrintStream(log, true, "UTF-8"));
    assertFalse(Files.exists(partial));
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("dead build"), log.toString());
  }

  @Test
  void aSecondBuildWhileOneRunsSaysSoWithTheOwnersPidAndChangesNothing() throws Exception {
    Path index = work.resolve("index");
    assertEquals(0, index(index).code());
    Path inUse = new IndexSwap(index).current().orElseThrow();
    try (BuildLock running = BuildLock.acquire(index)) {
      Result second = index(index);
      assertEquals(1, second.code());
      assertTrue(second.err().contains("a build is already running"), second.err());
      assertTrue(second.err().contains("pid " + ProcessHandle.current().pid()), second.err());
    }
    assertEquals(inUse, new IndexSwap(index).current().orElseThrow());
    assertEquals(List.of(inUse), generations(index));
  }

  @Test
  void rollbackPutsThePreviousIndexBackAndASecondRollbackUndoesIt() throws Exception {
    Path index = work.resolve("index");
    assertEquals(1, cli("index", "--rollback", "--index", index.toString()).code());
    assertEquals(0, index(index).code());
    Path first = new IndexSwap(index).current().orElseThrow();
    Result none = cli("index", "--rollback", "--index", index.toString());
    assertEquals(1, none.code(), "nothing to roll back to yet");
    assertTrue(none.err().contains("no previous generation"), none.err());

    assertEquals(0, index(index).code());
    Path second = new IndexSwap(index).current().orElseThrow();
    assertNotEquals(first, second);
    try (Searcher searcher = Searcher.open(index)) {
      long total = searcher.search(SearchRequest.of("")).total();
      Result back = cli("index", "--rollback", "--index", index.toString());
      assertEquals(0, back.code(), back.err());
      assertEquals(first, new IndexSwap(index).current().orElseThrow());
      assertEquals(second, new IndexSwap(index).previous().orElseThrow());
      searcher.refresh();
      assertEquals(total, searcher.search(SearchRequest.of("")).total());
    }
    assertEquals(0, cli("index", "--rollback", "--index", index.toString()).code());
    assertEquals(second, new IndexSwap(index).current().orElseThrow());
  }

  /** Leaves what a build killed halfway leaves: a generation with uncommitted segments. */
  private static Path deadBuild(Path index) throws Exception {
    Path generation = new IndexSwap(index).newGeneration();
    try (FSDirectory dir = FSDirectory.open(generation);
        IndexWriter writer =
            new IndexWriter(dir, new IndexWriterConfig().setCommitOnClose(false))) {
      Document doc = new Document();
      doc.add(new StringField("id", "half", Field.Store.YES));
      writer.addDocument(doc);
      writer.flush();
    }
    return generation;
  }

  private static List<Path> generations(Path index) throws Exception {
    try (Stream<Path> list = Files.list(index.resolve(IndexSwap.GENERATIONS))) {
      return list.sorted().toList();
    }
  }

  private record Result(int code, String out, String err) {}

  private static Result index(Path index) throws Exception {
    return cli("index", "--corpus", "corpus", "--index", index.toString());
  }

  private static Result cli(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            List.of(args),
            new PrintStream(out, true, "UTF-8"),
            new PrintStream(err, true, "UTF-8"));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
