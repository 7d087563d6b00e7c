package org.yanlu.archive.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.index.ArticleFields;

/** The articles an article page suggests next: those most like it. */
final class RelatedArticles {
  private static final int RELATED = 5;
  private static final Set<String> SHOWN =
      Set.of(
          ArticleFields.ID,
          ArticleFields.TITLE,
          ArticleFields.SOURCE_STORED,
          ArticleFields.DATE_STORED);

  private RelatedArticles() {}

  /** The articles most like one, by the words they share (MoreLikeThis on the body). */
  static List<RelatedArticle> of(IndexSearcher s, ArticleFields fields, int doc, Article a)
      throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
    mlt.setAnalyzer(fields.wordAnalyzer());
    mlt.setFieldNames(new String[] {ArticleFields.TITLE, ArticleFields.BODY});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMinWordLen(2);
    mlt.setMaxQueryTerms(25);
    Query like = mlt.like(ArticleFields.BODY, new StringReader(a.title() + "\n" + a.body()));
    Query query =
        new BooleanQuery.Builder()
            .add(like, BooleanClause.Occur.MUST)
            .add(Searcher.isArticle(), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(ArticleFields.ID, a.id())), BooleanClause.Occur.MUST_NOT)
            .build();
    List<RelatedArticle> related = new ArrayList<>();
    for (ScoreDoc sd : s.search(query, RELATED).scoreDocs) {
      Document d = s.storedFields().document(sd.doc, SHOWN);
      related.add(
          new RelatedArticle(
              d.get(ArticleFields.ID),
              d.get(ArticleFields.TITLE),
              d.get(ArticleFields.SOURCE_STORED),
              d.get(ArticleFields.DATE_STORED)));
    }
    return related;
  }
}
