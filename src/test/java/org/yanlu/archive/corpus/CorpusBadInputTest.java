package org.yanlu.archive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files beside the real issue: each is reported by name, and the issue is still read. */
class CorpusBadInputTest {

  @Test
  void emptyNonUtf8AndBinaryFilesAreReportedAndTheRestIsRead(@TempDir Path dir) throws Exception {
    Path issue = MagazineIssueReaderTest.ISSUE;
    Files.copy(issue, dir.resolve(issue.getFileName()));
    Files.copy(
        IssueMetadata.sidecarOf(issue), dir.resolve(IssueMetadata.sidecarOf(issue).getFileName()));
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("gbk.txt"), "中国互联网协会第五届理事会".getBytes(Charset.forName("GBK")));
    Files.write(
        dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
    for (String name : List.of("gbk", "binary")) {
      Files.copy(IssueMetadata.sidecarOf(issue), dir.resolve(name + IssueMetadata.SIDECAR_SUFFIX));
    }

    CorpusContents contents = new Corpus(CorpusReaders.standard()).read(dir);

    assertEquals(18, contents.articles().size());
    assertEquals(3, contents.problems().size(), contents.problems()::toString);
    assertProblem(contents, "empty.txt", "empty");
    assertProblem(contents, "gbk.txt", "not UTF-8");
    assertProblem(contents, "binary.txt", "not a source format");
  }

  @Test
  void dumpWithoutSidecarIsReportedByName(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("lonely.txt"), " 标题\n\n正文一行。\n");

    CorpusContents contents = new Corpus(CorpusReaders.standard()).read(dir);

    assertTrue(contents.articles().isEmpty());
    assertProblem(contents, "lonely.txt", "no metadata sidecar");
  }

  private static void assertProblem(CorpusContents contents, String file, String words) {
    assertTrue(
        contents.problems().stream()
            .anyMatch(
                p ->
                    p.file().getFileName().toString().equals(file)
                        && p.toString().contains(file)
                        && p.message().contains(words)),
        () -> "no problem about " + file + " saying " + words + ": " + contents.problems());
  }
}
