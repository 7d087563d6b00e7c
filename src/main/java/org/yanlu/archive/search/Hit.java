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

  /** The same hit with the other outlets of its story. */
  public Hit withAlsoIn(List<String> outlets) {
    return derived(snippet, outlets, copies, story, distance);
  }

  /** The same hit with its story's other matching articles. */
  public Hit withCopies(List<StoryCopy> others) {
    return derived(snippet, alsoIn, others, story, distance);
  }

  /** The same hit with the story it belongs to. */
  public Hit withStory(String group) {
    return derived(snippet, alsoIn, copies, group, distance);
  }

  /** The same hit as an approximate quote ranks it: its best passage marked, and the distance. */
  public Hit withPassage(String marked, int differences) {
    return derived(marked, alsoIn, copies, story, differences);
  }

  /**
   * The same article with what a search learns after reading it from the index (its passage, its
   * story and copies); the one place a hit is copied.
   */
  private Hit derived(
      String passage,
      List<String> outlets,
      List<StoryCopy> others,
      String group,
      Integer differences) {
    return new Hit(
        id,
        title,
        subtitle,
        source,
        date,
        speakers,
        passage,
        score,
        outlets,
        others,
        group,
        differences,
        added);
  }
}
