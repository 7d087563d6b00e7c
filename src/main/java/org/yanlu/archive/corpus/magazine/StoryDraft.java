package org.yanlu.archive.corpus.magazine;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A story while the segmenter collects it: its headline (once known), the text lines and
 * subheadings of its body in reading order, its deck, and its 来源 once that line is met.
 */
public final class StoryDraft {
  /** A standfirst is one short paragraph, at most this many lines (the one in this issue has 4). */
  private static final int DECK_MAX_LINES = 6;

  private LayoutItem.Heading headline;
  private final List<LayoutItem> body = new ArrayList<>();
  private final List<LayoutItem.Text> deck = new ArrayList<>();
  private final TreeSet<Integer> pages = new TreeSet<>();
  private final StringBuilder words = new StringBuilder();
  private final Pattern seriesMark;
  private String source;
  private int lastPage;

  /** A story opened on {@code page}; a headline line matching {@code seriesMark} makes a series. */
  StoryDraft(LayoutItem.Heading headline, int page, Pattern seriesMark) {
    this.seriesMark = seriesMark;
    this.headline = headline;
    this.lastPage = page;
    pages.add(page);
    if (headline != null) {
      setHeadline(headline);
    }
  }

  void setHeadline(LayoutItem.Heading heading) {
    headline = heading;
    heading.lines().forEach(l -> pages.add(l.page()));
    words.append(heading.text()).append('\n');
  }

  void add(LayoutItem item) {
    body.add(item);
    if (item instanceof LayoutItem.Text t) {
      lastPage = t.line().page();
      pages.add(lastPage);
      words.append(t.line().text()).append('\n');
    } else if (item instanceof LayoutItem.Heading h) {
      h.lines().forEach(l -> pages.add(l.page()));
    }
  }

  /** Makes the body so far the deck: the standfirst printed between headline and drop cap. */
  void moveBodyToDeck() {
    for (LayoutItem item : body) {
      if (item instanceof LayoutItem.Text t) {
        deck.add(t);
      }
    }
    body.clear();
  }

  /**
   * Whether the body so far is at most a standfirst for a drop cap on {@code page}: one short
   * paragraph on the headline's page, no subheading.
   */
  boolean bodyIsDeckOnly(int page) {
    if (headline == null || headline.first().page() != page || body.size() > DECK_MAX_LINES) {
      return false;
    }
    for (int i = 0; i < body.size(); i++) {
      if (!(body.get(i) instanceof LayoutItem.Text t)
          || t.line().page() != page
          || (i < body.size() - 1 && LineShape.endsSentence(t.line().text()))) {
        return false;
      }
    }
    return true;
  }

  void close(String outlet) {
    source = outlet;
  }

  public boolean isClosed() {
    return source != null;
  }

  public boolean hasHeadline() {
    return headline != null;
  }

  public LayoutItem.Heading headline() {
    return headline;
  }

  public List<LayoutItem> body() {
    return List.copyOf(body);
  }

  public List<LayoutItem.Text> deck() {
    return List.copyOf(deck);
  }

  public String source() {
    return source == null ? "" : source;
  }

  public int lastPage() {
    return lastPage;
  }

  public List<Integer> pages() {
    return List.copyOf(pages);
  }

  public int firstPage() {
    return pages.first();
  }

  /** The story's words so far, headline included, for telling which story a block continues. */
  String words() {
    return words.toString();
  }

  /** Whether the story is a series (its headline carries a mark like 【连载四】). */
  public boolean isSeries() {
    return headline != null
        && headline.lines().stream().anyMatch(l -> seriesMark.matcher(l.text()).matches());
  }

  /** Whether the story has any running text yet (its deck included). */
  boolean hasText() {
    return !deck.isEmpty() || body.stream().anyMatch(i -> i instanceof LayoutItem.Text);
  }

  /** Whether the last text line of the body ends mid-sentence. */
  boolean endsMidSentence() {
    for (int i = body.size() - 1; i >= 0; i--) {
      if (body.get(i) instanceof LayoutItem.Text t) {
        String text = t.line().text();
        return !LineShape.endsSentence(text) && !LineShape.endsWithColon(text) && !t.tableRow();
      }
    }
    return false;
  }
}
