package org.yanlu.archive.search;

import java.util.Objects;

/** An article like another one, shown beside it. */
public record RelatedArticle(String id, String title, String source, String date) {
  public RelatedArticle {
    Objects.requireNonNull(id, "id");
  }
}
