package org.yanlu.archive.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of queries for {@code search --batch}: UTF-8 text (a byte-order mark allowed), one query a
 * line; blank lines are left out and each query is stripped of the spaces around it.
 */
public final class BatchFile {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private BatchFile() {}

  /**
   * The queries of a batch file, in its order.
   *
   * @throws CorpusFileException when the file is missing, unreadable or not UTF-8 (naming the line)
   */
  public static List<String> read(Path file) throws CorpusFileException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CorpusFileException(file, "no such batch file");
    } catch (IOException e) {
      throw new CorpusFileException(file, "cannot be read: " + e.getMessage());
    }
    List<String> queries = new ArrayList<>();
    int start = 0;
    // Line by line on the bytes, so that a line not in UTF-8 is named exactly: a newline byte
    // never occurs inside a UTF-8 character.
    for (int number = 1; start < bytes.length; number++) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      String query = decode(file, number, ByteBuffer.wrap(bytes, start, end - start)).strip();
      if (number == 1 && !query.isEmpty() && query.charAt(0) == BYTE_ORDER_MARK) {
        query = query.substring(1).strip();
      }
      if (!query.isEmpty()) {
        queries.add(query);
      }
      start = end + 1;
    }
    return queries;
  }

  /** A line's text; strict, since a GBK file would otherwise give queries that find nothing. */
  private static String decode(Path file, int line, ByteBuffer bytes) throws CorpusFileException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      throw new CorpusFileException(file, line, "not UTF-8 text");
    }
  }
}
