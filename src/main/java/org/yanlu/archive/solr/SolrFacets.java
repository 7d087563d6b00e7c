package org.yanlu.archive.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.search.FacetCount;

/**
 * The archive's facets on SolrCloud, with the JSON Facet API: a selected value is a tagged filter,
 * and each facet counts as if its own selection (and the story collapse) were not there, the way
 * Lucene's DrillSideways counts on the embedded index; the counts are listed as there.
 */
final class SolrFacets {
  /** Facet values listed per dimension (months are all listed), as on the embedded index. */
  private static final int FACET_VALUES = 20;

  private static final int MONTH_VALUES = 1000;

  /**
   * How many more values than it lists each shard sends for a facet: a value can make the top of
   * the whole archive while tied far down on every shard (one article on each of two shards among
   * hundreds with one), and refinement only corrects the counts of values some shard sent.
   */
  static final int FACET_OVERREQUEST = 1000;

  /** Separates selected facet values in a terms filter: no value holds it. */
  static final String SEPARATOR = "\u001f";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SolrFacets() {}

  /** A filter keeping any of a facet's selected values, tagged so that its counts ignore it. */
  static void select(ModifiableSolrParams params, String dim, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    params.add(
        "fq",
        "{!terms tag="
            + tag(dim)
            + " f="
            + SolrFields.facetField(dim)
            + " separator=$sep v=$select_"
            + dim
            + "}");
    params.set("sep", SEPARATOR);
    params.set("select_" + dim, String.join(SEPARATOR, values));
  }

  /**
   * The JSON Facet request for these dimensions: each counts over the hits as if its own selection
   * (and the {@code excluded} filters) were not there, refined to exact counts across shards; a
   * selected value outside the top values is counted on its own.
   */
  static String facetRequest(Map<String, List<String>> dims, List<String> excluded) {
    ObjectNode json = JSON.createObjectNode();
    dims.forEach(
        (dim, selected) -> {
          List<String> tags = new ArrayList<>(excluded);
          tags.add(tag(dim));
          String exclude = String.join(",", tags);
          ObjectNode terms = json.putObject(dim);
          terms.put("type", "terms");
          terms.put("field", SolrFields.facetField(dim));
          terms.put("limit", dim.equals(ArticleFields.FACET_MONTH) ? MONTH_VALUES : FACET_VALUES);
          terms.put("refine", true);
          terms.put("overrequest", FACET_OVERREQUEST);
          terms.putObject("domain").put("excludeTags", exclude);
          for (int i = 0; i < selected.size(); i++) {
            ObjectNode one = json.putObject(selectedFacet(dim, i));
            one.put("type", "query");
            one.put("q", "{!term f=" + SolrFields.facetField(dim) + "}" + selected.get(i));
            one.putObject("domain").put("excludeTags", exclude);
          }
        });
    return json.toString();
  }

  /** The counts of a facet request, listed as the embedded index lists them. */
  static Map<String, List<FacetCount>> facetCounts(
      QueryResponse response, Map<String, List<String>> dims) {
    NestableJsonFacet facets = facets(response);
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    dims.forEach(
        (dim, selected) -> {
          List<FacetCount> counts = new ArrayList<>();
          BucketBasedJsonFacet buckets = facets.getBucketBasedFacets(dim);
          if (buckets != null) {
            for (BucketJsonFacet b : buckets.getBuckets()) {
              String value = String.valueOf(b.getVal());
              counts.add(new FacetCount(value, b.getCount(), selected.contains(value)));
            }
          }
          for (int i = 0; i < selected.size(); i++) {
            String value = selected.get(i);
            if (counts.stream().noneMatch(c -> c.value().equals(value))) {
              NestableJsonFacet one = facets.getQueryFacet(selectedFacet(dim, i));
              counts.add(new FacetCount(value, one == null ? 0 : one.getCount(), true));
            }
          }
          if (dim.equals(ArticleFields.FACET_MONTH)) {
            counts.sort(Comparator.comparing(FacetCount::value));
          }
          out.put(dim, counts);
        });
    return out;
  }

  static NestableJsonFacet facets(QueryResponse response) {
    Object facets = response.getResponse().get("facets");
    return new NestableJsonFacet(facets instanceof NamedList<?> n ? n : new NamedList<>());
  }

  private static String selectedFacet(String dim, int i) {
    return "selected_" + dim + "_" + i;
  }

  private static String tag(String dim) {
    return "select_" + dim;
  }
}
