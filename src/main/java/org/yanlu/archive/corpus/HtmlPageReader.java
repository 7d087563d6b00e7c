package org.yanlu.archive.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.html.ArticlePage;
import org.yanlu.archive.corpus.html.PageCharset;

/**
 * The reader of saved HTML news pages (UTF-8, GBK, GB2312 or any declared charset), one article a
 * page; {@link ArticlePage} says which of the page's signals give title, outlet, date and body.
 */
public final class HtmlPageReader implements CorpusReader {
  /** Tags that only HTML opens with; a text that merely mentions "<" is not a page. */
  private static final Pattern HTML_START =
      Pattern.compile("<(?:!doctype\\s+html|html|head|body|meta|title|article)[\\s>/]");

  @Override
  public String format() {
    return "html";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    String text = new String(head, StandardCharsets.ISO_8859_1);
    int start = 0;
    if (text.startsWith("\u00ef\u00bb\u00bf")) {
      start = 3;
    }
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start >= text.length() || text.charAt(start) != '<') {
      return false;
    }
    return HTML_START.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  @Override
  public List<Article> read(Path file, CorpusProblems problems)
      throws IOException, CorpusFileException {
    String html = PageCharset.decode(Files.readAllBytes(file));
    Document page = Jsoup.parse(html, file.toUri().toString());
    ArticlePage article = ArticlePage.of(page);
    if (article.paragraphs().isEmpty()) {
      throw noBody(file, html);
    }
    if (!closes(html)) {
      problems.report(
          file,
          lastLine(html),
          "the page breaks off here without </html>; read the "
              + article.paragraphs().size()
              + " paragraphs before it");
    }
    String name = file.getFileName().toString();
    // Without a canonical URL the file's name identifies the page, with its title beside it
    // because saved pages are often all called index.html or content.htm.
    String id =
        article.url().isEmpty()
            ? StableId.of("html", name, article.title())
            : StableId.of("html", article.url());
    return List.of(
        Article.read(
            id,
            article.title(),
            "",
            article.outlet(),
            article.date(),
            article.site(),
            "",
            List.of(),
            article.paragraphs(),
            List.of(),
            article.url()));
  }

  /** Names the line where a cut-off page breaks off, the most useful place to look. */
  private static CorpusFileException noBody(Path file, String html) {
    String reason = "no article body (no <article>, block of <p> text or JSON-LD articleBody)";
    if (!closes(html)) {
      return new CorpusFileException(
          file, lastLine(html), reason + "; the page breaks off here without </html>");
    }
    return new CorpusFileException(file, reason);
  }

  /** Whether the page ends as a whole page does; a download that broke off does not. */
  private static boolean closes(String html) {
    return html.toLowerCase(Locale.ROOT).contains("</html>");
  }

  private static int lastLine(String html) {
    return (int) html.strip().lines().count();
  }
}
