package org.yanlu.archive.article;

import java.util.Objects;

/**
 * Words an article attributes to a speaker: a direct quotation or a reported statement.
 *
 * @param paragraph index into the article's {@code paragraphs}
 */
public record Quote(String speaker, String role, String text, int paragraph) {
  public Quote {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    role = role == null ? "" : role;
  }
}
