package org.yanlu.archive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.grouping.AllGroupsCollector;
import org.apache.lucene.search.grouping.FirstPassGroupingCollector;
import org.apache.lucene.search.grouping.SearchGroup;
import org.apache.lucene.search.grouping.TermGroupSelector;
import org.apache.lucene.search.grouping.TopGroupsCollector;
import org.apache.lucene.util.BytesRef;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.StoryGroups;

/**
 * Shows each story once on a result page: each story (its articles share a group) is shown by its
 * best hit, so that pages hold distinct stories and the total counts stories. Facets are not collapsed: every outlet that carried a story keeps its count.
 */
final class StoryCollapse {
  /** The most other outlets named under "also in". */
  private static final int MAX_OUTLETS = 20;

  private static final Set<String> GROUP_FIELDS = Set.of(StoryGroups.GROUP);

  /**
   * One page of distinct stories.
   *
   * @param total how many distinct stories match
   * @param docs the page's hits, one per story
   */
  record Page(long total, ScoreDoc[] docs) {}

  private StoryCollapse() {}

  /**
   * The page of distinct stories among the hits of {@code query}, each shown by its best hit in
   * the page's order. Lucene's grouping collectors do it in two passes whatever the copies: the
   * first finds the top {@code page × size} stories and counts all of them, the second the best
   * article of each of the page's stories.
   *
   * @param sort the order of the hits, or null for relevance
   */
  static Page page(
      IndexSearcher s, Query query, org.apache.lucene.search.Sort sort, int page, int size)
      throws IOException {
    org.apache.lucene.search.Sort order =
        sort == null ? org.apache.lucene.search.Sort.RELEVANCE : sort;
    FirstPassGroupingCollector<BytesRef> topStories =
        new FirstPassGroupingCollector<>(
            new TermGroupSelector(StoryGroups.GROUP), order, page * size);
    AllGroupsCollector<BytesRef> allStories =
        new AllGroupsCollector<>(new TermGroupSelector(StoryGroups.GROUP));
    s.search(query, MultiCollector.wrap(topStories, allStories));
    long total = allStories.getGroupCount();
    Collection<SearchGroup<BytesRef>> pageStories = topStories.getTopGroups((page - 1) * size);
    if (pageStories == null) {
      return new Page(total, new ScoreDoc[0]);
    }
    TopGroupsCollector<BytesRef> best =
        new TopGroupsCollector<>(
            new TermGroupSelector(StoryGroups.GROUP), pageStories, order, order, 1, false);
    s.search(query, best);
    ScoreDoc[] docs =
        Arrays.stream(best.getTopGroups(0).groups)
            .map(group -> group.scoreDocs[0])
            .toArray(ScoreDoc[]::new);
    if (sort != null) {
      // Sorted by date, the hits still show their relevance score.
      TopFieldCollector.populateScores(docs, s, query);
    }
    return new Page(total, docs);
  }

  /**
   * The hits with the other outlets that carried their stories, most copies first, leaving out the
   * hit's own outlet. Counted with the outlet facet over the story's articles, so that a story of
   * a thousand copies costs no stored-document reads.
   */
  static List<Hit> withAlsoIn(FacetedIndexSearcher s, ScoreDoc[] docs, List<Hit> hits)
      throws IOException {
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      String group = s.storedFields().document(docs[i].doc, GROUP_FIELDS).get(StoryGroups.GROUP);
      out.add(group == null ? hit : hit.withAlsoIn(otherOutlets(s, group, hit)));
    }
    return out;
  }

  private static List<String> otherOutlets(FacetedIndexSearcher s, String group, Hit hit)
      throws IOException {
    Query copies =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(StoryGroups.GROUP, group)), BooleanClause.Occur.MUST)
            .add(
                new TermQuery(new Term(ArticleFields.KIND, ArticleFields.KIND_ARTICLE)),
                BooleanClause.Occur.FILTER)
            .build();
    FacetsCollector collector = new FacetsCollector();
    s.search(copies, collector);
    FacetResult outlets =
        new SortedSetDocValuesFacetCounts(s.facetState(), collector)
            .getTopChildren(MAX_OUTLETS, ArticleFields.FACET_SOURCE);
    List<String> others = new ArrayList<>();
    if (outlets != null) {
      for (LabelAndValue outlet : outlets.labelValues) {
        if (!outlet.label.equals(hit.source()) && !outlet.label.equals(ArticleFields.NO_SOURCE)) {
          others.add(outlet.label);
        }
      }
    }
    return List.copyOf(others);
  }
}
