package org.yanlu.archive.corpus.magazine;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds paragraphs from a story's PDF lines. The dump does not mark paragraphs; a paragraph ends
 * where a line ends a sentence and is clearly shorter than the column, or where the next line is
 * indented (the first line of a paragraph starts two characters in), or at a subheading. Lines of a
 * paragraph are joined without a space (Chinese has none), except between two Latin words or
 * numbers.
 */
public final class ParagraphBuilder {
  /**
   * A line this many half-width units short of the column is not a full line: a full line can end a
   * cell or a Latin letter short of it; only 3 reads this issue right (2 splits paragraphs, 4
   * merges them, in several stories).
   */
  private static final int SHORT_BY = 3;

  /** A paragraph's first line starts two characters (4 half-width units) in. */
  private static final int INDENT = 4;

  /**
   * An indented first line (two characters in) is at least this share of the column; a shorter line
   * is a paragraph's last (…李彦宏说。): 80–84 % read this issue alike.
   */
  private static final int INDENTED_MIN_PERCENT = 80;

  /** One block of a story's body: a paragraph, or a subheading set between paragraphs. */
  public record Block(String text, boolean heading, LayoutItem.Heading source) {}

  private final ColumnWidths columns;
  private final SpacingNormaliser spacing = new SpacingNormaliser();

  public ParagraphBuilder(ColumnWidths columns) {
    this.columns = columns;
  }

  public List<Block> build(List<LayoutItem> items) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      LayoutItem item = items.get(i);
      if (item instanceof LayoutItem.Heading h) {
        flush(paragraph, blocks);
        blocks.add(new Block(headingText(h), true, h));
        continue;
      }
      if (!(item instanceof LayoutItem.Text t)) {
        continue;
      }
      if (t.tableRow()) {
        flush(paragraph, blocks);
        blocks.add(new Block(spacing.collapse(t.line().text()), false, null));
        continue;
      }
      append(paragraph, t.line().text());
      LayoutItem next = i + 1 < items.size() ? items.get(i + 1) : null;
      if (endsParagraph(t.line(), next)) {
        flush(paragraph, blocks);
      }
    }
    flush(paragraph, blocks);
    return blocks;
  }

  /** A heading's lines as one string; a set gap inside a line stays as one space. */
  public String headingText(LayoutItem.Heading h) {
    StringBuilder joined = new StringBuilder();
    for (DumpLine line : h.lines()) {
      append(joined, spacing.normalise(line.text(), true));
    }
    return joined.toString();
  }

  private boolean endsParagraph(DumpLine line, LayoutItem next) {
    String text = line.text();
    int column = columns.of(line.page());
    int width = LineShape.width(text);
    boolean closes =
        LineShape.endsSentence(text)
            || (LineShape.endsWithColon(text) && width <= column - SHORT_BY);
    if (!closes) {
      return false;
    }
    if (!(next instanceof LayoutItem.Text t) || t.tableRow()) {
      return true;
    }
    // The next line is indented when it is a little short of the column; a much shorter line is
    // the last line of this paragraph (…李彦宏说。), not the first of a new one.
    int nextColumn = columns.of(t.line().page());
    int nextWidth = LineShape.width(t.line().text());
    boolean indented =
        nextWidth <= nextColumn - INDENT
            && nextWidth >= ColumnWidths.percent(nextColumn, INDENTED_MIN_PERCENT);
    return width <= column - SHORT_BY || indented;
  }

  /** Appends a line; a space only where a Latin word or number meets another across the break. */
  private static void append(StringBuilder paragraph, String line) {
    if (paragraph.length() > 0
        && isLatin(paragraph.charAt(paragraph.length() - 1))
        && !line.isEmpty()
        && isLatin(line.charAt(0))) {
      paragraph.append(' ');
    }
    paragraph.append(line);
  }

  private void flush(StringBuilder paragraph, List<Block> blocks) {
    if (paragraph.length() > 0) {
      blocks.add(new Block(spacing.normalise(paragraph.toString()), false, null));
      paragraph.setLength(0);
    }
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
