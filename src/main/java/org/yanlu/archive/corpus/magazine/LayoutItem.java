package org.yanlu.archive.corpus.magazine;

import java.util.List;

/** A piece of a dump's text flow after layout reading: a text line, a heading, or a 来源 line. */
public sealed interface LayoutItem {

  /** The first dump line of the item. */
  DumpLine first();

  /** A line of running text; {@code dropCap} when it opens a story's body, {@code tableRow}. */
  record Text(DumpLine line, boolean dropCap, boolean tableRow) implements LayoutItem {
    @Override
    public DumpLine first() {
      return line;
    }
  }

  /** Consecutive short lines set apart from the text: a headline, a subheading, a section head. */
  record Heading(List<DumpLine> lines) implements LayoutItem {
    public Heading {
      lines = List.copyOf(lines);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("a heading has at least one line");
      }
    }

    @Override
    public DumpLine first() {
      return lines.get(0);
    }

    /** The heading's lines joined as printed, one space where a line broke. */
    public String text() {
      return String.join(" ", lines.stream().map(DumpLine::text).toList());
    }
  }

  /** A {@code 来源：outlet} line, which ends the story it follows. */
  record Source(DumpLine line, String outlet) implements LayoutItem {
    @Override
    public DumpLine first() {
      return line;
    }
  }
}
