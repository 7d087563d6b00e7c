package org.yanlu.archive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.WordSegmenter;

/**
 * Turns what a reader types into a Lucene query, on Lucene's classic query parser: words are ANDed,
 * {@code "…"}, {@code “…”} and {@code 「…」} are exact quotes, {@code -word} excludes, {@code OR}
 * between terms, {@code source:} and {@code speaker:} (and {@code theme:}) filter, and {@code "…"~}
 * is a quote remembered approximately.
 *
 * <p>A quote goes to the exact bigram fields as a phrase, analysed by the same analyzer as the
 * text, so it finds every article that holds the string. A word goes to the smartcn fields with
 * headline boosts, and also to the exact fields as a phrase, which both finds words the segmenter
 * cut differently in the text and ranks the unbroken word above its pieces scattered. One parser
 * serves one query: it is not thread-safe.
 */
final class ArchiveQueryParser extends QueryParser {
  static final String TEXT = "text";
  private static final String SOURCE_PREFIX = "source";
  private static final String SPEAKER_PREFIX = "speaker";
  private static final String THEME_PREFIX = "theme";

  private static final float TITLE_BOOST = 3f;
  private static final float SUBTITLE_BOOST = 2f;
  private static final float BODY_BOOST = 1f;
  private static final float EXACT_TITLE_BOOST = 4f;
  private static final float EXACT_BODY_BOOST = 1.5f;
  private static final float WHOLE_PHRASE_BOOST = 2f;
  private static final float NAME_BOOST = 10f;
  private static final List<String> NAME_FIELDS =
      List.of(ArticleFields.SOURCE, ArticleFields.SPEAKER, ArticleFields.PERSON);

  /** Characters of the classic syntax that our language does not use: taken literally. */
  private static final Pattern UNUSED_SYNTAX = Pattern.compile("([*?~^\\[\\]{}/\\\\!])");

  /** A colon that does not follow one of our field names is text, such as in {@code 来源:} */
  private static final Pattern TEXT_COLON =
      Pattern.compile("(?<!(?:^|[\\s(+\\-])(?:source|speaker|theme)):");

  private static final Pattern LONE_SIGN = Pattern.compile("(^|\\s)[-+](\\s|$)");
  private static final Pattern DANGLING_OPERATOR =
      Pattern.compile("(^\\s*(OR|AND)\\b)|(\\b(OR|AND|NOT)\\s*$)");
  private static final Pattern PLAIN_WORDS =
      Pattern.compile("[^\"“”「」＂()\\-+:\\s][^\"“”「」＂():\\s]*");

  /**
   * The share of an approximate quote's character pairs a passage must hold: one wrong character
   * breaks two pairs, so an 8-character quote with two slips keeps 3 of its 7 pairs.
   */
  static final double APPROXIMATE_SHARE = 0.4;

  /** How many shares of the pairs (from the least to all) rank approximate passages. */
  private static final int APPROXIMATE_LEVELS = 4;

  private final Analyzer exactAnalyzer;
  private final List<Query> highlights = new ArrayList<>();
  private final List<String> approximate = new ArrayList<>();

  ArchiveQueryParser(ArticleFields fields) {
    super(TEXT, fields.wordAnalyzer());
    this.exactAnalyzer = fields.exactAnalyzer();
    setDefaultOperator(Operator.AND);
    setSplitOnWhitespace(true);
  }

  /**
   * What a query text means: the query that selects articles, the one that marks them, and its
   * approximate quotes ({@code "…"~}) as typed, which {@link ApproximateQuotes} ranks and marks.
   */
  record Parsed(Query match, Query highlight, List<String> approximate) {
    /** The ranking of the approximate quotes, or null when there are none. */
    ApproximateQuotes approximateQuotes() {
      return approximate.isEmpty() ? null : new ApproximateQuotes(approximate);
    }
  }

