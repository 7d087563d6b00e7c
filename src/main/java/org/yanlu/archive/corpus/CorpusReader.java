package org.yanlu.archive.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.yanlu.archive.article.Article;

/**
 * A reader of one source format (a magazine text dump, an HTML page, JSON lines) into articles.
 *
 * <p>To add a format: write a class that implements this interface, judge in {@link #accepts} by
 * the file's first bytes (and its name only as a hint), report every bad part of a file to the
 * {@link CorpusProblems} with the file and line and go on with the rest, throw {@link
 * CorpusFileException} only when nothing of the file can be read, and add the reader to {@link
 * CorpusReaders#standard()} and to {@code corpus/README.md}.
 */
public interface CorpusReader {

  /** A short name of the format, for messages: {@code magazine}, {@code html}, {@code jsonl}. */
  String format();

  /**
   * Whether this reader reads the file.
   *
   * @param head the file's first bytes (up to {@link Corpus#HEAD_BYTES})
   */
  boolean accepts(Path file, byte[] head);

  /**
   * Reads the articles of one file.
   *
   * @throws CorpusFileException when the file as a whole cannot be read (empty, wrong encoding)
   */
  List<Article> read(Path file, CorpusProblems problems) throws IOException, CorpusFileException;
}
