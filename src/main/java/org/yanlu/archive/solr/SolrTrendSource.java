package org.yanlu.archive.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.search.FacetCount;
import org.yanlu.archive.search.Interval;
import org.yanlu.archive.search.PeriodCounts;
import org.yanlu.archive.search.TrendPeriod;
import org.yanlu.archive.search.TrendSource;

/**
 * The trend counts of the SolrCloud host, with the JSON Facet API: months from the month facet,
 * weeks and years from ranges over the day, the top outlets; {@code Trends} makes the tables from
 * them as it does from the embedded index's.
 */
final class SolrTrendSource implements TrendSource {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SolrQueries queries;

  SolrTrendSource(SolrQueries queries) {
    this.queries = queries;
  }

  @Override
  public Optional<LocalDate[]> archiveRange() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("defType", "lucene");
    params.add("fq", SolrQueries.isArticle());
    params.set("rows", 0);
    params.set(
        "json.facet",
        "{first:\"min(" + ArticleFields.DAY + ")\",last:\"max(" + ArticleFields.DAY + ")\"}");
    NestableJsonFacet facets = SolrFacets.facets(queries.query(params));
    if (!(facets.getStatValue("first") instanceof Number first)
        || !(facets.getStatValue("last") instanceof Number last)) {
      return Optional.empty();
    }
    return Optional.of(
        new LocalDate[] {
          LocalDate.ofEpochDay(first.longValue()), LocalDate.ofEpochDay(last.longValue())
        });
  }

  @Override
  public PeriodCounts count(
      String query,
      String theme,
      Interval interval,
      LocalDate from,
      LocalDate to,
      List<TrendPeriod> periods) {
    ModifiableSolrParams params;
    if (theme != null) {
      params = new ModifiableSolrParams();
      params.set("defType", "lucene");
      params.set(
          "q", "{!term f=" + SolrFields.facetField(ArticleFields.FACET_THEME) + " v=$theme}");
      params.set("theme", theme);
    } else {
      params = queries.text(query);
    }
    params.add("fq", SolrQueries.isArticle());
    params.add("fq", ArticleFields.DAY + ":[" + from.toEpochDay() + " TO " + to.toEpochDay() + "]");
    params.set("rows", 0);
    ObjectNode json = JSON.createObjectNode();
    if (interval == Interval.MONTH) {
      ObjectNode months = json.putObject("periods");
      months.put("type", "terms");
      months.put("field", SolrFields.facetField(ArticleFields.FACET_MONTH));
      months.put("limit", -1);
      months.put("refine", true);
    } else {
      ObjectNode ranges = json.putObject("periods");
      ranges.put("type", "range");
      ranges.put("field", ArticleFields.DAY);
      var list = ranges.putArray("ranges");
      for (TrendPeriod p : periods) {
        list.addObject()
            .put("from", p.start().toEpochDay())
            .put("to", p.end().toEpochDay())
            .put("inclusive_to", true);
      }
    }
    ObjectNode sources = json.putObject("sources");
    sources.put("type", "terms");
    sources.put("field", SolrFields.facetField(ArticleFields.FACET_SOURCE));
    sources.put("limit", TrendSource.TOP_SOURCES);
    sources.put("refine", true);
    sources.put("overrequest", SolrFacets.FACET_OVERREQUEST);
    params.set("json.facet", json.toString());
    QueryResponse response = queries.limited(params);
    long total = response.getResults().getNumFound();
    long[] perPeriod = new long[periods.size()];
    NestableJsonFacet facets = SolrFacets.facets(response);
    BucketBasedJsonFacet buckets = facets.getBucketBasedFacets("periods");
    if (buckets != null) {
      List<BucketJsonFacet> found = buckets.getBuckets();
      if (interval == Interval.MONTH) {
        Map<String, Long> byMonth = new HashMap<>();
        found.forEach(b -> byMonth.put(String.valueOf(b.getVal()), b.getCount()));
        for (int i = 0; i < periods.size(); i++) {
          perPeriod[i] = byMonth.getOrDefault(periods.get(i).label(), 0L);
        }
      } else {
        // Arbitrary ranges come back in the order they were asked for.
        for (int i = 0; i < Math.min(found.size(), perPeriod.length); i++) {
          perPeriod[i] = found.get(i).getCount();
        }
      }
    }
    List<FacetCount> top = new ArrayList<>();
    BucketBasedJsonFacet outlets = facets.getBucketBasedFacets("sources");
    if (outlets != null) {
      outlets
          .getBuckets()
          .forEach(b -> top.add(new FacetCount(String.valueOf(b.getVal()), b.getCount(), false)));
    }
    top.sort(Comparator.comparingLong(FacetCount::count).reversed());
    return new PeriodCounts(total, perPeriod, top);
  }
}
