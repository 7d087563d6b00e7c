package org.yanlu.archive.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.magazine.ColumnWidths;
import org.yanlu.archive.corpus.magazine.DropCapJoiner;
import org.yanlu.archive.corpus.magazine.LayoutConventions;
import org.yanlu.archive.corpus.magazine.LayoutItem;
import org.yanlu.archive.corpus.magazine.LayoutReader;
import org.yanlu.archive.corpus.magazine.ParagraphBuilder;
import org.yanlu.archive.corpus.magazine.PdfPageSplitter;
import org.yanlu.archive.corpus.magazine.StoryArticles;
import org.yanlu.archive.corpus.magazine.StoryDraft;
import org.yanlu.archive.corpus.magazine.StorySegmenter;

/**
 * Reads a magazine issue's PDF text dump ({@code .txt} with a {@code .meta.json} sidecar) into
 * articles: pages split, drop caps rejoined, layout read into text, headings and 来源 lines, stories
 * segmented (interleaved stories reassigned), paragraphs rebuilt, dates found.
 */
public final class MagazineIssueReader implements CorpusReader {
  /**
   * Text has at most one control character in this many bytes (a stray form feed or escape); a
   * binary file has many more.
   */
  private static final int MIN_BYTES_PER_CONTROL = 20;

  @Override
  public String format() {
    return "magazine";
  }

  /**
   * A {@code .txt} file whose head looks like text: no NUL byte and few control characters. A text
   * file in another encoding is accepted, so that reading it reports the encoding.
   */
  @Override
  public boolean accepts(Path file, byte[] head) {
    if (!file.getFileName().toString().endsWith(".txt")) {
      return false;
    }
    int control = 0;
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
      if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * MIN_BYTES_PER_CONTROL <= head.length;
  }

  @Override
  public List<Article> read(Path file, CorpusProblems problems)
      throws IOException, CorpusFileException {
    String text = decode(file, Files.readAllBytes(file));
    if (text.isBlank()) {
      throw new CorpusFileException(file, "empty file: no text to read");
    }
    IssueMetadata meta = IssueMetadata.of(file);
    DropCapJoiner.Joined lines = new DropCapJoiner().join(new PdfPageSplitter().split(text));
    LayoutConventions conventions = meta.layout();
    ColumnWidths columns = ColumnWidths.of(lines.lines(), conventions);
    List<LayoutItem> items = new LayoutReader(meta.publication(), conventions).read(lines);
    List<StoryDraft> stories = new StorySegmenter(columns, conventions).segment(items);
    List<Article> articles =
        new StoryArticles(new ParagraphBuilder(columns), conventions)
            .articles(stories, stem(file), meta);
    if (articles.isEmpty()) {
      problems.report(file, CorpusProblem.NO_LINE, "no article found in the magazine dump");
    }
    return articles;
  }

  private static String decode(Path file, byte[] bytes) throws CorpusFileException {
    for (byte b : bytes) {
      if (b == 0) {
        throw new CorpusFileException(file, "binary file (NUL bytes), not a magazine text dump");
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CorpusFileException(file, "not UTF-8 text: " + e.getMessage());
    }
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
