package org.yanlu.archive.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML-escaped text with {@code <mark>} around matches, joining
 * overlapping and touching matches into one mark.
 *
 * <p>Lucene's DefaultPassageFormatter assumes each match starts after the previous one ends; the
 * exact fields break that (bigrams overlap, and a character that folds to several, such as {@code
 * …} to {@code ...}, gives several terms at one offset), so matches are merged here.
 */
final class MarkFormatter extends PassageFormatter {
  private static final String ELLIPSIS = "… ";

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder sb = new StringBuilder();
    int previousEnd = 0;
    for (Passage passage : passages) {
      if (passage.getStartOffset() > previousEnd && sb.length() > 0) {
        sb.append(ELLIPSIS);
      }
      int pos = passage.getStartOffset();
      int end = passage.getEndOffset();
      int n = passage.getNumMatches();
      for (int i = 0; i < n; i++) {
        int start = Math.max(pos, passage.getMatchStarts()[i]);
        int matchEnd = Math.min(end, passage.getMatchEnds()[i]);
        while (i + 1 < n && passage.getMatchStarts()[i + 1] <= matchEnd) {
          matchEnd = Math.min(end, Math.max(matchEnd, passage.getMatchEnds()[++i]));
        }
        if (matchEnd <= start) {
          continue;
        }
        sb.append(Highlights.escape(content.substring(pos, start)));
        sb.append("<mark>").append(Highlights.escape(content.substring(start, matchEnd)));
        sb.append("</mark>");
        pos = matchEnd;
      }
      sb.append(Highlights.escape(content.substring(pos, Math.max(pos, end))));
      previousEnd = end;
    }
    return sb.toString();
  }
}
