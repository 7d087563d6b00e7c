package org.yanlu.archive.search;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.ArticlePipeline;
import org.yanlu.archive.index.BuildArticles;

/**
 * The plain Lucene limit the benchmark compares the archive with: an index of only the word and
 * exact fields of the headline and body (analysed as the archive analyses them), and each query
 * parsed by the archive's parser and run as Lucene's top ten, with no facets, no story collapse, no
 * highlighting and no stored fields. What the archive costs above it is its own work.
 */
public final class PlainLuceneBaseline implements AutoCloseable {
  private final ArticleFields fields = new ArticleFields();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private PlainLuceneBaseline(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** Builds the plain index of the articles in {@code dir}, on {@code threads} threads. */
  public static void build(Path dir, BuildArticles articles, int threads) throws IOException {
    ArticleFields fields = new ArticleFields();
    IndexWriterConfig config =
        new IndexWriterConfig(fields.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(256);
    try (Directory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      ArticlePipeline.run(
          articles,
          threads,
          (ordinal, article) -> writer.addDocument(document(article)),
          writer::flushNextBuffer);
      writer.commit();
    }
  }

  private static Document document(Article a) {
    String body = String.join("\n", a.paragraphs());
    Document doc = new Document();
    doc.add(new TextField(ArticleFields.TITLE, a.title(), Field.Store.NO));
    doc.add(new TextField(ArticleFields.TITLE_EXACT, a.title(), Field.Store.NO));
    doc.add(new TextField(ArticleFields.BODY, body, Field.Store.NO));
    doc.add(new TextField(ArticleFields.BODY_EXACT, body, Field.Store.NO));
    return doc;
  }

  public static PlainLuceneBaseline open(Path dir) throws IOException {
    return new PlainLuceneBaseline(DirectoryReader.open(FSDirectory.open(dir)));
  }

  /**
   * Runs a query as Lucene's top ten.
   *
   * @return how many articles it matched, at least
   */
  public long search(String query) throws IOException {
    TopDocs top = searcher.search(new ArchiveQueryParser(fields).parseText(query).match(), 10);
    long sum = 0;
    for (ScoreDoc hit : top.scoreDocs) {
      sum += hit.doc; // used, so that the top ten is not optimised away
    }
    return top.totalHits.value + (sum < 0 ? 1 : 0);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
