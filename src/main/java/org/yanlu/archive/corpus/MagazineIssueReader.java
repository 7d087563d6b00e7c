package org.yanlu.archive.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;

/** Reads a magazine issue's PDF text dump into articles (first cut: splits on 来源 lines). */
public final class MagazineIssueReader implements CorpusReader {

  @Override
  public String format() {
    return "magazine";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    return file.getFileName().toString().endsWith(".txt");
  }

  @Override
  public List<Article> read(Path file, CorpusProblems problems)
      throws IOException, CorpusFileException {
    IssueMetadata meta = IssueMetadata.of(file);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new CorpusFileException(file, "not UTF-8 text");
    }
    List<Article> articles = new ArrayList<>();
    List<String> body = new ArrayList<>();
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (t.startsWith("来源")) {
        articles.add(article(file, meta, articles.size(), body, t));
        body = new ArrayList<>();
      } else {
        body.add(t);
      }
    }
    if (!body.isEmpty()) {
      articles.add(article(file, meta, articles.size(), body, ""));
    }
    return articles;
  }

  private static Article article(
      Path file, IssueMetadata meta, int n, List<String> body, String sourceLine) {
    String source = sourceLine.replaceFirst("^来源[：:]", "").replace(" ", "");
    String id = file.getFileName().toString().replaceFirst("\\.txt$", "") + "-" + (n + 1);
    return Article.read(
        id,
        body.get(0),
        "",
        source,
        ArticleDate.ofMonth(meta.issueDate().getYear(), meta.issueDate().getMonthValue()),
        meta.publication(),
        meta.issueDate().toString(),
        List.of(),
        body.subList(1, body.size()),
        List.of(),
        "");
  }
}
