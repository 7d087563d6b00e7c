package org.yanlu.archive.solr;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.Utils;
import org.yanlu.archive.search.BadQueryException;
import org.yanlu.archive.search.IndexUnavailableException;

/**
 * A connection to a SolrCloud cluster, found through its ZooKeeper ({@code host:port[/chroot]}).
 * Requests go over HTTP with the JDK's client (SolrJ's {@link HttpJdkSolrClient}) to a live node,
 * each request to the next one, and on to another when a node does not answer: SolrCloud itself
 * spreads a query over the shards and an update to their leaders. A cluster that cannot answer is
 * an {@link IndexUnavailableException}, which the API answers with 503.
 */
public final class SolrCloud implements AutoCloseable {
  /** How long a request may take before the archive gives up on it. */
  private static final long REQUEST_TIMEOUT_SECONDS = 60;

  /** How long to try reaching ZooKeeper before saying the cluster is unavailable. */
  private static final int ZK_CONNECT_TIMEOUT_MILLIS = 10_000;

  private final String zkHost;
  private final ZkClientClusterStateProvider cluster;
  private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  private SolrCloud(String zkHost, ZkClientClusterStateProvider cluster) {
    this.zkHost = zkHost;
    this.cluster = cluster;
  }

  /**
   * Connects to the cluster whose ZooKeeper is at {@code zkHost}.
   *
   * @throws IndexUnavailableException when ZooKeeper cannot be reached
   */
  public static SolrCloud connect(String zkHost) {
    if (zkHost == null || zkHost.isBlank()) {
      throw new IllegalArgumentException("a ZooKeeper address such as 127.0.0.1:9983/solr");
    }
    ZkClientClusterStateProvider cluster = new ZkClientClusterStateProvider(zkHost.strip());
    cluster.setZkConnectTimeout(ZK_CONNECT_TIMEOUT_MILLIS);
    try {
      cluster.connect();
    } catch (RuntimeException e) {
      closeQuietly(cluster);
      throw unavailable("ZooKeeper " + zkHost + " does not answer", e);
    }
    return new SolrCloud(zkHost.strip(), cluster);
  }

  /** The ZooKeeper address this connection uses. */
  public String zkHost() {
    return zkHost;
  }

  /** Runs a query on a collection (or alias). */
  public QueryResponse query(String collection, SolrParams params) {
    QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
    QueryResponse response = new QueryResponse();
    response.setResponse(request(request, collection));
    return response;
  }

  /**
   * Sends a request to a live node, trying the others in turn when one cannot be reached.
   *
   * @param collection the collection or alias, or null for a cluster-wide request
   * @throws IndexUnavailableException when no node answers, or the cluster cannot serve it now
   * @throws BadQueryException when Solr refuses the request as malformed
   */
  public NamedList<Object> request(SolrRequest<?> request, String collection) {
    List<String> nodes = liveNodes();
    IOException lastDown = null;
    int first = Math.floorMod(next.getAndIncrement(), nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      String url = nodes.get((first + i) % nodes.size());
      try {
        return client(url).request(request, collection);
      } catch (SolrServerException | IOException e) {
        if (!isUnreachable(e)) {
          throw unavailable("SolrCloud request failed: " + e.getMessage(), e);
        }
        lastDown = e instanceof IOException io ? io : new IOException(e);
      } catch (SolrException e) {
        throw translate(e, collection);
      }
    }
    throw unavailable("no SolrCloud node answers (" + nodes + ")", lastDown);
  }

  /** The base URLs of the live nodes, such as {@code http://127.0.0.1:8983/solr}. */
  public List<String> liveNodes() {
    List<String> urls = new ArrayList<>();
    try {
      for (String node : cluster.getLiveNodes()) {
        urls.add(Utils.getBaseUrlForNodeName(node, "http"));
      }
    } catch (RuntimeException e) {
      throw unavailable("SolrCloud's live nodes cannot be read from " + zkHost, e);
    }
    if (urls.isEmpty()) {
      throw unavailable("SolrCloud at " + zkHost + " has no live node", null);
    }
    urls.sort(null);
    return urls;
  }

