package org.yanlu.archive.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.StoryGroups;
import org.yanlu.archive.search.AlsoIn;
import org.yanlu.archive.search.Highlights;
import org.yanlu.archive.search.Hit;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.StoryCopy;

/**
 * A page's documents made hits as the embedded index makes them: snippets from the same
 * highlighter, the other outlets of each hit's story, and the story's other matching articles.
 */
final class SolrStoryHits {
  /** The stored fields a hit is made of, with its story and score. */
  static final String HIT_FIELDS =
      String.join(",", ArticleFields.HIT_FIELDS) + "," + StoryGroups.GROUP + ",score";

  private final SolrQueries queries;
  private final Highlights highlights;

  SolrStoryHits(SolrQueries queries, Highlights highlights) {
    this.queries = queries;
    this.highlights = highlights;
  }

  /** The documents as hits with their snippets; stories, outlets and copies come after. */
  List<Hit> hits(List<SolrDocument> docs, Query highlight) {
    List<Hit> hits = new ArrayList<>(docs.size());
    try {
      for (SolrDocument d : docs) {
        hits.add(
            new Hit(
                SolrDocs.string(d, ArticleFields.ID),
                SolrDocs.string(d, ArticleFields.TITLE),
                SolrDocs.string(d, ArticleFields.SUBTITLE),
                SolrDocs.string(d, ArticleFields.SOURCE_STORED),
                SolrDocs.string(d, ArticleFields.DATE_STORED),
                SolrDocs.strings(d, ArticleFields.SPEAKERS_STORED),
                highlights.snippet(highlight, SolrDocs.strings(d, ArticleFields.BODY_EXACT)),
                SolrDocs.score(d),
                // Outlets, copies and story come from the story pass, a distance from a rerank.
                List.of(),
                List.of(),
                null,
                null,
                d.getFirstValue(ArticleFields.ADDED) instanceof Number millis
                    ? Instant.ofEpochMilli(millis.longValue())
                    : null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return hits;
  }

  /** The other outlets of each hit's story, counted over all the story's articles. */
  List<Hit> withAlsoIn(List<Hit> hits, List<SolrDocument> docs) {
    List<String> groups = new ArrayList<>();
    for (SolrDocument d : docs) {
      String group = SolrDocs.string(d, StoryGroups.GROUP);
      if (group != null && !groups.contains(group)) {
        groups.add(group);
      }
    }
    if (groups.isEmpty()) {
      return hits;
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("defType", "lucene");
    params.set("q", "{!terms f=" + StoryGroups.GROUP + " separator=$sep v=$groups}");
    params.set("sep", SolrFacets.SEPARATOR);
    params.set("groups", String.join(SolrFacets.SEPARATOR, groups));
    params.add("fq", SolrQueries.isArticle());
    params.set("rows", 0);
    params.set(
        "json.facet",
        "{groups:{type:terms,field:"
            + StoryGroups.GROUP
            + ",limit:-1,refine:true,facet:{outlets:{type:terms,field:"
            + ArticleFields.SOURCE_VALUE
            + ",limit:-1,missing:false}}}}");
    BucketBasedJsonFacet byGroup =
        SolrFacets.facets(queries.query(params)).getBucketBasedFacets("groups");
    Map<String, Map<String, Integer>> outletsByGroup = new HashMap<>();
    if (byGroup != null) {
      for (BucketJsonFacet g : byGroup.getBuckets()) {
        Map<String, Integer> outlets = new HashMap<>();
        BucketBasedJsonFacet inner = g.getBucketBasedFacets("outlets");
        if (inner != null) {
          inner
              .getBuckets()
              .forEach(o -> outlets.put(String.valueOf(o.getVal()), (int) o.getCount()));
        }
        outletsByGroup.put(String.valueOf(g.getVal()), outlets);
      }
    }
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      Map<String, Integer> outlets =
          outletsByGroup.get(SolrDocs.string(docs.get(i), StoryGroups.GROUP));
      out.add(outlets == null ? hit : hit.withAlsoIn(AlsoIn.outlets(outlets, hit.source())));
    }
    return out;
  }

  /** Each hit's story and the story's other matching articles, as the expand component gave. */
  static List<Hit> withStories(List<Hit> hits, List<SolrDocument> docs, QueryResponse response) {
    Map<String, SolrDocumentList> expanded =
        response == null || response.getExpandedResults() == null
            ? Map.of()
            : response.getExpandedResults();
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      String group = SolrDocs.string(docs.get(i), StoryGroups.GROUP);
      if (group == null) {
        out.add(hits.get(i));
        continue;
      }
      List<StoryCopy> copies = new ArrayList<>();
      for (SolrDocument d : expanded.getOrDefault(group, new SolrDocumentList())) {
        copies.add(copy(d));
      }
      copies.sort(StoryCopy.ORDER);
      out.add(hits.get(i).withStory(group).withCopies(copies));
    }
    return out;
  }

  /**
   * The hits' stories with their other matching articles, for a page chosen outside Solr's
   * collapse: the collapse and expand over the page's stories give each story's head and its first
   * other articles, one more than listed, so that the first ones but the hit shown are known
   * whichever article Solr took for the head.
   */
  List<Hit> withCopies(SearchRequest request, List<Hit> hits, List<SolrDocument> docs) {
    List<String> groups = new ArrayList<>();
    for (SolrDocument d : docs) {
      String group = SolrDocs.string(d, StoryGroups.GROUP);
      if (group != null) {
        groups.add(group);
      }
    }
    if (groups.isEmpty()) {
      return hits;
    }
    ModifiableSolrParams params = queries.articles(request);
    params.add("fq", "{!terms f=" + StoryGroups.GROUP + " separator=$sep v=$groups}");
    params.set("sep", SolrFacets.SEPARATOR);
    params.set("groups", String.join(SolrFacets.SEPARATOR, groups));
    params.add("fq", "{!collapse field=" + StoryGroups.GROUP + "}");
    params.set("expand", true);
    params.set("expand.rows", StoryCopy.MAX_PER_HIT + 1);
    params.set("expand.sort", ArticleFields.DAY + " asc," + ArticleFields.ID + " asc");
    params.set("rows", groups.size());
    params.set("fl", HIT_FIELDS);
    QueryResponse response = queries.query(params);
    Map<String, SolrDocumentList> expanded =
        response.getExpandedResults() == null ? Map.of() : response.getExpandedResults();
    Map<String, List<SolrDocument>> members = new HashMap<>();
    for (SolrDocument head : response.getResults()) {
      String group = SolrDocs.string(head, StoryGroups.GROUP);
      List<SolrDocument> all = new ArrayList<>(List.of(head));
      all.addAll(expanded.getOrDefault(group, new SolrDocumentList()));
      members.put(group, all);
    }
    List<Hit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      String group = SolrDocs.string(docs.get(i), StoryGroups.GROUP);
      if (group == null) {
        out.add(hit);
        continue;
      }
      List<StoryCopy> copies = new ArrayList<>();
      for (SolrDocument d : members.getOrDefault(group, List.of())) {
        if (!hit.id().equals(SolrDocs.string(d, ArticleFields.ID))) {
          copies.add(copy(d));
        }
      }
      copies.sort(StoryCopy.ORDER);
      out.add(
          hit.withStory(group)
              .withCopies(copies.subList(0, Math.min(copies.size(), StoryCopy.MAX_PER_HIT))));
    }
    return out;
  }

  private static StoryCopy copy(SolrDocument d) {
    return new StoryCopy(
        SolrDocs.string(d, ArticleFields.ID),
        SolrDocs.string(d, ArticleFields.TITLE),
        SolrDocs.string(d, ArticleFields.SOURCE_STORED),
        SolrDocs.string(d, ArticleFields.DATE_STORED));
  }
}
