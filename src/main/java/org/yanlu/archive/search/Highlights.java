package org.yanlu.archive.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.yanlu.archive.index.ArticleFields;

/**
 * Marks a query's matches in article text with Lucene's UnifiedHighlighter: snippets of 100-150
 * characters for hits, and whole paragraphs for an opened article. The output is HTML-escaped text
 * whose only tags are {@code <mark>}.
 */
public final class Highlights {
  /** The length a snippet aims at; passages end at punctuation, so most are 100-150. */
  static final int SNIPPET_LENGTH = 140;

  /** How far into long articles matches are looked for. */
  private static final int MAX_LENGTH = 200_000;

  private final ArticleFields fields;
  private final PassageFormatter formatter = new MarkFormatter();

  public Highlights(ArticleFields fields) {
    this.fields = fields;
  }

  /**
   * One snippet per hit, in the order of {@code docs}; the start of the text when none matches.
   *
   * @param bodies each hit's {@link ArticleFields#BODY_EXACT} paragraphs by doc id, as the caller
   *     read them with its other stored fields
   */
  String[] snippets(
      IndexSearcher searcher, Query highlight, ScoreDoc[] docs, Map<Integer, String[]> bodies)
      throws IOException {
    if (docs.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter =
        new ReadTextHighlighter(
            snippetSettings(UnifiedHighlighter.builder(searcher, fields.highlightAnalyzer())),
            bodies);
    TopDocs topDocs = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    Query q = highlight == null ? new MatchNoDocsQuery() : highlight;
    String[] snippets = highlighter.highlight(ArticleFields.BODY_EXACT, q, topDocs, 1);
    for (int i = 0; i < snippets.length; i++) {
      // The highlighter joins paragraphs with a NUL character; a reader sees a space.
      snippets[i] = snippets[i] == null ? "" : snippets[i].replace('\u0000', ' ').strip();
    }
    return snippets;
  }

  /**
   * The snippet of one text, its paragraphs given: the same passages as {@link #snippets}, for a
   * host that hands the text over rather than an index to read it from (SolrCloud).
   */
  public String snippet(Query highlight, List<String> paragraphs) throws IOException {
    UnifiedHighlighter highlighter =
        snippetSettings(UnifiedHighlighter.builderWithoutSearcher(fields.highlightAnalyzer()))
            .build();
    // Joined as the highlighter joins a field's values (its MULTIVAL_SEP_CHAR, a NUL).
    String joined = String.join("\u0000", paragraphs);
    joined = joined.substring(0, Math.min(joined.length(), MAX_LENGTH));
    Object marked =
        highlighter.highlightWithoutSearcher(
            ArticleFields.BODY_EXACT,
            highlight == null ? new MatchNoDocsQuery() : highlight,
            joined,
            1);
    return marked == null ? "" : marked.toString().replace('\u0000', ' ').strip();
  }

  /**
   * Snippets of about {@link #SNIPPET_LENGTH} characters, the start of the text when none matches.
   */
  private UnifiedHighlighter.Builder snippetSettings(UnifiedHighlighter.Builder builder) {
    return builder
        .withFormatter(formatter)
        .withBreakIterator(
            () ->
                LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getWordInstance(Locale.CHINA), SNIPPET_LENGTH, 0.3f))
        .withMaxNoHighlightPassages(1)
        .withMaxLength(MAX_LENGTH);
  }

  /**
   * A highlighter given the text it marks rather than reading it from stored fields again. Values
   * are joined and cut as the highlighter's own loading does: with its separator, at its maximum
   * length.
   */
  private static final class ReadTextHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String[]> bodies;

    ReadTextHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, String[]> bodies) {
      super(builder);
      this.bodies = bodies;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fieldNames, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        CharSequence[] perField = new CharSequence[fieldNames.length];
        for (int f = 0; f < fieldNames.length; f++) {
          if (!fieldNames[f].equals(ArticleFields.BODY_EXACT) || !bodies.containsKey(doc)) {
            throw new IllegalStateException("no text read for " + fieldNames[f] + " of " + doc);
          }
          String joined = String.join(String.valueOf(MULTIVAL_SEP_CHAR), bodies.get(doc));
          perField[f] = joined.substring(0, Math.min(joined.length(), getMaxLength()));
        }
        values.add(perField);
      }
      return values;
    }
  }

  /** Each paragraph whole, HTML-escaped, with the query's matches marked. */
  public List<String> paragraphs(Query highlight, List<String> paragraphs) throws IOException {
    List<String> out = new ArrayList<>(paragraphs.size());
    UnifiedHighlighter highlighter =
        highlight == null
            ? null
            : UnifiedHighlighter.builderWithoutSearcher(fields.highlightAnalyzer())
                .withFormatter(formatter)
                .withBreakIterator(WholeBreakIterator::new)
                .withMaxNoHighlightPassages(0)
                .withMaxLength(MAX_LENGTH)
                .build();
    for (String p : paragraphs) {
      Object marked =
          highlighter == null
              ? null
              : highlighter.highlightWithoutSearcher(ArticleFields.BODY_EXACT, highlight, p, 1);
      out.add(marked == null ? escape(p) : marked.toString());
    }
    return out;
  }

  /** Escapes text for HTML the way the passage formatter does. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        case '/' -> sb.append("&#x2F;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
