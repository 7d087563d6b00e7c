package org.yanlu.archive.corpus.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The element of a (noise-free) page that holds the article's text: the {@code <article>} or {@code
 * itemprop=articleBody} with the most paragraph text, else the element whose own {@code <p>}
 * children carry the most text.
 */
public final class PageBody {
  /**
   * Less paragraph text than this is a teaser, a caption or a page that broke off, not an article
   * body; the shortest news item in the magazine has several times as much.
   */
  public static final int MIN_BODY_CHARS = 50;

  /** A paragraph that holds an image and at most this much text is the image's caption. */
  private static final int MAX_CAPTION_CHARS = 30;

  /** Paragraphs in these parts of a body are headline, byline or caption, not body text. */
  private static final String NOT_BODY = "header, h1, h2, figcaption";

  private PageBody() {}

  /** The body element, or null when no element holds {@link #MIN_BODY_CHARS} of paragraphs. */
  public static Element find(Document clean) {
    Set<Element> marked = new LinkedHashSet<>(clean.select("[itemprop=articleBody], article"));
    Element best = best(marked, true);
    if (best != null) {
      return best;
    }
    Set<Element> parents = new LinkedHashSet<>();
    for (Element p : clean.body().select("p")) {
      if (p.parent() != null) {
        parents.add(p.parent());
      }
    }
    return best(parents, false);
  }

  /** The body's paragraphs, whitespace-normalised, empty ones left out. */
  public static List<String> paragraphs(Element body, boolean allDescendants) {
    List<String> paragraphs = new ArrayList<>();
    for (Element p : paragraphElements(body, allDescendants)) {
      String text = normalise(p.text());
      boolean caption = !p.select("img").isEmpty() && text.length() <= MAX_CAPTION_CHARS;
      if (!text.isEmpty() && !caption) {
        paragraphs.add(text);
      }
    }
    return paragraphs;
  }

  /** Whether the body was found as a marked article element, whose nested paragraphs all count. */
  public static boolean isMarkedArticle(Element body) {
    return body.is("article, [itemprop=articleBody]");
  }

  /** Text with the indents Chinese pages use (full-width and no-break spaces) removed. */
  public static String normalise(String text) {
    return text.replace('\u00a0', ' ').replace('\u3000', ' ').strip().replaceAll("\\s+", " ");
  }

  private static Element best(Set<Element> candidates, boolean allDescendants) {
    Element best = null;
    int bestChars = MIN_BODY_CHARS - 1;
    for (Element candidate : candidates) {
      int chars = 0;
      for (String paragraph : paragraphs(candidate, allDescendants)) {
        chars += paragraph.length();
      }
      if (chars > bestChars) {
        best = candidate;
        bestChars = chars;
      }
    }
    return best;
  }

  private static List<Element> paragraphElements(Element body, boolean allDescendants) {
    List<Element> ps = new ArrayList<>();
    for (Element p : allDescendants ? body.select("p") : body.children()) {
      if (p.is("p") && p.closest(NOT_BODY) == null) {
        ps.add(p);
      }
    }
    return ps;
  }
}
