package org.yanlu.archive.http;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.enrich.EnrichedCorpus;
import org.yanlu.archive.index.ArticleFields;
import org.yanlu.archive.index.IndexProgress;
import org.yanlu.archive.index.Indexer;
import org.yanlu.archive.search.LiveIndex;
import org.yanlu.archive.search.Searcher;
import org.yanlu.archive.search.ThemeCatalog;

/**
 * A real archive server for tests: the corpus indexed into a temporary folder, a searcher over it
 * and the app started on a free port, with a plain HTTP client to call it.
 */
public final class ArchiveServer implements AutoCloseable {
  /** The committed corpus, relative to the project folder tests run in. */
  public static final Path CORPUS = Path.of("corpus");

  private final List<Article> articles;
  private final Searcher searcher;
  private final Javalin app;
  private final HttpClient client = HttpClient.newHttpClient();
  private LiveIndex live;

  private ArchiveServer(List<Article> articles, Searcher searcher, Javalin app) {
    this.articles = articles;
    this.searcher = searcher;
    this.app = app;
  }

  /** Indexes {@code corpus} into {@code indexRoot} and starts a server on a free port. */
  public static ArchiveServer start(Path corpus, Path indexRoot) throws IOException {
    return start(new Corpus(CorpusReaders.standard()).read(corpus).articles(), corpus, indexRoot);
  }

  /**
   * Like {@link #start}, with the articles enriched as the command line does it, so that they have
   * speakers, quotes and names.
   */
  public static ArchiveServer startEnriched(Path corpus, Path indexRoot) throws IOException {
    return start(EnrichedCorpus.read(corpus), corpus, indexRoot);
  }

  /** Indexes the given articles, made as a test needs them, and starts a server. */
  public static ArchiveServer startWith(List<Article> articles, Path indexRoot) throws IOException {
    return start(articles, 1L, indexRoot);
  }

  private static ArchiveServer start(List<Article> articles, Path corpus, Path indexRoot)
      throws IOException {
    return start(articles, Corpus.lastModified(corpus), indexRoot);
  }

  private static ArchiveServer start(List<Article> articles, long corpusTime, Path indexRoot)
      throws IOException {
    new Indexer(new ArticleFields(), 2)
        .rebuild(
            indexRoot,
            articles,
            corpusTime,
            IndexProgress.NONE,
            ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE).queries());
    Searcher searcher = Searcher.open(indexRoot);
    Javalin app =
        new HttpApi(searcher, WebRoot.find(Path.of("web"))).create().start("127.0.0.1", 0);
    return new ArchiveServer(articles, searcher, app);
  }

  /**
   * Keeps the server's searcher on the newest commit, as {@code serve} does, so that {@code index
   * --add} into its index shows within a second.
   */
  public ArchiveServer live() {
    if (live == null) {
      live = new LiveIndex(searcher, e -> System.err.println("refresh failed: " + e));
    }
    return this;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /**
   * A server over an index already built, on a given port, kept on the newest commit: the same
   * server again after a restart.
   */
  public static ArchiveServer serve(Path indexRoot, int port) {
    Searcher searcher = Searcher.open(indexRoot);
    Javalin app = new HttpApi(searcher, WebRoot.find(Path.of("web"))).create().start(port);
    return new ArchiveServer(List.of(), searcher, app).live();
  }

  /** The articles the server's index holds, as the corpus readers produced them. */
  public List<Article> articles() {
    return articles;
  }

  public URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + app.port() + pathAndQuery);
  }

  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public HttpResponse<byte[]> getBytes(String pathAndQuery)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Posts a body of the given content type. */
  public HttpResponse<String> post(String pathAndQuery, String contentType, String body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(pathAndQuery))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A query parameter value, URL-encoded. */
  public static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      app.stop();
      if (live != null) {
        live.close();
      }
    } finally {
      searcher.close();
    }
  }
}
