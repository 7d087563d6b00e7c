package org.yanlu.archive.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.yanlu.archive.http.AdminToken;
import org.yanlu.archive.http.HttpApi;
import org.yanlu.archive.http.WebRoot;
import org.yanlu.archive.index.IndexSummary;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.EmbeddedArchive;
import org.yanlu.archive.search.LiveIndex;
import org.yanlu.archive.search.Searcher;
import org.yanlu.archive.search.ThemeCatalog;
import org.yanlu.archive.solr.SolrCloud;
import org.yanlu.archive.solr.SolrCloudArchive;
import org.yanlu.archive.solr.SolrCloudIndexer;

/**
 * {@code serve [--port 7070] [--host 127.0.0.1] [--corpus DIR] [--index DIR] [--themes FILE]}:
 * builds the index when it is missing or older than the corpus or the themes file, then serves the
 * API and the front end until the process is stopped, taking in files dropped into the corpus
 * folder as they come. It listens on loopback unless {@code --host} names another address.
 */
final class ServeCommand {
  static final int DEFAULT_PORT = 7070;

  /** Only this machine can connect unless the operator says otherwise. */
  static final String DEFAULT_HOST = "127.0.0.1";

  /** The front end of a checkout; the jar's packed copy is used when it is not there. */
  static final Path WEB_DIR = Path.of("web");

  private final ArticleSource articles;

  ServeCommand(ArticleSource articles) {
    this.articles = articles;
  }

  int run(CommandLine line, PrintStream out, PrintStream err)
      throws IOException, InterruptedException {
    Running running = start(line, err);
    // Ctrl-C runs the shutdown hooks: stop taking requests, then close the index.
    Runtime.getRuntime().addShutdownHook(new Thread(running::close, "archive-shutdown"));
    out.println("言录 News Archive: http://localhost:" + running.port() + "/");
    out.println(reach(line.option("host", DEFAULT_HOST)));
    out.flush();
    Thread.currentThread().join();
    return 0;
  }

  /** Builds the index if needed and starts the server; the caller closes what it gets. */
  Running start(CommandLine line, PrintStream err) throws IOException {
    Path corpus = line.path("corpus", Main.DEFAULT_CORPUS);
    Path index = line.path("index", Main.DEFAULT_INDEX);
    int port = line.intOption("port", DEFAULT_PORT);
    if (port < 0 || port > 65_535) {
      throw new UsageException("--port takes 0 to 65535, not " + port);
    }
    String host = line.option("host", DEFAULT_HOST);
    Path themesFile = IndexCommand.themesFile(line);
    ThemeCatalog themes = ThemeCatalog.load(themesFile);
    SolrOptions solr = SolrOptions.of(line);
    if (solr != null) {
      return startOnSolrCloud(line, solr, corpus, themes, host, port, err);
    }
    IndexCommand.removeDeadBuilds(index, err);
    buildIfStale(corpus, index, themesFile, themes, err);
    AdminToken token = AdminTokenFile.load(index, System.getenv(AdminTokenFile.ENV), err);
    Searcher searcher = Searcher.open(index);
    EmbeddedArchive archive = new EmbeddedArchive(searcher, themes, SolrOptions.timeLimit(line));
    LiveIndex live = null;
    CorpusWatcher watcher = null;
    try {
      live = new LiveIndex(searcher, e -> err.println("索引刷新失败 / refresh failed: " + e));
      watcher =
          new CorpusWatcher(corpus, index, articles, live::refreshNow, err, themesFile, themes)
              .start();
      Javalin app =
          new HttpApi(archive, WebRoot.find(WEB_DIR), watcher)
              .adminToken(token)
              .create()
              .start(host, port);
      return new Running(app, archive, new Background(watcher, live));
    } catch (IOException | RuntimeException e) {
      new Background(watcher, live).close();
      archive.close();
      throw e;
    }
  }

  /**
   * Serves the archive on SolrCloud, building it from the corpus first when the cluster has none
   * yet. The corpus folder is not watched: a SolrCloud archive changes with {@code index --solr}.
   */
  private Running startOnSolrCloud(
      CommandLine line,
      SolrOptions solr,
      Path corpus,
      ThemeCatalog themes,
      String host,
      int port,
      PrintStream err)
      throws IOException {
    SolrCloud cloud = SolrCloud.connect(solr.zkHost());
    try {
      if (cloud.aliasTargets(solr.collection()).isEmpty()) {
        err.println(
            "SolrCloud 上还没有档案，正在建立 / building the archive of "
                + corpus
                + " into SolrCloud collection "
                + solr.collection());
        new SolrCloudIndexer(cloud, solr.collection(), themes.queries())
            .rebuild(
                articles.read(corpus).articles(),
                solr.shards(),
                solr.replicas(),
                ProgressDisplay.ofIndexing(err));
      }
      SolrCloudArchive archive =
          new SolrCloudArchive(cloud, solr.collection(), themes, SolrOptions.timeLimit(line));
      Javalin app = new HttpApi(archive, WebRoot.find(WEB_DIR), null).create().start(host, port);
      return new Running(app, archive);
    } catch (IOException | RuntimeException e) {
      cloud.close();
      throw e;
    }
  }

  /** Who can reach a server listening on {@code host}, as the console says it on start. */
  static String reach(String host) {
    if (isLoopback(host)) {
      return "只有本机可以访问 / listening on loopback "
          + host
          + ": only this machine can connect (--host 0.0.0.0 serves the network)";
    }
    return "正在网络上提供服务 / listening on "
        + host
        + ": other machines can connect; admin actions need the admin token";
  }

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** The watcher and the refresh schedule of a server; either may be null when not started. */
  private record Background(CorpusWatcher watcher, LiveIndex live) implements AutoCloseable {
    @Override
    public void close() {
      try {
        if (watcher != null) {
          watcher.close();
        }
      } finally {
        if (live != null) {
          live.close();
        }
      }
    }
  }

  private void buildIfStale(
      Path corpus, Path index, Path themesFile, ThemeCatalog themes, PrintStream err)
      throws IOException {
    if (!IndexCommand.isStale(corpus, index, themesFile)) {
      return;
    }
    err.println("索引缺失或已过期，正在建立 / building the index of " + corpus + " into " + index);
    IndexSummary summary = new IndexCommand(articles).build(corpus, index, themesFile, themes, err);
    err.printf(
        "indexed %d articles, %d quotes in %d ms%n",
        summary.articles(), summary.quotes(), summary.millis());
  }

  /** A started server and the archive it answers from; closing stops the one, then the other. */
  record Running(Javalin app, Archive archive, AutoCloseable background) implements AutoCloseable {
    Running(Javalin app, Archive archive) {
      this(app, archive, () -> {});
    }

    int port() {
      return app.port();
    }

    @Override
    public void close() {
      try {
        app.stop();
        background.close();
      } catch (Exception e) {
        throw new IllegalStateException("stopping the server's background work failed", e);
      } finally {
        archive.close();
      }
    }
  }
}
