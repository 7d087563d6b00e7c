package org.yanlu.archive.search;

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
    float score) {
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
}
