package org.yanlu.archive.search;

/**
 * A theme the policy office follows: a name, the query (in the archive's query language) that finds
 * its articles, and a one-line description.
 */
public record Theme(String name, String query, String description) {
  public Theme {
    if (name == null || name.isBlank()) {
      throw new BadThemeException("主题缺少名称 / a theme has no name (query: " + query + ")");
    }
    if (query == null || query.isBlank()) {
      throw new BadThemeException("主题「" + name + "」缺少查询 / theme " + name + " has no query");
    }
    name = name.strip();
    query = query.strip();
    description = description == null ? "" : description.strip();
  }
}
