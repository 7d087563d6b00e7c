package org.yanlu.archive.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.EmbeddedArchive;
import org.yanlu.archive.search.QuoteRequest;
import org.yanlu.archive.search.QuoteResult;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.SearchResult;
import org.yanlu.archive.search.Searcher;
import org.yanlu.archive.search.ThemeCatalog;

/**
 * The archive's web server: the JSON API under {@code /api} and the static front end at {@code /},
 * all routes on this one screen. It sees search records, never Lucene.
 */
public final class HttpApi {
  /**
   * Scripts, styles and data only from this server, no inline script or style: a snippet that
   * somehow carried markup could still not run anything.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
          + "frame-ancestors 'none'";

  private final Archive archive;
  private final WebRoot web;
  private final ObjectMapper json;
  private final CorpusReindex reindex;
  private final TrendApi trends;

  /** A server without corpus watching, whose themes are those of {@code themes.json}. */
  public HttpApi(Searcher searcher, WebRoot web) {
    this(searcher, web, null);
  }

  /**
   * @param reindex what {@code POST /api/admin/reindex} runs, or null when the server watches no
   *     corpus folder
   */
  public HttpApi(Searcher searcher, WebRoot web, CorpusReindex reindex) {
    this(
        searcher, web, reindex, ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE));
  }

  /**
   * @param reindex what {@code POST /api/admin/reindex} runs, or null when the server watches no
   *     corpus folder
   * @param themes the themes the server answers for
   */
  public HttpApi(Searcher searcher, WebRoot web, CorpusReindex reindex, ThemeCatalog themes) {
    this(new EmbeddedArchive(searcher, themes), web, reindex);
  }

  /**
   * @param archive the host the API answers from: the embedded index or SolrCloud
   * @param reindex what {@code POST /api/admin/reindex} runs, or null when the server watches no
   *     corpus folder
   */
  public HttpApi(Archive archive, WebRoot web, CorpusReindex reindex) {
    this.archive = archive;
    this.web = web;
    this.json = jsonMapper();
    this.reindex = reindex;
    this.trends = new TrendApi(archive);
  }

  /** The app, configured but not started; {@code create().start(0)} takes a free port. */
  public Javalin create() {
    return Javalin.create(this::configure);
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.jsonMapper(new JavalinJackson(json, false));
    config.requestLogger.http(new RequestLog());
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = web.directory();
          files.location = web.onClasspath() ? Location.CLASSPATH : Location.EXTERNAL;
        });

    var routes = config.routes;
    routes.before(HttpApi::securityHeaders);
    routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
    routes.get("/api/stats", ctx -> ctx.json(archive.stats()));
    routes.get("/api/search", this::search);
    routes.get("/api/articles/{id}", this::article);
    routes.get("/api/quotes", this::quotes);
    routes.get("/api/export", ctx -> new Export(archive, json).write(ctx));
    routes.get("/api/feed", new AtomFeed(archive)::write);
    routes.post("/api/batch", new BatchApi(archive, json)::handle);
    routes.post("/api/admin/reindex", new AdminReindex(reindex)::handle);
    routes.get("/api/themes", trends::themes);
    routes.get("/api/trends", trends::trends);
    routes.after(HttpApi::charset);
    // The one place where exception types become a status and {error, message}.
    routes.exception(HttpResponseException.class, ApiErrors::respond);
    routes.exception(Exception.class, ApiErrors::respond);
  }

  private void search(Context ctx) {
    SearchRequest request = SearchParams.read(ctx.queryParamMap());
    SearchResult result = archive.search(request);
    checkPage(request.page(), request.size(), result.total());
    ctx.json(result);
  }

  private void quotes(Context ctx) {
    QuoteRequest request = QuoteParams.read(ctx.queryParamMap());
    QuoteResult result = archive.quotes(request);
    checkPage(request.page(), request.size(), result.total());
    ctx.json(result);
  }

  /** A page past the last one of a result is an error, not an empty page. */
  private static void checkPage(int page, int size, long total) {
    if (page > 1 && (long) (page - 1) * size >= total) {
      int last = (int) Math.max(1, (total + size - 1) / size);
      throw new PageOutOfRangeException(page, last);
    }
  }

  private void article(Context ctx) {
    ctx.json(archive.article(ctx.pathParam("id"), SearchParams.query(ctx.queryParamMap())));
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  /** Every text response says its charset, so that no client has to guess it for Chinese. */
  private static void charset(Context ctx) {
    String type = ctx.res().getContentType();
    if (type == null || type.contains("charset") || ctx.res().isCommitted()) {
      return;
    }
    if (type.startsWith("text/")
        || type.startsWith("application/json")
        || type.startsWith("application/javascript")
        || type.startsWith("image/svg+xml")) {
      ctx.contentType(type + "; charset=utf-8");
    }
  }

  static ObjectMapper jsonMapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
