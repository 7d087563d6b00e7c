package org.yanlu.archive.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import org.yanlu.archive.article.Article;

/**
 * What every reader's articles pass before they leave the corpus: a URL that is not {@code http} or
 * {@code https} (a {@code javascript:} link would run in the reader's page) is dropped and
 * reported, and an article with a body but no title is kept, titled by its opening words and marked
 * untitled, with a warning. Readers call it with the line a record came from; {@link Corpus} calls
 * it on every article again, so a reader that forgets is still covered. It only reports what it
 * changes, so the second pass adds nothing.
 */
public final class ArticleChecks {
  /** How many characters of the opening sentence an untitled article's title keeps. */
  static final int OPENING_WORDS = 20;

  private static final String SENTENCE_ENDS = "。！？!?…\n";

  private ArticleChecks() {}

  /** The article as the archive keeps it; what was changed is told to {@code problems}. */
  public static Article apply(Article a, Path file, int line, CorpusProblems problems) {
    Article checked = a;
    if (!checked.url().isEmpty() && !isWebUrl(checked.url())) {
      problems.report(
          file,
          line,
          "url dropped: only http and https links are kept, not " + shown(checked.url()));
      checked = checked.withUrl("");
    }
    if (checked.title().isBlank() && !checked.paragraphs().isEmpty()) {
      String opening = openingWords(checked);
      checked = checked.withTitle(opening, true);
      problems.warn(file, line, "no title: kept, titled by its opening words 「" + opening + "」");
    }
    return checked;
  }

  /** Whether a URL is an absolute {@code http} or {@code https} URL with a host. */
  static boolean isWebUrl(String url) {
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * The first sentence of the body, up to {@link #OPENING_WORDS} characters, with an ellipsis when
   * it was cut: {@code 床前明月光，疑是地上霜} of a poem.
   */
  static String openingWords(Article a) {
    String first = a.paragraphs().get(0).strip();
    int end = first.length();
    for (int i = 0; i < first.length(); i++) {
      if (SENTENCE_ENDS.indexOf(first.charAt(i)) >= 0) {
        end = i;
        break;
      }
    }
    String sentence = first.substring(0, end).strip();
    if (sentence.isEmpty()) {
      sentence = first;
    }
    if (sentence.codePointCount(0, sentence.length()) <= OPENING_WORDS) {
      return sentence;
    }
    return sentence.substring(0, sentence.offsetByCodePoints(0, OPENING_WORDS)) + "…";
  }

  private static String shown(String url) {
    String oneLine = url.replaceAll("\\s+", " ");
    return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…" : oneLine;
  }
}
