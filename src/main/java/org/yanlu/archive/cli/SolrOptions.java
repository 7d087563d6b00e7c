package org.yanlu.archive.cli;

import java.time.Duration;
import org.yanlu.archive.search.ThemeCatalog;
import org.yanlu.archive.search.TimeLimit;
import org.yanlu.archive.solr.SolrCloud;
import org.yanlu.archive.solr.SolrCloudArchive;

/**
 * The options that put a command on SolrCloud rather than the embedded index: {@code --solr
 * ZKHOST[/chroot] [--collection news] [--shards 2] [--replicas 2]}.
 *
 * @param zkHost the cluster's ZooKeeper, such as {@code 127.0.0.1:9983/solr}
 * @param collection the alias searches use; each rebuild is a new collection behind it
 */
record SolrOptions(String zkHost, String collection, int shards, int replicas) {
  static final String DEFAULT_COLLECTION = "news";
  static final int DEFAULT_SHARDS = 2;
  static final int DEFAULT_REPLICAS = 2;

  SolrOptions {
    if (zkHost.isBlank()) {
      throw new UsageException("--solr needs ZooKeeper's address, such as 127.0.0.1:9983/solr");
    }
    if (!collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
      throw new UsageException(
          "--collection takes letters, digits, '.', '_' and '-', not " + collection);
    }
    if (shards < 1 || replicas < 1) {
      throw new UsageException("--shards and --replicas take 1 or more");
    }
  }

  /** The SolrCloud options of a command line, or null when it names no cluster. */
  static SolrOptions of(CommandLine line) {
    if (!line.has("solr")) {
      return null;
    }
    return new SolrOptions(
        line.option("solr", ""),
        line.option("collection", DEFAULT_COLLECTION),
        line.intOption("shards", DEFAULT_SHARDS),
        line.intOption("replicas", DEFAULT_REPLICAS));
  }

  /** The archive on this cluster, answering with these themes within a time limit. */
  SolrCloudArchive archive(ThemeCatalog themes, Duration timeLimit) {
    return new SolrCloudArchive(SolrCloud.connect(zkHost), collection, themes, timeLimit);
  }

  /**
   * The time limit of searches, {@code --time-limit SECONDS} (default {@link TimeLimit#DEFAULT}): a
   * search that takes longer is a 503 with a message rather than a server thread held.
   */
  static Duration timeLimit(CommandLine line) {
    String value = line.option("time-limit", null);
    if (value == null) {
      return TimeLimit.DEFAULT;
    }
    try {
      double seconds = Double.parseDouble(value);
      if (seconds > 0 && seconds <= 3600) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
      }
    } catch (NumberFormatException e) {
      // Reported below with the others.
    }
    throw new UsageException(
        "--time-limit takes seconds, more than 0 and at most 3600, not " + value);
  }
}