  /**
   * Parses query text; blank text browses all articles.
   *
   * @throws BadQueryException with a bilingual message when the text is malformed
   */
  Parsed parseText(String text) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty()) {
      return new Parsed(new MatchAllDocsQuery(), null, List.of());
    }
    String classic = toClassicSyntax(typed);
    check(classic);
    Query query;
    try {
      query = parse(classic);
    } catch (ParseException | TokenMgrError | IllegalArgumentException e) {
      throw new BadQueryException(
          "查询语法有误，请检查引号、括号和 OR / malformed query, check quotes, brackets and OR: " + text);
    }
    query = onlyExclusionsBrowse(query);
    query = withWholePhraseBoost(query, typed);
    BooleanQuery.Builder highlight = new BooleanQuery.Builder();
    highlights.forEach(h -> highlight.add(h, BooleanClause.Occur.SHOULD));
    return new Parsed(
        query, highlights.isEmpty() ? null : highlight.build(), List.copyOf(approximate));
  }

  /**
   * Rewrites what the reader typed into the classic syntax: a quote opened by {@code "}, {@code “}
   * or {@code 「} runs to its own closing mark and becomes an ASCII-quoted string whose content is
   * taken literally (curly quotes inside an ASCII quote are text); outside quotes, the classic
   * syntax we do not offer ({@code * ? ~ ^ [ ] { } / \ !}, colons after other words) is escaped.
   *
   * @throws BadQueryException when a quote is not closed
   */
  static String toClassicSyntax(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    StringBuilder outside = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char close = closingMark(c);
      if (close == 0) {
        outside.append(c);
        i++;
        continue;
      }
      int end = text.indexOf(close, i + 1);
      if (end < 0) {
        throw new BadQueryException("引号不成对 / unbalanced quotes: " + text);
      }
      out.append(escapeOutside(outside.toString()));
      outside.setLength(0);
      out.append('"');
      for (int k = i + 1; k < end; k++) {
        char q = text.charAt(k);
        if (q == '"' || q == '\\') {
          out.append('\\');
        }
        out.append(q);
      }
      out.append('"');
      i = end + 1;
      if (i < text.length() && isTilde(text.charAt(i))) {
        // "…"~ is an approximate quote; the classic parser hands a quote's slop to
        // getFieldQuery, and no slop a reader types gets there (their ~ is escaped), so slop 1
        // marks it.
        out.append("~1");
        i++;
      }
    }
    out.append(escapeOutside(outside.toString()));
    return out.toString();
  }

  private static boolean isTilde(char c) {
    return c == '~' || c == '～';
  }

  /**
   * The text with each of its exact quotes taken approximately ({@code "…"} as {@code "…"~}), for
   * the closest passages when the exact quotes found nothing; null when it holds no quote that can
   * be approximate (a negated one, or one too short or too long, stays as it is).
   */
  static String approximately(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length() + 4);
    boolean changed = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char close = closingMark(c);
      int end = close == 0 ? -1 : text.indexOf(close, i + 1);
      if (end < 0) {
        out.append(c);
        i++;
        continue;
      }
      boolean negated = i > 0 && text.charAt(i - 1) == '-';
      String quoted = ArticleFields.keyword(text.substring(i + 1, end));
      int length = quoted.codePointCount(0, quoted.length());
      out.append(text, i, end + 1);
      i = end + 1;
      boolean already = i < text.length() && isTilde(text.charAt(i));
      if (!negated
          && !already
          && length >= ApproximateQuotes.MIN_LENGTH
          && length <= ApproximateQuotes.MAX_LENGTH) {
        out.append('~');
        changed = true;
      }
    }
    return changed ? out.toString() : null;
  }

  /** The mark that closes a quote opened by {@code c}, or 0 when {@code c} opens none. */
  private static char closingMark(char c) {
    return switch (c) {
      case '"' -> '"';
      case '“' -> '”';
      case '「' -> '」';
      case '＂' -> '＂';
      default -> 0;
    };
  }

  private static String escapeOutside(String text) {
    String escaped = UNUSED_SYNTAX.matcher(text).replaceAll("\\\\$1");
    return TEXT_COLON.matcher(escaped).replaceAll("\\\\:");
  }

  /** Operators without their words, which the classic parser would report obscurely. */
  private static void check(String classic) {
    // A quote stands for one word, glued to its sign: -"基站" is a sign followed by a word.
    String outsideQuotes = classic.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "q");
    if (LONE_SIGN.matcher(outsideQuotes).find()) {
      throw new BadQueryException(
          "减号或加号后面要紧跟一个词，如 -广告 / a '-' or '+' must be followed by a word, as in -广告");
    }
    if (DANGLING_OPERATOR.matcher(outsideQuotes).find()) {
      throw new BadQueryException("OR、AND、NOT 两边都需要词 / OR, AND and NOT need a word on each side");
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    return switch (field) {
      case SOURCE_PREFIX -> name(ArticleFields.SOURCE, queryText);
      case SPEAKER_PREFIX -> name(ArticleFields.SPEAKER, queryText);
      case THEME_PREFIX -> name(ArticleFields.THEME, queryText);
      case TEXT -> quoted ? quote(queryText) : word(queryText);
      default -> word(field + ":" + queryText);
    };
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    if (slop > 0 && field.equals(TEXT)) {
      return approximate(queryText);
    }
    return getFieldQuery(field, queryText, true);
  }

  /**
   * A quote remembered approximately: the passages of the body that hold at least {@link
   * #APPROXIMATE_SHARE} of its character pairs (bigrams, so in about the same order) within about
   * its span, as Lucene interval queries over the exact field. Higher shares of its pairs add
   * score, so that the index's own ranking brings the closest passages into the window {@link
   * ApproximateQuotes} reranks by edit distance. A quote too short to approximate is exact.
   */
  private Query approximate(String text) {
    String folded = ArticleFields.keyword(text);
    int length = folded.codePointCount(0, folded.length());
    if (length < ApproximateQuotes.MIN_LENGTH) {
      return quote(text);
    }
    if (length > ApproximateQuotes.MAX_LENGTH) {
      throw new BadQueryException(
          "近似引语最多 "
              + ApproximateQuotes.MAX_LENGTH
              + " 个字 / an approximate quote (\"…\"~) holds at most "
              + ApproximateQuotes.MAX_LENGTH
              + " characters");
    }
    List<IntervalsSource> pairs = new ArrayList<>();
    for (String t : new java.util.LinkedHashSet<>(exactTerms(text))) {
      if (t.codePointCount(0, t.length()) == 2) {
        pairs.add(Intervals.term(t));
      }
    }
    int n = pairs.size();
    int least = Math.min(n, Math.max(2, (int) Math.ceil(APPROXIMATE_SHARE * n)));
    // A passage may hold a few added characters: its width runs a quarter (at least 2) over.
    int width = length - 1 + Math.max(2, length / 4);
    IntervalsSource[] sources = pairs.toArray(IntervalsSource[]::new);
    BooleanQuery.Builder passages = new BooleanQuery.Builder();
    passages.add(atLeast(least, width, sources), BooleanClause.Occur.MUST);
    int previous = least;
    for (int level = 1; level < APPROXIMATE_LEVELS; level++) {
      int more = least + Math.round((float) (n - least) * level / (APPROXIMATE_LEVELS - 1));
      if (more > previous) {
        passages.add(atLeast(more, width, sources), BooleanClause.Occur.SHOULD);
        previous = more;
      }
    }
    approximate.add(text);
    return passages.build();
  }

  private static Query atLeast(int least, int width, IntervalsSource[] pairs) {
    IntervalsSource any =
        least == pairs.length && least == 1 ? pairs[0] : Intervals.atLeast(least, pairs);
    return new IntervalQuery(ArticleFields.BODY_EXACT, Intervals.maxwidth(width, any));
  }

  private static Query name(String field, String text) {
    return new TermQuery(new Term(field, ArticleFields.keyword(text)));
  }

  private Query quote(String text) {
    Query exact = exact(text);
    if (exact == null) {
      throw new BadQueryException("引号里没有内容 / an empty quote finds nothing");
    }
    highlights.add(exact(ArticleFields.BODY_EXACT, text));
    return exact;
  }

  /** The articles whose headline, subtitle or body hold the string exactly. */
  private Query exact(String text) {
    Query title = exact(ArticleFields.TITLE_EXACT, text);
    if (title == null) {
      return null;
    }
    if (title instanceof TermQuery one) {
      // One character: every character starts an indexed bigram (the last one paired with an end
      // mark), so the bigrams it starts are exactly where it occurs.
      String character = one.getTerm().text();
      return new BooleanQuery.Builder()
          .add(startingWith(ArticleFields.TITLE_EXACT, character), BooleanClause.Occur.SHOULD)
          .add(startingWith(ArticleFields.BODY_EXACT, character), BooleanClause.Occur.SHOULD)
          .build();
    }
    return new BooleanQuery.Builder()
        .add(new BoostQuery(title, EXACT_TITLE_BOOST), BooleanClause.Occur.SHOULD)
        .add(
            new BoostQuery(exact(ArticleFields.BODY_EXACT, text), EXACT_BODY_BOOST),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  private static Query startingWith(String field, String character) {
    return new PrefixQuery(new Term(field, character));
  }

  private Query word(String text) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    addWords(any, ArticleFields.TITLE, text, TITLE_BOOST);
    addWords(any, ArticleFields.SUBTITLE, text, SUBTITLE_BOOST);
    addWords(any, ArticleFields.BODY, text, BODY_BOOST);
    Query exact = exact(text);
    if (exact != null) {
      any.add(exact, BooleanClause.Occur.SHOULD);
      highlights.add(exact(ArticleFields.BODY_EXACT, text));
    }
    // A word that is a whole outlet, speaker or person name finds their articles, high up.
    for (String field : NAME_FIELDS) {
      any.add(new BoostQuery(name(field, text), NAME_BOOST), BooleanClause.Occur.SHOULD);
    }
    for (String piece : segments(text)) {
      if (piece.codePointCount(0, piece.length()) > 1) {
        highlights.add(exact(ArticleFields.BODY_EXACT, piece));
      }
    }
    BooleanQuery built = any.build();
    return built.clauses().isEmpty() ? new MatchNoDocsQuery("nothing to search for") : built;
  }

  private void addWords(BooleanQuery.Builder any, String field, String text, float boost) {
    Query q = createBooleanQuery(field, text, BooleanClause.Occur.MUST);
    if (q != null) {
      any.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    }
  }

  /**
   * An exact phrase over the bigram terms of a field: the bigrams at every other position (and the
   * last) pin down every character, so they are enough. One character is its unigram term, which
   * only the highlighter's analysis of {@code body_exact} holds; searches ask for its prefix.
   */
  Query exact(String field, String text) {
    List<String> terms = exactTerms(text);
    List<String> bigrams = new ArrayList<>();
    String unigram = null;
    for (String t : terms) {
      if (t.codePointCount(0, t.length()) == 2) {
        bigrams.add(t);
      } else if (unigram == null) {
        unigram = t;
      }
    }
    if (bigrams.isEmpty()) {
      return unigram == null ? null : new TermQuery(new Term(field, unigram));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    int last = bigrams.size() - 1;
    for (int i = 0; i <= last; i++) {
      if (i % 2 == 0 || i == last) {
        phrase.add(new Term(field, bigrams.get(i)), i);
      }
    }
    return phrase.build();
  }

  private List<String> exactTerms(String text) {
    return WordSegmenter.of(exactAnalyzer, ArticleFields.BODY_EXACT).words(text);
  }

  /** The smartcn words of a text, in order. */
  private List<String> segments(String text) {
    return WordSegmenter.of(getAnalyzer(), ArticleFields.BODY).words(text);
  }

  /** {@code -广告} alone means all articles but those, not nothing. */
  private static Query onlyExclusionsBrowse(Query query) {
    if (query instanceof BooleanQuery bq
        && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      bq.clauses().forEach(b::add);
      return b.build();
    }
    return query;
  }

  /**
   * For plain words ({@code 5G 基站}), a bonus for articles that hold them side by side as one
   * string: an exact phrase above scattered words.
   */
  private Query withWholePhraseBoost(Query query, String text) {
    String[] words = text.split("\\s+");
    if (words.length < 2) {
      return query;
    }
    for (String w : words) {
      if (!PLAIN_WORDS.matcher(w).matches()
          || w.equals("OR")
          || w.equals("AND")
          || w.equals("NOT")) {
        return query;
      }
    }
    Query whole = exact(String.join("", words));
    if (whole == null) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new BoostQuery(whole, WHOLE_PHRASE_BOOST), BooleanClause.Occur.SHOULD)
        .build();
  }
}
