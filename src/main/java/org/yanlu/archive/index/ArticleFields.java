package org.yanlu.archive.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Person;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.corpus.ArticleJson;

/**
 * The index schema in one place: field and facet names, the analyzers per field, and how an {@link
 * Article} (and each of its quotes) becomes Lucene documents.
 */
public final class ArticleFields {
  /** The article id; for a quote document, the article id with {@code #q} and its number. */
  public static final String ID = "id";

  /** {@link #KIND_ARTICLE} or {@link #KIND_QUOTE}: which kind of document this is. */
  public static final String KIND = "kind";

  public static final String KIND_ARTICLE = "article";
  public static final String KIND_QUOTE = "quote";

  /** On a quote document, the id of the article it was said in. */
  public static final String ARTICLE_ID = "article_id";

  /** On a quote document, the headline of the article it was said in (stored only). */
  public static final String ARTICLE_TITLE = "article_title";

  /** On a quote document, the speaker's role as the article gives it (stored only). */
  public static final String QUOTE_ROLE = "quote_role";

  /** On a quote document, the index of the article paragraph it was said in (stored only). */
  public static final String QUOTE_PARAGRAPH = "quote_paragraph";

  /** Headline, segmented by smartcn for ranking; stored for display. */
  public static final String TITLE = "title";

  /** Subtitle, segmented by smartcn; stored. */
  public static final String SUBTITLE = "subtitle";

  /** Body paragraphs (or a quote's text), segmented by smartcn for ranking; not stored. */
  public static final String BODY = "body";

  /** Headline and subtitle as exact character bigrams, for quotes found in the headline. */
  public static final String TITLE_EXACT = "title_exact";

  /**
   * Body paragraphs (or a quote's text) as exact character bigrams with positions, stored: it
   * answers quoted queries and is the text the highlighter marks.
   */
  public static final String BODY_EXACT = "body_exact";

  /** The outlet as one keyword (or {@link #NO_SOURCE}), for {@code source:} queries. */
  public static final String SOURCE = "source";

  /** Each speaker as a keyword, for {@code speaker:} queries. */
  public static final String SPEAKER = "speaker";

  /** Each theme as a keyword. */
  public static final String THEME = "theme";

  /** Each person named in the article as a keyword. */
  public static final String PERSON = "person";

  /** The day as days since 1970-01-01: a point for ranges, doc values for sorting. */
  public static final String DAY = "day";

  /** Stored display fields. */
  public static final String SOURCE_STORED = "source_stored";

  /**
   * The outlet as sorted doc values, as printed (empty when none): read for the other outlets of a
   * syndicated story without loading stored documents.
   */
  public static final String SOURCE_VALUE = "source_value";

  public static final String DATE_STORED = "date_stored";

  /**
   * When the article entered the archive, in epoch milliseconds, distinct from its publication
   * date: a point for "added since" filters, doc values for newest-added order, stored for hits. An
   * article keeps its first time through rebuilds and replacements, so "new" means new to the
   * archive. Only article documents carry it.
   */
  public static final String ADDED = "added";

  public static final String SPEAKERS_STORED = "speakers_stored";

  /**
   * The article as JSON, to give it back as it was indexed, all but its paragraphs: they are the
   * stored values of {@link #BODY_EXACT}, and storing them twice cost a quarter of the index.
   */
  public static final String ARTICLE_JSON = "article_json";

  /** The facet of outlets: the value of an article without a named outlet. */
  public static final String NO_SOURCE = "未注明来源";

  /** Facet dimensions. */
  public static final String FACET_SOURCE = "source";

  public static final String FACET_MONTH = "month";
  public static final String FACET_SPEAKER = "speaker";
  public static final String FACET_THEME = "theme";
  public static final String FACET_PERSON = "person";
  public static final String FACET_ORGANISATION = "organisation";
  public static final String FACET_PLACE = "place";

  /** The stored fields a hit of a result list is made of, on both hosts. */
  public static final List<String> HIT_FIELDS =
      List.of(ID, TITLE, SUBTITLE, SOURCE_STORED, DATE_STORED, SPEAKERS_STORED, BODY_EXACT, ADDED);

  /** All facet dimensions, in the order results list them. */
  public static final List<String> FACETS =
      List.of(
          FACET_SOURCE,
          FACET_MONTH,
          FACET_SPEAKER,
          FACET_THEME,
          FACET_PERSON,
          FACET_ORGANISATION,
          FACET_PLACE);

  /** Bumped when the schema changes, so that an index built by older code counts as stale. */
  public static final String SCHEMA_VERSION = "12";

