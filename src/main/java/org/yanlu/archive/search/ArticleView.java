package org.yanlu.archive.search;

import java.util.List;
import java.util.Objects;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Person;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.article.Section;

/**
 * One whole article as a reader opens it: every field of the article, its paragraphs highlighted
 * for the query it was found with, and articles like it.
 *
 * @param date {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}, or null when unknown
 * @param datePrecision {@code day}, {@code month}, {@code year} or {@code unknown}
 * @param paragraphs the cleaned paragraphs as plain text
 * @param highlightedParagraphs the same paragraphs, one for one, as HTML-escaped text whose only
 *     tags are {@code <mark>} around the query's matches (no marks when there is no query)
 * @param related other articles on the same subject, best first
 * @param untitled whether the source gave no title, so that {@code title} is the opening words
 */
public record ArticleView(
    String id,
    String title,
    String subtitle,
    String source,
    String date,
    String datePrecision,
    String publication,
    String issue,
    List<Integer> pages,
    List<String> paragraphs,
    List<String> highlightedParagraphs,
    List<Section> sections,
    List<String> speakers,
    List<Quote> quotes,
    List<Person> people,
    List<String> organisations,
    List<String> places,
    List<String> themes,
    String url,
    List<RelatedArticle> related,
    boolean untitled) {
  public ArticleView {
    Objects.requireNonNull(id, "id");
    pages = List.copyOf(pages);
    paragraphs = List.copyOf(paragraphs);
    highlightedParagraphs = List.copyOf(highlightedParagraphs);
    if (paragraphs.size() != highlightedParagraphs.size()) {
      throw new IllegalArgumentException("one highlighted paragraph for each paragraph");
    }
    sections = List.copyOf(sections);
    speakers = List.copyOf(speakers);
    quotes = List.copyOf(quotes);
    people = List.copyOf(people);
    organisations = List.copyOf(organisations);
    places = List.copyOf(places);
    themes = List.copyOf(themes);
    related = List.copyOf(related);
  }

  /**
   * The view of an article as it was indexed, with its paragraphs as marked for a query (the same
   * as {@code paragraphs} when there is none) and its related articles.
   */
  public static ArticleView of(Article a, List<String> marked, List<RelatedArticle> related) {
    return new ArticleView(
        a.id(),
        a.title(),
        a.subtitle(),
        a.source(),
        a.date().text(),
        a.date().precision().label(),
        a.publication(),
        a.issue(),
        a.pages(),
        a.paragraphs(),
        marked,
        a.sections(),
        a.speakers(),
        a.quotes(),
        a.people(),
        a.organisations(),
        a.places(),
        a.themes(),
        a.url(),
        related,
        a.untitled());
  }

  /** The same view with other related articles. */
  public ArticleView withRelated(List<RelatedArticle> others) {
    return new ArticleView(
        id,
        title,
        subtitle,
        source,
        date,
        datePrecision,
        publication,
        issue,
        pages,
        paragraphs,
        highlightedParagraphs,
        sections,
        speakers,
        quotes,
        people,
        organisations,
        places,
        themes,
        url,
        others,
        untitled);
  }
}
