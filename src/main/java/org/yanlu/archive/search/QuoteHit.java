package org.yanlu.archive.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One quote in a quote search: who said it, in what role, the words, and the article and paragraph
 * they were said in.
 *
 * @param role the speaker's role or affiliation as the article gives it, or ""
 * @param text the words as the article quotes or reports them, plain text
 * @param snippet the same words HTML-escaped, the query's matches in {@code <mark>}
 * @param date {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy} as precise as known, or null
 * @param paragraph index into the article's paragraphs
 * @param quote the quote's number among the article's quotes, as {@code cite?quote=} takes it
 * @param distance for an approximate quote ({@code "…"~}), how many characters the quote differs
 *     by; null for other searches (and then left out of JSON)
 */
public record QuoteHit(
    String speaker,
    String role,
    String text,
    String snippet,
    String articleId,
    String title,
    String source,
    String date,
    int paragraph,
    float score,
    int quote,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer distance) {
  public QuoteHit {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(articleId, "articleId");
    speaker = speaker == null ? "" : speaker;
    role = role == null ? "" : role;
    snippet = snippet == null ? "" : snippet;
    title = title == null ? "" : title;
    source = source == null ? "" : source;
    if (paragraph < 0) {
      throw new IllegalArgumentException("a paragraph index is never negative: " + paragraph);
    }
  }

  /** The same hit as an approximate quote ranks it: its differences marked, and the distance. */
  public QuoteHit withPassage(String marked, int differences) {
    return new QuoteHit(
        speaker,
        role,
        text,
        marked,
        articleId,
        title,
        source,
        date,
        paragraph,
        score,
        quote,
        differences);
  }

  /** A quote's number in its article from its document id ({@code articleId#qN}), or 0. */
  public static int number(String documentId) {
    int mark = documentId == null ? -1 : documentId.lastIndexOf("#q");
    if (mark < 0) {
      return 0;
    }
    try {
      return Integer.parseInt(documentId.substring(mark + 2));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