  /** The collections an alias points to, or empty when there is no such alias. */
  public List<String> aliasTargets(String alias) {
    try {
      List<String> resolved = cluster.resolveAlias(alias);
      return resolved.size() == 1 && resolved.get(0).equals(alias) ? List.of() : resolved;
    } catch (RuntimeException e) {
      throw unavailable("SolrCloud's aliases cannot be read from " + zkHost, e);
    }
  }

  /** The properties of an alias (the build's time and length), empty when it has none. */
  public Map<String, String> aliasProperties(String alias) {
    try {
      Map<String, String> properties = cluster.getAliasProperties(alias);
      return properties == null ? Map.of() : properties;
    } catch (RuntimeException e) {
      throw unavailable("SolrCloud's aliases cannot be read from " + zkHost, e);
    }
  }

  /** Sends a request to one node (by its base URL), such as a status request about its cores. */
  public NamedList<Object> requestNode(SolrRequest<?> request, String baseUrl) {
    try {
      return client(baseUrl).request(request, null);
    } catch (SolrServerException | IOException e) {
      throw unavailable("SolrCloud node " + baseUrl + " does not answer: " + e.getMessage(), e);
    } catch (SolrException e) {
      throw translate(e, null);
    }
  }

  /** Whether a collection of this name exists (not an alias). */
  public boolean hasCollection(String name) {
    try {
      return cluster.getClusterState().hasCollection(name);
    } catch (RuntimeException e) {
      throw unavailable("SolrCloud's collections cannot be read from " + zkHost, e);
    }
  }

  /** The names of the cluster's collections. */
  public List<String> collections() {
    try {
      return new ArrayList<>(cluster.getClusterState().getCollectionNames());
    } catch (RuntimeException e) {
      throw unavailable("SolrCloud's collections cannot be read from " + zkHost, e);
    }
  }

  /** Uploads a configset folder (its files, such as {@code schema.xml}) to ZooKeeper. */
  public void uploadConfigSet(java.nio.file.Path folder, String name) {
    try {
      org.apache.solr.common.cloud.ZkMaintenanceUtils.uploadToZK(
          cluster.getZkStateReader().getZkClient(), folder, "/configs/" + name, null);
    } catch (IOException e) {
      throw unavailable("the configset could not be uploaded to " + zkHost, e);
    }
  }

  private HttpJdkSolrClient client(String baseUrl) {
    return clients.computeIfAbsent(
        baseUrl,
        url ->
            new HttpJdkSolrClient.Builder(url)
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withRequestTimeout(REQUEST_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .build());
  }

  /** Whether a failure means the node is down (so another may answer), not that Solr refused. */
  private static boolean isUnreachable(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof HttpConnectTimeoutException
          || t instanceof java.nio.channels.ClosedChannelException
          || (t instanceof IOException && String.valueOf(t.getMessage()).contains("closed"))) {
        return true;
      }
    }
    return false;
  }

  /** Solr's refusal as the archive's error: unavailable for a server problem, else bad input. */
  private static RuntimeException translate(SolrException e, String collection) {
    int code = e.code();
    String message = String.valueOf(e.getMessage());
    if (code >= 500
        || code == 404
        || message.contains("Could not find collection")
        || message.contains("no servers hosting shard")) {
      return unavailable(
          "SolrCloud cannot answer"
              + (collection == null ? "" : " for collection " + collection)
              + ": "
              + message,
          e);
    }
    return new BadQueryException("请求被 SolrCloud 拒绝 / SolrCloud refused the request: " + message);
  }

  private static IndexUnavailableException unavailable(String english, Throwable cause) {
    return new IndexUnavailableException("集群暂时无法应答 / " + english, cause);
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // Closing after a failure to connect: the failure is what the caller needs to know.
    }
  }

  @Override
  public void close() {
    clients.values().forEach(SolrCloud::closeQuietly);
    closeQuietly(cluster);
  }
}
