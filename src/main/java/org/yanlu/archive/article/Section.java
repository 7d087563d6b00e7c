package org.yanlu.archive.article;

import java.util.List;
import java.util.Objects;

/** A headed part of an article, such as one speaker's part of a series. */
public record Section(String heading, List<String> paragraphs) {
  public Section {
    Objects.requireNonNull(heading, "heading");
    paragraphs = List.copyOf(paragraphs);
  }
}
