package org.yanlu.archive.article;

import java.util.Objects;

/** A person named in an article, with the role or affiliation the text gives before the name. */
public record Person(String name, String role) {
  public Person {
    Objects.requireNonNull(name, "name");
    role = role == null ? "" : role;
  }
}
