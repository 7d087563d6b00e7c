package org.yanlu.archive.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.search.RelatedArticle;

/** The articles listed with an article on SolrCloud, found as the embedded index finds them. */
final class SolrRelatedArticles {
  /** Related articles listed with an article, and the words of it they are found by. */
  private static final int RELATED = 5;

  private static final int RELATED_WORDS = 25;

  private final ArticleFields fields;
  private final SolrQueries queries;

  SolrRelatedArticles(ArticleFields fields, SolrQueries queries) {
    this.fields = fields;
    this.queries = queries;
  }

  /**
   * The articles most like one: those that share most of its words (its title's and body's most
   * frequent ones), ranked by the words query, without the article itself.
   */
  List<RelatedArticle> of(Article a) throws IOException {
    Map<String, Integer> frequencies = new HashMap<>();
    try (TokenStream ts =
        fields.wordAnalyzer().tokenStream(ArticleFields.BODY, a.title() + "\n" + a.body())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.codePoints().count() >= 2) {
          frequencies.merge(term.toString(), 1, Integer::sum);
        }
      }
      ts.end();
    }
    List<String> words =
        frequencies.entrySet().stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .limit(RELATED_WORDS)
            .map(e -> "\"" + e.getKey().replace("\"", "") + "\"")
            .toList();
    if (words.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", String.join(" OR ", words));
    params.set("defType", "archive");
    params.add("fq", SolrQueries.isArticle());
    params.add("fq", "-{!term f=" + ArticleFields.ID + " v=$self}");
    params.set("self", a.id());
    params.set(
        "fl",
        String.join(
            ",",
            ArticleFields.ID,
            ArticleFields.TITLE,
            ArticleFields.SOURCE_STORED,
            ArticleFields.DATE_STORED));
    params.set("rows", RELATED);
    List<RelatedArticle> related = new ArrayList<>();
    for (SolrDocument d : queries.query(params).getResults()) {
      related.add(
          new RelatedArticle(
              SolrDocs.string(d, ArticleFields.ID),
              SolrDocs.string(d, ArticleFields.TITLE),
              SolrDocs.string(d, ArticleFields.SOURCE_STORED),
              SolrDocs.string(d, ArticleFields.DATE_STORED)));
    }
    return related;
  }
}
