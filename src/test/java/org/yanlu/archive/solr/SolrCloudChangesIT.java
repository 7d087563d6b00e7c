package org.yanlu.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yanlu.archive.cli.Main;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.EmbeddedArchive;
import org.yanlu.archive.search.Hit;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.SearchResult;
import org.yanlu.archive.search.Searcher;
import org.yanlu.archive.search.ThemeCatalog;

/**
 * Changes to a live SolrCloud archive: {@code index --add} files whose articles are syndicated
 * copies of indexed stories joins them to those stories (found by their signature bands, routed to
 * the story's shard), as on the embedded index; {@code index --remove} takes articles and their
 * quotes away; a rebuild moves the alias to a new collection and drops the old one.
 */
class SolrCloudChangesIT {
  private static final String COLLECTION = "changes";
  private static final String JSON_LINES = "src/test/resources/jsonl/exports-2020-10.jsonl";
  private static final String HTML = "src/test/resources/html";

  @TempDir Path folder;

  @Test
  void addedCopiesJoinTheirStoriesAndRemovalsGoOnBothHosts() throws Exception {
    InProcessSolrCloud cloud = InProcessSolrCloud.shared();
    String index = folder.resolve("index").toString();
    String zk = cloud.zkHost();
    assertEquals(0, cli("index", "--corpus", "corpus", "--index", index));
    assertEquals(0, cli("index", "--solr", zk, "--collection", COLLECTION));
    assertEquals(0, cli("index", "--add", JSON_LINES, HTML, "--index", index));
    assertEquals(
        0, cli("index", "--add", JSON_LINES, HTML, "--solr", zk, "--collection", COLLECTION));
    ThemeCatalog themes = ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE);
    try (Archive embedded = new EmbeddedArchive(Searcher.open(Path.of(index)), themes);
        Archive solr = new SolrCloudArchive(SolrCloud.connect(zk), COLLECTION, themes)) {
      assertEquals(18 + 10, embedded.stats().articles(), "the magazine and the fixtures");
      assertEquals(embedded.stats().articles(), solr.stats().articles());
      assertEquals(embedded.stats().quotes(), solr.stats().quotes());
      SearchRequest all = SearchRequest.builder("").size(100).build();
      SearchResult onEmbedded = embedded.search(all);
      SearchResult onSolr = solr.search(all);
      assertTrue(
          onEmbedded.total() < embedded.stats().articles(), "some copies joined their stories");
      assertEquals(onEmbedded.total(), onSolr.total(), "the same number of stories");
      assertEquals(alsoIn(onEmbedded), alsoIn(onSolr), "the same stories with the same outlets");
      assertEquals(onEmbedded.facets(), onSolr.facets(), "every article still counted");

      String removed = "rmydb-2020-10-20-unicom-vr";
      assertEquals(0, cli("index", "--remove", removed, "--index", index));
      assertEquals(0, cli("index", "--remove", removed, "--solr", zk, "--collection", COLLECTION));
      assertEquals(1, cli("index", "--remove", removed, "--solr", zk, "--collection", COLLECTION));
    }
    try (Archive embedded = new EmbeddedArchive(Searcher.open(Path.of(index)), themes);
        Archive solr = new SolrCloudArchive(SolrCloud.connect(zk), COLLECTION, themes)) {
      assertEquals(embedded.stats().articles(), solr.stats().articles());
      assertEquals(embedded.stats().quotes(), solr.stats().quotes());
      SearchRequest all = SearchRequest.builder("").size(100).build();
      assertEquals(alsoIn(embedded.search(all)), alsoIn(solr.search(all)));
    }
  }

  @Test
  void aRebuildMovesTheAliasAndDropsTheOldCollection() throws Exception {
    InProcessSolrCloud cloud = InProcessSolrCloud.shared();
    String alias = "rebuilt";
    try (SolrCloud solr = SolrCloud.connect(cloud.zkHost())) {
      assertEquals(
          0,
          cli(
              "index",
              "--solr",
              cloud.zkHost(),
              "--collection",
              alias,
              "--shards",
              "1",
              "--replicas",
              "1"));
      List<String> first = solr.aliasTargets(alias);
      assertEquals(1, first.size());
      assertEquals(
          0,
          cli(
              "index",
              "--solr",
              cloud.zkHost(),
              "--collection",
              alias,
              "--shards",
              "1",
              "--replicas",
              "1"));
      List<String> second = solr.aliasTargets(alias);
      assertEquals(1, second.size());
      assertFalse(first.equals(second), "a new collection behind the alias");
      assertFalse(solr.collections().contains(first.get(0)), "the old one dropped");
      try (Archive archive =
          new SolrCloudArchive(solr, alias, ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE))) {
        assertEquals(18, archive.stats().articles());
      }
    }
  }

  /** Each story on the first page: its hit's outlet with the other outlets that carried it. */
  private static Map<String, String> alsoIn(SearchResult result) {
    Map<String, String> stories = new TreeMap<>();
    for (Hit hit : result.hits()) {
      List<String> outlets = new java.util.ArrayList<>(hit.alsoIn());
      outlets.add(hit.source());
      outlets.sort(null);
      stories.put(hit.title(), String.join("、", outlets));
    }
    return stories;
  }

  private static int cli(String... args) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            List.of(args),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (code != 0) {
      System.err.println(String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
    }
    return code;
  }
}
