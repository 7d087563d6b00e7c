package org.yanlu.archive.corpus.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The element of a (noise-free) page that holds the article's text, and its paragraphs: the {@code
 * <article>} or {@code itemprop=articleBody} with the most paragraph text, else the element whose
 * own {@code <p>} children carry the most text, else the {@code <div>} or {@code <td>} with the
 * most text of its own, parted by {@code <br>} as older sites set it.
 */
public final class PageBody {
  /**
   * Less paragraph text than this is a teaser, a caption or a page that broke off, not an article
   * body; a news item has several times as much.
   */
  public static final int MIN_BODY_CHARS = 50;

  /** A paragraph that holds an image and at most this much text is the image's caption. */
  private static final int MAX_CAPTION_CHARS = 30;

  /** Paragraphs in these parts of a body are headline, byline or caption, not body text. */
  private static final String NOT_BODY = "header, h1, h2, figcaption";

  private PageBody() {}

  /** The body element, or null when no element holds {@link #MIN_BODY_CHARS} of paragraphs. */
  public static Element find(Document clean) {
    Element marked = best(new LinkedHashSet<>(clean.select("[itemprop=articleBody], article")));
    if (marked != null) {
      return marked;
    }
    Set<Element> parents = new LinkedHashSet<>();
    for (Element p : clean.body().select("p")) {
      if (p.parent() != null) {
        parents.add(p.parent());
      }
    }
    Element block = best(parents);
    return block != null ? block : best(new LinkedHashSet<>(clean.body().select("div, td")));
  }

  /**
   * A body's paragraphs, whitespace-normalised, empty ones and captions left out: every {@code <p>}
   * of a marked article, the {@code <p>} children of another block, or, when it has none, its own
   * text parted at each {@code <br>}.
   */
  public static List<String> paragraphs(Element body) {
    List<String> paragraphs = new ArrayList<>();
    boolean allDescendants = body.is("article, [itemprop=articleBody]");
    for (Element p : allDescendants ? body.select("p") : body.children()) {
      if (!p.is("p") || p.closest(NOT_BODY) != null) {
        continue;
      }
      String text = normalise(p.text());
      boolean caption = !p.select("img").isEmpty() && text.length() <= MAX_CAPTION_CHARS;
      if (!text.isEmpty() && !caption) {
        paragraphs.add(text);
      }
    }
    return paragraphs.isEmpty() ? brParagraphs(body) : paragraphs;
  }

  /** Text with the indents Chinese pages use (full-width and no-break spaces) removed. */
  public static String normalise(String text) {
    return text.replace('\u00a0', ' ').replace('\u3000', ' ').strip().replaceAll("\\s+", " ");
  }

  /** The body's own text and inline elements, a paragraph ending at each {@code <br>} or block. */
  private static List<String> brParagraphs(Element body) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (Node node : body.childNodes()) {
      if (node instanceof TextNode text) {
        current.append(text.text());
      } else if (node instanceof Element e && !e.is("br") && !e.isBlock()) {
        current.append(e.text());
      } else {
        end(current, paragraphs);
      }
    }
    end(current, paragraphs);
    return paragraphs;
  }

  private static void end(StringBuilder current, List<String> paragraphs) {
    String text = normalise(current.toString());
    if (!text.isEmpty()) {
      paragraphs.add(text);
    }
    current.setLength(0);
  }

  private static Element best(Set<Element> candidates) {
    Element best = null;
    int bestChars = MIN_BODY_CHARS - 1;
    for (Element candidate : candidates) {
      int chars = 0;
      for (String paragraph : paragraphs(candidate)) {
        chars += paragraph.length();
      }
      if (chars > bestChars) {
        best = candidate;
        bestChars = chars;
      }
    }
    return best;
  }
}
