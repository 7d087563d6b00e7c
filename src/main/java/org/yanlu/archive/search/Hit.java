package org.yanlu.archive.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One article in a search result.
 *
 * @param date {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy} as precise as known, or null
 * @param snippet the best passage, HTML-escaped text whose only tags are {@code <mark>} (and, for
 *     an approximate quote, {@code <mark class="diff">} on the characters that differ from it)
 * @param score the relevance score (also computed when sorting by date)
 * @param alsoIn the other outlets that carried the same story (syndicated copies), in date order
 * @param copies the story's other articles that match the search too, oldest first (at most {@link
 *     StoryCopy#MAX_PER_HIT}); empty when the search does not collapse stories
 * @param story the story the article belongs to (its first article's id), or null
 * @param distance for an approximate quote ({@code "…"~}), how many characters the best passage
 *     differs by; null for other searches (and then left out of JSON)
 * @param added when the article entered the archive (not its publication date), or null when the
 *     index does not record it
 */
public record Hit(
    String id,
    String title,
    String subtitle,
    String source,
    String date,
    List<String> speakers,
    String snippet,
    float score,
    List<String> alsoIn,
    List<StoryCopy> copies,
    String story,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer distance,
    Instant added) {
  public Hit {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    subtitle = subtitle == null ? "" : subtitle;
    source = source == null ? "" : source;
    speakers = speakers == null ? List.of() : List.copyOf(speakers);
    snippet = snippet == null ? "" : snippet;
    alsoIn = alsoIn == null ? List.of() : List.copyOf(alsoIn);
    copies = copies == null ? List.of() : List.copyOf(copies);
  }

  /** A hit as an index reads it: no copies, story or distance yet. */
  public Hit(
      String id,
      String title,
      String subtitle,
      String source,
      String date,
      List<String> speakers,
      String snippet,
      float score,
      List<String> alsoIn,
      Instant added) {
    this(
        id, title, subtitle, source, date, speakers, snippet, score, alsoIn, List.of(), null, null,
        added);
  }

  /** A hit with the other outlets of its story, without the time it was added. */
  public Hit(
      String id,
      String title,
      String subtitle,
      String source,
      String date,
      List<String> speakers,
      String snippet,
      float score,
      List<String> alsoIn) {
    this(id, title, subtitle, source, date, speakers, snippet, score, alsoIn, null);
  }

  /** A hit whose story no other outlet carried. */
  public Hit(
      String id,
      String title,
      String subtitle,
      String source,
      String date,
      List<String> speakers,
      String snippet,
      float score) {
    this(id, title, subtitle, source, date, speakers, snippet, score, List.of());
  }

  /** The same hit with the other outlets of its story. */
  public Hit withAlsoIn(List<String> outlets) {
    return new Hit(
        id, title, subtitle, source, date, speakers, snippet, score, outlets, copies, story,
        distance, added);
  }

  /** The same hit with its story's other matching articles. */
  public Hit withCopies(List<StoryCopy> others) {
    return new Hit(
        id, title, subtitle, source, date, speakers, snippet, score, alsoIn, others, story,
        distance, added);
  }

  /** The same hit with the story it belongs to. */
  public Hit withStory(String group) {
    return new Hit(
        id, title, subtitle, source, date, speakers, snippet, score, alsoIn, copies, group,
        distance, added);
  }

  /** The same hit as an approximate quote ranks it: its best passage marked, and the distance. */
  public Hit withPassage(String marked, int differences) {
    return new Hit(
        id,
        title,
        subtitle,
        source,
        date,
        speakers,
        marked,
        score,
        alsoIn,
        copies,
        story,
        differences,
        added);
  }
}