  /**
   * Exact bigrams need positions for phrases. No offsets: they would cost a third of indexing, and
   * the highlighter re-analyses the few texts of a result page quickly instead.
   */
  private static final FieldType EXACT_STORED =
      textType(true, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  private static final FieldType EXACT_UNSTORED =
      textType(false, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  /**
   * Body words rank, they are never phrases (phrases go to the exact fields), so their positions
   * would be written for nothing.
   */
  private static final FieldType WORDS_WITHOUT_POSITIONS =
      textType(false, IndexOptions.DOCS_AND_FREQS);

  private final FacetsConfig facetsConfig;
  private final Analyzer analyzer;
  private final Analyzer wordAnalyzer;
  private final Analyzer exactAnalyzer;
  private final Analyzer highlightAnalyzer;

  public ArticleFields() {
    facetsConfig = new FacetsConfig();
    for (String dim :
        List.of(FACET_SPEAKER, FACET_THEME, FACET_PERSON, FACET_ORGANISATION, FACET_PLACE)) {
      facetsConfig.setMultiValued(dim, true);
    }
    wordAnalyzer = new ChineseWordAnalyzer();
    exactAnalyzer = new ExactAnalyzer(ExactTokenizer.Terms.BIGRAMS_AND_UNIGRAMS);
    // Ended bigrams: every character starts a term, so a one-character quote is a prefix query
    // over the bigram fields; a separate field of single characters cost a third of indexing.
    Analyzer bigrams = new ExactAnalyzer(ExactTokenizer.Terms.BIGRAMS_ENDED);
    analyzer =
        new PerFieldAnalyzerWrapper(
            wordAnalyzer, Map.of(TITLE_EXACT, bigrams, BODY_EXACT, bigrams));
    // The highlighter marks quotes of one character too, so it sees unigrams in the body text.
    highlightAnalyzer =
        new PerFieldAnalyzerWrapper(wordAnalyzer, Map.of(BODY_EXACT, exactAnalyzer));
  }

  /** The one facets configuration, shared by the indexer and the searcher. */
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** The analyzer per field, for the index writer and the highlighter. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** The smartcn analyzer of the ranking fields. */
  public Analyzer wordAnalyzer() {
    return wordAnalyzer;
  }

  /**
   * The exact analyzer for query text: bigrams and single characters at each position; the bigrams
   * are the terms of {@link #TITLE_EXACT}/{@link #BODY_EXACT}, a single character their prefix.
   */
  public Analyzer exactAnalyzer() {
    return exactAnalyzer;
  }

  /** The analyzer the highlighter re-analyses stored body text with. */
  public Analyzer highlightAnalyzer() {
    return highlightAnalyzer;
  }

  /** The article's document followed by one document per quote, ready for the index writer. */
  public List<Document> documents(Article article) throws IOException {
    List<Document> docs = new ArrayList<>(1 + article.quotes().size());
    docs.add(articleDocument(article));
    for (int i = 0; i < article.quotes().size(); i++) {
      docs.add(quoteDocument(article, i, article.quotes().get(i)));
    }
    return docs;
  }

  private Document articleDocument(Article a) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new StringField(KIND, KIND_ARTICLE, Field.Store.NO));
    doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
    doc.add(new TextField(SUBTITLE, a.subtitle(), Field.Store.YES));
    doc.add(new Field(TITLE_EXACT, a.title(), EXACT_UNSTORED));
    doc.add(new Field(TITLE_EXACT, a.subtitle(), EXACT_UNSTORED));
    for (String paragraph : a.paragraphs()) {
      doc.add(new Field(BODY, paragraph, WORDS_WITHOUT_POSITIONS));
      doc.add(new Field(BODY_EXACT, paragraph, EXACT_STORED));
    }
    addShared(doc, a);
    for (String speaker : distinct(a.speakers())) {
      doc.add(new StringField(SPEAKER, keyword(speaker), Field.Store.NO));
      doc.add(new StoredField(SPEAKERS_STORED, speaker));
      doc.add(new SortedSetDocValuesFacetField(FACET_SPEAKER, speaker));
    }
    for (String theme : distinct(a.themes())) {
      doc.add(new StringField(THEME, keyword(theme), Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(FACET_THEME, theme));
    }
    List<String> people = a.people().stream().map(Person::name).toList();
    for (String person : distinct(people)) {
      doc.add(new StringField(PERSON, keyword(person), Field.Store.NO));
    }
    addFacets(doc, FACET_PERSON, people);
    addFacets(doc, FACET_ORGANISATION, a.organisations());
    addFacets(doc, FACET_PLACE, a.places());
    doc.add(new StoredField(ARTICLE_JSON, storedJson(a)));
    doc.add(CopyListing.of(a));
    return facetsConfig.build(doc);
  }

  private Document quoteDocument(Article a, int number, Quote quote) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id() + "#q" + number, Field.Store.YES));
    doc.add(new StringField(KIND, KIND_QUOTE, Field.Store.NO));
    doc.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
    doc.add(new StoredField(ARTICLE_TITLE, a.title()));
    doc.add(new StoredField(QUOTE_ROLE, quote.role()));
    doc.add(new StoredField(QUOTE_PARAGRAPH, quote.paragraph()));
    doc.add(new Field(BODY, quote.text(), WORDS_WITHOUT_POSITIONS));
    doc.add(new Field(BODY_EXACT, quote.text(), EXACT_STORED));
    addShared(doc, a);
    if (!quote.speaker().isBlank()) {
      doc.add(new StringField(SPEAKER, keyword(quote.speaker()), Field.Store.NO));
      doc.add(new StoredField(SPEAKERS_STORED, quote.speaker()));
      doc.add(new SortedSetDocValuesFacetField(FACET_SPEAKER, quote.speaker()));
    }
    return facetsConfig.build(doc);
  }

  /**
   * Records on an article's document when the article entered the archive; the indexers call it
   * with the article's first time, kept from the index they replace or add to.
   */
  public static void stampAdded(Document articleDocument, Instant added) {
    long millis = added.toEpochMilli();
    articleDocument.add(new LongPoint(ADDED, millis));
    articleDocument.add(new NumericDocValuesField(ADDED, millis));
    articleDocument.add(new StoredField(ADDED, millis));
  }

  /** Outlet and date, the same on an article and its quotes. */
  private static void addShared(Document doc, Article a) {
    String source = a.source().isBlank() ? NO_SOURCE : a.source();
    doc.add(new StringField(SOURCE, keyword(source), Field.Store.NO));
    doc.add(new StoredField(SOURCE_STORED, a.source()));
    doc.add(new SortedDocValuesField(SOURCE_VALUE, new BytesRef(a.source())));
    doc.add(new SortedSetDocValuesFacetField(FACET_SOURCE, source));
    if (a.date().isKnown()) {
      int day = (int) a.date().day().toEpochDay();
      doc.add(new IntPoint(DAY, day));
      doc.add(new NumericDocValuesField(DAY, day));
      doc.add(new StoredField(DATE_STORED, a.date().text()));
    }
    if (a.date().month() != null) {
      doc.add(new SortedSetDocValuesFacetField(FACET_MONTH, a.date().month()));
    }
  }

  /**
   * The form of a name in the keyword fields ({@link #SOURCE}, {@link #SPEAKER}, {@link #THEME},
   * {@link #PERSON}): folded like all text and without spaces, so that {@code c114 通信网} and {@code
   * C114通信网} are one outlet. Queries look names up in this form.
   */
  public static String keyword(String name) {
    StringBuilder out = new StringBuilder();
    ChineseFolding.fold(name.strip())
        .codePoints()
        .filter(cp -> !ExactTokenizer.isIgnorable(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  private static void addFacets(Document doc, String dim, List<String> values) {
    for (String value : distinct(values)) {
      doc.add(new SortedSetDocValuesFacetField(dim, value));
    }
  }

  private static Set<String> distinct(List<String> values) {
    Set<String> set = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        set.add(v.strip());
      }
    }
    return set;
  }

  /** The article as it was indexed, from its stored JSON and paragraphs. */
  public static Article article(Document doc) {
    String json = doc.get(ARTICLE_JSON);
    if (json == null) {
      throw new IllegalArgumentException("not an article document: " + doc.get(ID));
    }
    return article(doc.get(ID), json, List.of(doc.getValues(BODY_EXACT)));
  }

  /**
   * The article from its stored {@link #ARTICLE_JSON} and its {@link #BODY_EXACT} values, as any
   * host stores them.
   */
  public static Article article(String id, String storedJson, List<String> paragraphs) {
    // No catch of a corpus type here: the Solr plugin loads this class without the corpus package,
    // and the verifier would load a caught exception's class; only the calls resolve lazily.
    return ArticleJson.fromStored(id, storedJson, paragraphs);
  }

  /**
   * The value of {@link #ARTICLE_JSON}: the article in the mapping {@code articles} prints and the
   * JSON-lines reader reads, so that the three cannot drift apart, without its paragraphs.
   */
  public static String storedJson(Article a) {
    return ArticleJson.toStored(a);
  }

  /**
   * The distinct values of a list as indexed in facets and keywords: stripped, blanks left out, in
   * their first order.
   */
  public static Set<String> distinctValues(List<String> values) {
    return distinct(values);
  }

  /** The outlet as the facet and keyword fields hold it: {@link #NO_SOURCE} when none. */
  public static String sourceValue(Article a) {
    return a.source().isBlank() ? NO_SOURCE : a.source();
  }

  private static FieldType textType(boolean stored, IndexOptions options) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(options);
    type.freeze();
    return type;
  }
}
