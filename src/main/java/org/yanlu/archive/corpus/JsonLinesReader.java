package org.yanlu.archive.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yanlu.archive.article.Article;

/**
 * The reader of JSON lines, one article object per line with the keys {@code articles} prints (see
 * {@link ArticleJson#fromJson}); a bad line is reported with its number and the other lines are
 * read.
 */
public final class JsonLinesReader implements CorpusReader {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final List<String> EXTENSIONS = List.of(".jsonl", ".ndjson", ".json");

  @Override
  public String format() {
    return "jsonl";
  }

  /**
   * Accepts a file whose first non-blank byte is <code>{</code> and whose first line is a JSON
   * object as far as the head shows (a long article's line runs past it), or has a later line that
   * is one; the extension decides only when the lines the head shows are all bad, so that they are
   * reported rather than the file being passed over.
   */
  @Override
  public boolean accepts(Path file, byte[] head) {
    int start = startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    while (start < head.length && Character.isWhitespace(head[start])) {
      start++;
    }
    if (start >= head.length || head[start] != '{') {
      return false;
    }
    String text = new String(head, start, head.length - start, StandardCharsets.UTF_8);
    if (startsWithObject(text, head.length == Corpus.HEAD_BYTES)) {
      return true;
    }
    for (String line : text.split("\n")) {
      if (isObject(line)) {
        return true;
      }
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  @Override
  public List<Article> read(Path file, CorpusProblems problems) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<Article> articles = new ArrayList<>();
    int lineNumber = 0;
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      lineNumber++;
      readLine(file, lineNumber, ByteBuffer.wrap(bytes, start, end - start), problems)
          .ifPresent(articles::add);
      start = end + 1;
    }
    return articles;
  }

  private static Optional<Article> readLine(
      Path file, int lineNumber, ByteBuffer bytes, CorpusProblems problems) {
    String line;
    try {
      line =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes)
              .toString()
              .strip();
    } catch (CharacterCodingException e) {
      problems.skip(file, lineNumber, "not UTF-8 text", "not UTF-8 text");
      return Optional.empty();
    }
    if (line.isEmpty()) {
      return Optional.empty();
    }
    try {
      Article read = ArticleJson.fromJson(JSON.readTree(line));
      return Optional.of(ArticleChecks.apply(read, file, lineNumber, problems));
    } catch (JsonProcessingException e) {
      problems.skip(
          file, lineNumber, "not valid JSON", "not valid JSON: " + e.getOriginalMessage());
    } catch (InvalidArticleJsonException e) {
      problems.skip(file, lineNumber, e.reason(), e.getMessage());
    }
    return Optional.empty();
  }

  /** Whether the text opens with a JSON object, complete or cut off by the end of the head. */
  private static boolean startsWithObject(String text, boolean headIsCut) {
    try (JsonParser parser = JSON.getFactory().createParser(text)) {
      parser.nextToken();
      parser.skipChildren();
      return true;
    } catch (JsonEOFException e) {
      return headIsCut;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isObject(String line) {
    try {
      return JSON.readTree(line).isObject();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
