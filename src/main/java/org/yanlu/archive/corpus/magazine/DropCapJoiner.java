package org.yanlu.archive.corpus.magazine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rejoins drop caps, the enlarged first character of a story that the extraction put on a line of
 * its own ({@code 建} then {@code 成开通…}) or split from its number ({@code 2 020 年}). A drop cap
 * marks where a story's body begins, so the joined lines are remembered.
 */
public final class DropCapJoiner {
  /** A split first digit of a year: {@code 2 020 年}; a table row like {@code 5 360 www} is not. */
  private static final Pattern SPLIT_YEAR = Pattern.compile("^(\\d) (\\d{3})(?= ?年)");

  /** The joined lines and the numbers of those that begin with a drop cap. */
  public record Joined(List<DumpLine> lines, Set<Integer> dropCapLines) {
    public Joined {
      lines = List.copyOf(lines);
      dropCapLines = Set.copyOf(dropCapLines);
    }

    public boolean hasDropCap(DumpLine line) {
      return dropCapLines.contains(line.number());
    }
  }

  public Joined join(List<DumpLine> lines) {
    List<DumpLine> out = new ArrayList<>();
    Set<Integer> dropCaps = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      DumpLine line = lines.get(i);
      DumpLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (next != null && (isLoneCharacter(line.text()) || isLoneDigitOfADate(line, next))) {
        out.add(line.withText(line.text() + next.text()));
        dropCaps.add(line.number());
        i++;
        continue;
      }
      var m = SPLIT_YEAR.matcher(line.text());
      if (m.find()) {
        out.add(line.withText(m.replaceFirst("$1$2")));
        dropCaps.add(line.number());
        continue;
      }
      out.add(line);
    }
    return new Joined(out, dropCaps);
  }

  /** A drop-capped date: {@code 7} on its own, then {@code 月 26 日，…}. */
  private static boolean isLoneDigitOfADate(DumpLine line, DumpLine next) {
    return line.text().matches("\\d") && next.text().matches("^\\d? ?[年月日].*");
  }

  private static boolean isLoneCharacter(String text) {
    return text.codePointCount(0, text.length()) == 1 && LineShape.isCjk(text.codePointAt(0));
  }
}
