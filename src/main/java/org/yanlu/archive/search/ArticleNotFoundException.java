package org.yanlu.archive.search;

/** A request for an article id that the index does not hold. */
public final class ArticleNotFoundException extends ArchiveException {
  public ArticleNotFoundException(String id) {
    super("没有这篇文章 / no article with id " + id);
  }

  @Override
  public String code() {
    return "not_found";
  }
}
