package org.yanlu.archive.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.Indexer;
import org.yanlu.archive.index.SyndicatedCopies;

/**
 * Articles of one day and one score follow in the order of their ids, as SolrCloud orders them,
 * however the build numbered them: two indexing threads number one corpus differently each time.
 */
class DateOrderTest {
  @TempDir Path root;

  @Test
  void tiesOfADateOrderGoToTheLowerId() throws IOException {
    Article original = CorpusIndex.articles().get(0);
    // Listed, and so numbered by one indexing thread, against the order of their ids.
    List<String> ids = List.of("tie-c", "tie-b", "tie-a");
    List<Article> all = new ArrayList<>();
    for (String id : ids) {
      all.add(SyndicatedCopies.verbatim(original, id, "同日媒体", ArticleDate.ofDay(2031, 5, 4)));
    }
    new Indexer(new ArticleFields(), 1)
        .rebuild(root, all, Corpus.lastModified(CorpusIndex.CORPUS), IndexProgress.NONE);
    List<String> byId = List.of("tie-a", "tie-b", "tie-c");
    try (Searcher searcher = Searcher.open(root)) {
      for (Sort sort : List.of(Sort.DATE_DESC, Sort.DATE_ASC, Sort.ADDED_DESC)) {
        for (String query :
            List.of("", "\"" + original.paragraphs().get(0).substring(0, 8) + "\"")) {
          SearchRequest request =
              SearchRequest.builder(query).sort(sort).collapse(false).size(3).build();
          assertEquals(
              byId,
              searcher.search(request).hits().stream().map(Hit::id).toList(),
              sort + " " + query);
          List<String> exported = new ArrayList<>();
          searcher.export(request, hit -> exported.add(hit.id()));
          assertEquals(byId, exported, "export " + sort + " " + query);
        }
      }
    }
  }
}
