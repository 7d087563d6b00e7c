package org.yanlu.archive.article;

import java.util.List;
import java.util.Objects;

/**
 * One article of the archive, the unit every part speaks: readers produce it, enrichers add to it,
 * the indexer stores it.
 *
 * @param id stable across rebuilds: derived from the source and the article's place in it
 * @param source the outlet (来源) that first published the story, or "" when the text names none
 * @param publication the publication the archive took it from (a magazine, a site)
 * @param issue the publication's issue, such as {@code 2020-10}; "" when not an issue
 * @param pages the printed pages the article was on; empty when not from print
 * @param paragraphs the cleaned body, one string per paragraph, section paragraphs included
 * @param sections headed parts of the body, empty for most articles
 * @param url where the article was found online, an {@code http} or {@code https} URL, or ""
 * @param untitled whether the source gave no title, so that {@code title} is the body's opening
 *     words, made up by the archive
 */
public record Article(
    String id,
    String title,
    String subtitle,
    String source,
    ArticleDate date,
    String publication,
    String issue,
    List<Integer> pages,
    List<String> paragraphs,
    List<Section> sections,
    List<String> speakers,
    List<Quote> quotes,
    List<Person> people,
    List<String> organisations,
    List<String> places,
    List<String> themes,
    String url,
    boolean untitled) {

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("an article needs an id");
    }
    title = orEmpty(title);
    subtitle = orEmpty(subtitle);
    source = orEmpty(source);
    date = date == null ? ArticleDate.UNKNOWN : date;
    publication = orEmpty(publication);
    issue = orEmpty(issue);
    url = orEmpty(url);
    pages = copy(pages);
    paragraphs = copy(paragraphs);
    sections = copy(sections);
    speakers = copy(speakers);
    quotes = copy(quotes);
    people = copy(people);
    organisations = copy(organisations);
    places = copy(places);
    themes = copy(themes);
  }

  /** An article with the title its source gave (not marked untitled). */
  public Article(
      String id,
      String title,
      String subtitle,
      String source,
      ArticleDate date,
      String publication,
      String issue,
      List<Integer> pages,
      List<String> paragraphs,
      List<Section> sections,
      List<String> speakers,
      List<Quote> quotes,
      List<Person> people,
      List<String> organisations,
      List<String> places,
      List<String> themes,
      String url) {
    this(
        id,
        title,
        subtitle,
        source,
        date,
        publication,
        issue,
        pages,
        paragraphs,
        sections,
        speakers,
        quotes,
        people,
        organisations,
        places,
        themes,
        url,
        false);
  }

  /** A new article with just what a reader knows; enrichers fill in the rest. */
  public static Article read(
      String id,
      String title,
      String subtitle,
      String source,
      ArticleDate date,
      String publication,
      String issue,
      List<Integer> pages,
      List<String> paragraphs,
      List<Section> sections,
      String url) {
    return new Article(
        id,
        title,
        subtitle,
        source,
        date,
        publication,
        issue,
        pages,
        paragraphs,
        sections,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        url,
        false);
  }

  /** The body as one text, paragraphs separated by newlines. */
  public String body() {
    return String.join("\n", paragraphs);
  }

  public Article withDate(ArticleDate newDate) {
    return new Article(
        id,
        title,
        subtitle,
        source,
        newDate,
        publication,
        issue,
        pages,
        paragraphs,
        sections,
        speakers,
        quotes,
        people,
        organisations,
        places,
        themes,
        url,
        untitled);
  }

  public Article withNames(
      List<Person> newPeople, List<String> newOrganisations, List<String> newPlaces) {
    return new Article(
        id,
        title,
        subtitle,
        source,
        date,
        publication,
        issue,
        pages,
        paragraphs,
        sections,
        speakers,
        quotes,
        newPeople,
        newOrganisations,
        newPlaces,
        themes,
        url,
        untitled);
  }

  public Article withSpeakers(List<String> newSpeakers, List<Quote> newQuotes) {
    return new Article(
        id,
        title,
        subtitle,
        source,
        date,
        publication,
        issue,
        pages,
        paragraphs,
        sections,
        newSpeakers,
        newQuotes,
        people,
        organisations,
        places,
        themes,
        url,
        untitled);
  }

  public Article withParagraphs(List<String> newParagraphs) {
    return new Article(
        id,
        title,
        subtitle,
        source,
        date,
        publication,
        issue,
        pages,
        newParagraphs,
        sections,
        speakers,
        quotes,
        people,
        organisations,
        places,
        themes,
        url,
        untitled);
  }

  public Article withThemes(List<String> newThemes) {
    return new Article(
        id,
        title,
        subtitle,
        source,
        date,
        publication,
        issue,
        pages,
        paragraphs,
        sections,
        speakers,
        quotes,
        people,
        organisations,
        places,
        newThemes,
        url,
        untitled);
  }

  public Article withUrl(String newUrl) {
    return new Article(
        id,
        title,
        subtitle,
        source,
        date,
        publication,
        issue,
        pages,
        paragraphs,
        sections,
        speakers,
        quotes,
        people,
        organisations,
        places,
        themes,
        newUrl,
        untitled);
  }

  /** The article titled {@code newTitle}, which the archive made up when {@code madeUp}. */
  public Article withTitle(String newTitle, boolean madeUp) {
    return new Article(
        id,
        newTitle,
        subtitle,
        source,
        date,
        publication,
        issue,
        pages,
        paragraphs,
        sections,
        speakers,
        quotes,
        people,
        organisations,
        places,
        themes,
        url,
        madeUp);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
