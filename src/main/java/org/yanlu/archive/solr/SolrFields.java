package org.yanlu.archive.solr;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.SolrInputDocument;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Person;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.StoryGroups;
import org.yanlu.archive.index.StorySignature;

/**
 * The archive's documents as SolrCloud holds them: the fields of {@link ArticleFields} under the
 * same names (the committed configset's schema mirrors them), facets as docValues fields named
 * {@code facet_<dimension>}, and a {@link #ROUTE} that keeps a story's articles and their quotes on
 * one shard, since collapsing a story needs them together.
 */
public final class SolrFields {
  /** The field the collection routes documents by (its {@code router.field}): the story. */
  public static final String ROUTE = "route";

  /** The corpus file an article was added from by {@code index --add} or the corpus watcher. */
  public static final String ORIGIN = "origin";

  /** The facet field of a dimension of {@link ArticleFields#FACETS}. */
  public static String facetField(String dimension) {
    return "facet_" + dimension;
  }

  private SolrFields() {}

  /**
   * The article's document followed by one per quote, as {@link ArticleFields#documents} makes them
   * for the embedded index.
   *
   * @param group the story the article belongs to (its first article's id)
   * @param signature the article's story signature, whose bands let later copies find it
   * @param added when the article entered the archive: its first time, kept through rebuilds
   */
  public static List<SolrInputDocument> documents(
      Article a, String group, StorySignature signature, Instant added) throws IOException {
    List<SolrInputDocument> docs = new ArrayList<>(1 + a.quotes().size());
    SolrInputDocument article = articleDocument(a, group, signature);
    article.addField(ArticleFields.ADDED, added.toEpochMilli());
    docs.add(article);
    for (int i = 0; i < a.quotes().size(); i++) {
      docs.add(quoteDocument(a, i, a.quotes().get(i), group));
    }
    return docs;
  }

  private static SolrInputDocument articleDocument(
      Article a, String group, StorySignature signature) throws IOException {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(ArticleFields.ID, a.id());
    doc.addField(ArticleFields.KIND, ArticleFields.KIND_ARTICLE);
    doc.addField(ArticleFields.TITLE, a.title());
    doc.addField(ArticleFields.SUBTITLE, a.subtitle());
    doc.addField(ArticleFields.TITLE_EXACT, List.of(a.title(), a.subtitle()));
    if (!a.paragraphs().isEmpty()) {
      doc.addField(ArticleFields.BODY, a.paragraphs());
      doc.addField(ArticleFields.BODY_EXACT, a.paragraphs());
    }
    addShared(doc, a, group);
    for (String speaker : ArticleFields.distinctValues(a.speakers())) {
      doc.addField(ArticleFields.SPEAKER, ArticleFields.keyword(speaker));
      doc.addField(ArticleFields.SPEAKERS_STORED, speaker);
      doc.addField(facetField(ArticleFields.FACET_SPEAKER), speaker);
    }
    for (String theme : ArticleFields.distinctValues(a.themes())) {
      doc.addField(ArticleFields.THEME, ArticleFields.keyword(theme));
      doc.addField(facetField(ArticleFields.FACET_THEME), theme);
    }
    List<String> people = a.people().stream().map(Person::name).toList();
    for (String person : ArticleFields.distinctValues(people)) {
      doc.addField(ArticleFields.PERSON, ArticleFields.keyword(person));
      doc.addField(facetField(ArticleFields.FACET_PERSON), person);
    }
    addFacet(doc, ArticleFields.FACET_ORGANISATION, a.organisations());
    addFacet(doc, ArticleFields.FACET_PLACE, a.places());
    doc.addField(ArticleFields.ARTICLE_JSON, ArticleFields.storedJson(a));
    doc.addField(StoryGroups.GROUP, group);
    doc.addField(StoryGroups.SIGNATURE, signature.bytes());
    doc.addField(StoryGroups.BAND, StoryGroups.bandNames(signature));
    return doc;
  }

  private static SolrInputDocument quoteDocument(Article a, int number, Quote quote, String group) {
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(ArticleFields.ID, a.id() + "#q" + number);
    doc.addField(ArticleFields.KIND, ArticleFields.KIND_QUOTE);
    doc.addField(ArticleFields.ARTICLE_ID, a.id());
    doc.addField(ArticleFields.ARTICLE_TITLE, a.title());
    doc.addField(ArticleFields.QUOTE_ROLE, quote.role());
    doc.addField(ArticleFields.QUOTE_PARAGRAPH, quote.paragraph());
    doc.addField(ArticleFields.BODY, quote.text());
    doc.addField(ArticleFields.BODY_EXACT, quote.text());
    addShared(doc, a, group);
    if (!quote.speaker().isBlank()) {
      doc.addField(ArticleFields.SPEAKER, ArticleFields.keyword(quote.speaker()));
      doc.addField(ArticleFields.SPEAKERS_STORED, quote.speaker());
      doc.addField(facetField(ArticleFields.FACET_SPEAKER), quote.speaker());
    }
    return doc;
  }

  /** Outlet, date and route, the same on an article and its quotes. */
  private static void addShared(SolrInputDocument doc, Article a, String group) {
    String source = ArticleFields.sourceValue(a);
    doc.addField(ROUTE, group);
    doc.addField(ArticleFields.SOURCE, ArticleFields.keyword(source));
    doc.addField(ArticleFields.SOURCE_STORED, a.source());
    doc.addField(ArticleFields.SOURCE_VALUE, a.source());
    doc.addField(facetField(ArticleFields.FACET_SOURCE), source);
    if (a.date().isKnown()) {
      doc.addField(ArticleFields.DAY, (int) a.date().day().toEpochDay());
      doc.addField(ArticleFields.DATE_STORED, a.date().text());
    }
    if (a.date().month() != null) {
      doc.addField(facetField(ArticleFields.FACET_MONTH), a.date().month());
    }
  }

  private static void addFacet(SolrInputDocument doc, String dim, List<String> values) {
    for (String value : ArticleFields.distinctValues(values)) {
      doc.addField(facetField(dim), value);
    }
  }

  /** The facet fields by dimension, for requests that count or select them. */
  static Map<String, String> facetFields() {
    java.util.LinkedHashMap<String, String> fields = new java.util.LinkedHashMap<>();
    ArticleFields.FACETS.forEach(dim -> fields.put(dim, facetField(dim)));
    return fields;
  }
}
