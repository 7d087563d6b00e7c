package org.yanlu.archive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
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

  private static final Pattern PLAIN_WORDS =
      Pattern.compile("[^\"“”「」＂()\\-+:\\s][^\"“”「」＂():\\s]*");

  /**
   * The share of an approximate quote's character pairs a passage must hold: one wrong character
   * breaks two pairs, so an 8-character quote with two slips keeps 3 of its 7 pairs.
   */
  static final double APPROXIMATE_SHARE = 0.4;

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
    String classic = QuerySyntax.toClassic(typed);
    QuerySyntax.check(classic);
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
   * its span ({@link PairWindowQuery} over the exact field), scored by the share of its pairs the
   * best such passage holds, so that the index's own ranking brings the closest passages into the
   * window {@link ApproximateQuotes} reranks by edit distance. A quote too short to approximate is
   * exact.
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
    List<String> pairs = new ArrayList<>();
    for (String t : new java.util.LinkedHashSet<>(exactTerms(text))) {
      if (t.codePointCount(0, t.length()) == 2) {
        pairs.add(t);
      }
    }
    int least =
        Math.min(pairs.size(), Math.max(2, (int) Math.ceil(APPROXIMATE_SHARE * pairs.size())));
    // A passage may hold a few added characters: its width runs a quarter (at least 2) over.
    int width = length - 1 + Math.max(2, length / 4);
    approximate.add(text);
    return new PairWindowQuery(ArticleFields.BODY_EXACT, pairs, least, width);
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
