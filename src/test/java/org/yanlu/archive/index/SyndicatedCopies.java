package org.yanlu.archive.index;

import java.util.ArrayList;
import java.util.List;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;

/**
 * A test set of syndicated copies made by altering real articles the way outlets republish a story:
 * another headline, a line added, a line removed, another outlet; and the same real articles
 * carrying one outlet's boilerplate, which must not make distinct stories one.
 */
public final class SyndicatedCopies {
  /** How each copy alters its original. */
  public enum Alteration {
    HEADLINE("人民日报"),
    LINE_ADDED("C114通信网"),
    LINE_REMOVED("新浪科技"),
    OUTLET("澎湃新闻");

    public final String outlet;

    Alteration(String outlet) {
      this.outlet = outlet;
    }
  }

  /** The paragraphs an outlet puts around every story it carries. */
  public static final List<String> BOILERPLATE =
      List.of(
          "声明：本文转载自网络，版权归原作者所有，如有侵权请联系我们删除。本平台转载此文出于传递更多信息之目的，" + "并不意味着赞同其观点或证实其描述。",
          "关注河南省互联网协会微信公众号，获取更多行业资讯、政策解读和活动信息。欢迎投稿，投稿邮箱见公众号菜单栏。",
          "责任编辑：王晓 审核：李军 监制：张华");

  private SyndicatedCopies() {}

  /**
   * The articles followed by two copies of each, a headline changed and a line added, as two
   * outlets carry every story: an archive where each story has three articles.
   */
  public static List<Article> withTwoCopiesEach(List<Article> originals) {
    List<Article> all = new ArrayList<>(originals);
    for (Article a : originals) {
      all.add(copy(a, Alteration.HEADLINE));
      all.add(copy(a, Alteration.LINE_ADDED));
    }
    return all;
  }

  /** The copy of an article that an alteration makes: a new id, the alteration's outlet. */
  public static Article copy(Article original, Alteration alteration) {
    List<String> paragraphs = new ArrayList<>(original.paragraphs());
    String title = original.title();
    switch (alteration) {
      case HEADLINE -> title = "权威发布｜" + original.title() + "，业内人士这样看";
      case LINE_ADDED -> paragraphs.add(0, "（记者 李明 通讯员 王芳）本报讯 近日，记者从相关部门获悉以下消息。");
      case LINE_REMOVED -> {
        if (paragraphs.size() > 1) {
          paragraphs.remove(paragraphs.size() - 1);
        } else {
          paragraphs.set(0, withoutLastSentence(paragraphs.get(0)));
        }
      }
      case OUTLET -> {}
    }
    ArticleDate date =
        original.date().isKnown()
            ? ArticleDate.ofDay(
                original.date().day().plusDays(1).getYear(),
                original.date().day().plusDays(1).getMonthValue(),
                original.date().day().plusDays(1).getDayOfMonth())
            : original.date();
    return Article.read(
        original.id() + "-" + alteration.name().toLowerCase(java.util.Locale.ROOT),
        title,
        original.subtitle(),
        alteration.outlet,
        date,
        alteration.outlet,
        "",
        List.of(),
        paragraphs,
        List.of(),
        "");
  }

  /**
   * The article word for word as another outlet carried it, under an id and on a day of its own.
   */
  public static Article verbatim(Article original, String id, String outlet, ArticleDate date) {
    return Article.read(
        id,
        original.title(),
        original.subtitle(),
        outlet,
        date,
        outlet,
        "",
        List.of(),
        original.paragraphs(),
        List.of(),
        "");
  }

  /** The article as an outlet carries it, with its boilerplate after the story. */
  public static Article withBoilerplate(Article original) {
    List<String> paragraphs = new ArrayList<>(original.paragraphs());
    paragraphs.addAll(BOILERPLATE);
    return Article.read(
        original.id() + "-boilerplate",
        original.title(),
        original.subtitle(),
        "河南互联网",
        original.date(),
        "河南互联网",
        "",
        List.of(),
        paragraphs,
        List.of(),
        "");
  }

  private static String withoutLastSentence(String paragraph) {
    int end = paragraph.lastIndexOf('。', paragraph.length() - 2);
    return end > 0 ? paragraph.substring(0, end + 1) : paragraph;
  }
}
