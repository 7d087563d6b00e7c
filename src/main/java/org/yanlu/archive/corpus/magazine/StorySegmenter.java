package org.yanlu.archive.corpus.magazine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the layout items of an issue into stories. The PDF text flow interleaves stories: a page can
 * open story B while story A still has text to come, print B's headline where its layout box fell,
 * then finish A and its 来源 before B goes on on the next page. The rules:
 *
 * <ul>
 *   <li>a 来源 line closes the story whose text it follows;
 *   <li>a heading after a closed story, or before text that opens a story (a drop cap, a lead set
 *       narrow beside one, or a dateline), starts a new story with that headline; so does a heading
 *       at a page top after a story that has headings and no text (a contents page);
 *   <li>in a series (a headline marked 【连载四】) every heading up to the 来源 stays inside it;
 *   <li>a heading inside a story that has no headline yet is its headline when it interrupts the
 *       flow: it cuts a sentence, stands before a page break or another heading, or the text after
 *       it belongs to another story; otherwise it is a subheading;
 *   <li>text after a drop cap starts a story, unless the story above has only its headline and a
 *       standfirst (then the drop cap starts that story's body and the standfirst is its deck);
 *   <li>text after a closed story continues a story still open on the page before, unless it is set
 *       as a story lead; after a mid-story headline it goes to the open story it shares most words
 *       with.
 * </ul>
 */
public final class StorySegmenter {
  /**
   * Lead lines set beside a drop cap are at least this many half-width units short of the column (a
   * paragraph's indented first line is about four short, and its second line is full).
   */
  private static final int LEAD_INDENT = 5;

  /**
   * Between a dateline's day and its comma stand at most 8 characters, a time or a place: {@code
   * 下午}, {@code 上午在郑州}; further on the date is part of a sentence.
   */
  static final int DATELINE_TAIL_MAX_CHARS = 8;

  /** A news lead opens with the event's day: {@code 10 月 26 日，}, {@code 2020 年 7 月 10 日，}. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^((19|20)\\d{2} ?年 ?)?\\d{1,2} ?月 ?\\d{1,2} ?日[^，。]{0,"
              + DATELINE_TAIL_MAX_CHARS
              + "}[，,]");

  /**
   * Text goes on at most this many pages after the story's last text: the magazine prints no 转第N页
   * jumps, so a story continues on the same page or the next.
   */
  private static final int MAX_PAGE_GAP = 1;

  private final ColumnWidths columns;
  private final Pattern seriesMark;

  /** A segmenter for an issue whose series marks are those of {@code conventions}. */
  public StorySegmenter(ColumnWidths columns, LayoutConventions conventions) {
    this.columns = columns;
    this.seriesMark = PrintedForms.wholeLine(conventions.seriesMarks());
  }

  /** A segmenter for an issue with the default conventions. */
  public StorySegmenter(ColumnWidths columns) {
    this(columns, LayoutConventions.DEFAULTS);
  }

  public List<StoryDraft> segment(List<LayoutItem> items) {
    List<StoryDraft> stories = new ArrayList<>();
    StoryDraft current = null;
    boolean afterMidHeadline = false;
    for (int i = 0; i < items.size(); ) {
      LayoutItem item = items.get(i);
      if (item instanceof LayoutItem.Source s) {
        if (current != null && !current.isClosed()) {
          current.close(s.outlet());
        }
        afterMidHeadline = false;
        i++;
      } else if (item instanceof LayoutItem.Heading h) {
        int page = h.first().page();
        List<LayoutItem.Text> next = run(items, i + 1);
        if (current == null || current.isClosed()) {
          current = start(stories, h, page);
        } else if (current.hasHeadline() && !current.hasText() && h.first().pageStart()) {
          // A page that held headings and no text (contents, a cover) is left behind.
          current = start(stories, h, page);
        } else if (current.isSeries()) {
          current.add(h);
        } else if (current.hasHeadline() && !next.isEmpty() && opensStory(next, true)) {
          current = start(stories, h, page);
        } else if (!current.hasHeadline()
            && !LayoutReader.isNumbered(h.first().text())
            && interrupts(items, i, current, stories)) {
          current.setHeadline(h);
          afterMidHeadline = true;
        } else {
          current.add(h);
        }
        i++;
      } else {
        List<LayoutItem.Text> run = run(items, i);
        current = place(run, current, stories, afterMidHeadline);
        run.forEach(current::add);
        afterMidHeadline = false;
        i += run.size();
      }
    }
    return stories;
  }

  private StoryDraft place(
      List<LayoutItem.Text> run,
      StoryDraft current,
      List<StoryDraft> stories,
      boolean afterMidHeadline) {
    LayoutItem.Text first = run.get(0);
    int page = first.line().page();
    if (first.dropCap()) {
      if (current != null
          && !current.isClosed()
          && current.hasHeadline()
          && current.bodyIsDeckOnly(page)) {
        current.moveBodyToDeck();
        return current;
      }
      return start(stories, null, page);
    }
    if (current == null || current.isClosed()) {
      List<StoryDraft> open = open(stories, page);
      if (!open.isEmpty() && !opensStory(run, false)) {
        return closest(open, run, null);
      }
      return start(stories, null, page);
    }
    if (afterMidHeadline) {
      return closest(open(stories, page), run, current);
    }
    if (first.line().pageStart()
        && DATELINE.matcher(first.line().text()).find()
        && opensStory(run, false)) {
      // A page that opens with a dated lead set narrow beside a (lost) drop cap is a new story
      // even though the story before it has no 来源 yet.
      return start(stories, null, page);
    }
    return current;
  }

  /** Whether a heading in a story without headline breaks the flow, so is the headline. */
  private boolean interrupts(
      List<LayoutItem> items, int i, StoryDraft current, List<StoryDraft> stories) {
    LayoutItem.Heading h = (LayoutItem.Heading) items.get(i);
    if (h.first().pageStart() || current.endsMidSentence()) {
      return true;
    }
    if (i + 1 >= items.size()) {
      return false;
    }
    LayoutItem after = items.get(i + 1);
    if (after instanceof LayoutItem.Heading || after.first().pageStart()) {
      return true;
    }
    if (after instanceof LayoutItem.Text t && t.tableRow()) {
      return false;
    }
    if (after instanceof LayoutItem.Text) {
      List<LayoutItem.Text> next = run(items, i + 1);
      return closest(open(stories, h.first().page()), next, current) != current;
    }
    return false;
  }

  /**
   * Whether a run of text is set as a story's opening: a drop cap, two lead lines set narrow beside
   * a drop cap, or, right after a heading, a dateline (a paragraph inside a story may start with a
   * date too, but not straight after a heading of its own).
   */
  private boolean opensStory(List<LayoutItem.Text> run, boolean afterHeading) {
    if (run.get(0).dropCap()
        || (afterHeading && DATELINE.matcher(run.get(0).line().text()).find())) {
      return true;
    }
    if (run.size() < 2) {
      return false;
    }
    int column = columns.of(run.get(0).line().page());
    int limit = column - LEAD_INDENT;
    String a = run.get(0).line().text();
    String b = run.get(1).line().text();
    return LineShape.width(a) <= limit
        && LineShape.width(b) <= limit
        && !LineShape.endsSentence(a)
        && !LineShape.endsSentence(b)
        && !run.get(0).tableRow();
  }

  /**
   * The open stories a block on {@code page} may continue: not closed, text on this page or the one
   * before.
   */
  private static List<StoryDraft> open(List<StoryDraft> stories, int page) {
    return stories.stream()
        .filter(s -> !s.isClosed() && s.lastPage() >= page - MAX_PAGE_GAP)
        .toList();
  }

  private static StoryDraft closest(
      List<StoryDraft> candidates, List<LayoutItem.Text> run, StoryDraft preferred) {
    StringBuilder text = new StringBuilder();
    run.forEach(t -> text.append(t.line().text()).append('\n'));
    StoryDraft best = preferred;
    double bestScore =
        preferred == null ? -1 : LexicalOverlap.similarity(text.toString(), preferred.words());
    for (StoryDraft s : candidates) {
      double score = LexicalOverlap.similarity(text.toString(), s.words());
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return best == null ? candidates.get(0) : best;
  }

  /** The text items from {@code i} on, up to the next non-text item, page start or drop cap. */
  private static List<LayoutItem.Text> run(List<LayoutItem> items, int i) {
    List<LayoutItem.Text> run = new ArrayList<>();
    for (int j = i; j < items.size(); j++) {
      if (!(items.get(j) instanceof LayoutItem.Text t)
          || (j > i && (t.line().pageStart() || t.dropCap()))) {
        break;
      }
      run.add(t);
    }
    return run;
  }

  private StoryDraft start(List<StoryDraft> stories, LayoutItem.Heading h, int page) {
    StoryDraft story = new StoryDraft(h, page, seriesMark);
    stories.add(story);
    return story;
  }
}
