package org.yanlu.archive.solr.cloud;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A real SolrCloud on this machine: an embedded ZooKeeper and Solr nodes on loopback, started by
 * Solr's own {@link MiniSolrCloudCluster}. Each node runs with Solr's class path and loads the
 * archive's plugin jar from a lib folder ({@code sharedLib} in solr.xml), as a deployed node does,
 * so a class the plugin jar forgot fails here and not at a user's. The archive's configset is
 * uploaded to ZooKeeper under {@link #CONFIG_NAME}.
 *
 * <p>Its methods take and give only JDK types, so that the archive's tests can drive it through
 * a class loader of its own: Solr's Jetty 10 and the archive's Jetty 12 never meet.
 */
public final class LocalSolrCloud implements AutoCloseable {
  /** The name the configset is uploaded under, which collections are created with. */
  public static final String CONFIG_NAME = "news-archive";

  private static final String USAGE =
      "usage: LocalSolrCloud --lib DIR --configset DIR [--nodes 2] [--dir DIR]";

  private final MiniSolrCloudCluster cluster;
  private final List<JettySolrRunner> stopped = new ArrayList<>();

  private LocalSolrCloud(MiniSolrCloudCluster cluster) {
    this.cluster = cluster;
  }

  /**
   * Starts {@code nodes} Solr nodes and ZooKeeper under {@code baseDir} and uploads the configset.
   *
   * @param pluginLib the folder holding the archive's plugin jar
   * @param configset the configset folder (its {@code conf/} holds schema and solrconfig)
   */
  public static LocalSolrCloud start(Path baseDir, Path pluginLib, Path configset, int nodes)
      throws Exception {
    if (!Files.isDirectory(pluginLib)) {
      throw new IOException("no plugin folder at " + pluginLib);
    }
    Path conf = configset.resolve("conf");
    if (!Files.isRegularFile(conf.resolve("solrconfig.xml"))) {
      throw new IOException("no configset at " + configset + " (conf/solrconfig.xml)");
    }
    String solrXml =
        MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML.replaceFirst(
            "<solr>",
            "<solr>\n  <str name=\"sharedLib\">"
                + pluginLib.toAbsolutePath().normalize()
                + "</str>");
    MiniSolrCloudCluster cluster =
        new MiniSolrCloudCluster.Builder(nodes, baseDir)
            .withSolrXml(solrXml)
            .addConfig(CONFIG_NAME, conf)
            .build();
    return new LocalSolrCloud(cluster);
  }

  /** ZooKeeper's address with the cluster's chroot, as {@code index --solr} takes it. */
  public String zkHost() {
    return cluster.getZkServer().getZkAddress();
  }

  /** The base URLs of the running nodes, such as {@code http://127.0.0.1:PORT/solr}. */
  public List<String> nodeUrls() {
    List<String> urls = new ArrayList<>();
    for (JettySolrRunner node : cluster.getJettySolrRunners()) {
      if (node.isRunning()) {
        urls.add(node.getBaseUrl().toString());
      }
    }
    return urls;
  }

  /** Stops one running node (numbered from 0) and waits until it is down. */
  public void stopNode(int number) throws Exception {
    JettySolrRunner node = cluster.getJettySolrRunner(number);
    cluster.stopJettySolrRunner(node);
    cluster.waitForJettyToStop(node);
    stopped.add(node);
  }

  /** Starts again every node that {@link #stopNode} stopped. */
  public void restartStoppedNodes() throws Exception {
    for (JettySolrRunner node : stopped) {
      cluster.startJettySolrRunner(node);
      cluster.waitForNode(node, 60);
    }
    stopped.clear();
  }

  @Override
  public void close() throws Exception {
    cluster.shutdown();
  }

  /**
   * Runs a local SolrCloud in the foreground: prints {@code SOLR_ZK=127.0.0.1:PORT/solr} once it
   * is ready, and stops everything it started on SIGTERM or Ctrl-C.
   */
  public static void main(String[] args) throws Exception {
    Path lib = null;
    Path configset = null;
    Path dir = null;
    int nodes = 2;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        fail(args[i] + " needs a value");
      }
      switch (args[i]) {
        case "--lib" -> lib = Path.of(value);
        case "--configset" -> configset = Path.of(value);
        case "--dir" -> dir = Path.of(value);
        case "--nodes" -> nodes = Integer.parseInt(value);
        default -> fail("unknown option " + args[i]);
      }
      i++;
    }
    if (lib == null || configset == null) {
      fail("--lib and --configset are required");
    }
    Path base = dir != null ? dir : Files.createTempDirectory("solrcloud");
    LocalSolrCloud cloud = start(base, lib, configset, nodes);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    cloud.close();
                  } catch (Exception e) {
                    System.err.println("stopping SolrCloud failed: " + e);
                  } finally {
                    stopped.countDown();
                  }
                },
                "solrcloud-shutdown"));
    System.out.println("SOLR_ZK=" + cloud.zkHost());
    System.out.flush();
    stopped.await();
  }

  private static void fail(String message) {
    System.err.println(message);
    System.err.println(USAGE);
    System.exit(2);
  }
}
