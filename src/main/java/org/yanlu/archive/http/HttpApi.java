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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.yanlu.archive.cite.CitationFormat;
import org.yanlu.archive.cite.Citations;
import org.yanlu.archive.cite.Reference;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.ArticleView;
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
  private final Archive archive;
  private final WebRoot web;
  private final ObjectMapper json;
  private final CorpusReindex reindex;
  private final TrendApi trends;
  private AdminToken adminToken = AdminToken.NONE;

  /** A server without corpus watching, whose themes are those of {@code themes.json}. */
  public HttpApi(Searcher searcher, WebRoot web) {
    this(searcher, web, null);
  }

  /**
   * @param reindex what {@code POST /api/admin/reindex} runs, or null when the server watches no
   *     corpus folder
   */
  public HttpApi(Searcher searcher, WebRoot web, CorpusReindex reindex) {
    this(searcher, web, reindex, ThemeCatalog.load(ThemeCatalog.DEFAULT_FILE));
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

  /**
   * Sets the token admin actions need; without one, every admin request is refused.
   *
   * @return this, to go on to {@link #create()}
   */
  public HttpApi adminToken(AdminToken token) {
    this.adminToken = token;
    return this;
  }

  /** The app, configured but not started; {@code create().start(0)} takes a free port. */
  public Javalin create() {
    return Javalin.create(this::configure);
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.jsonMapper(new JavalinJackson(json, false));
    config.requestLogger.http(new RequestLog());
    // What Jetty refuses before the app runs (URI too long, bad UTF-8) is our JSON too.
    config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = web.directory();
          files.location = web.onClasspath() ? Location.CLASSPATH : Location.EXTERNAL;
        });

    var routes = config.routes;
    routes.before(SecurityHeaders::apply);
    routes.before(RequestEncoding::check);
    routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
    routes.get("/api/stats", ctx -> ctx.json(archive.stats()));
    routes.get("/api/search", this::search);
    routes.get("/api/articles/{id}", this::article);
    routes.get("/api/articles/{id}/cite", this::cite);
    routes.get("/api/quotes", this::quotes);
    routes.get("/api/export", ctx -> new Export(archive, json).write(ctx));
    routes.get("/api/feed", new AtomFeed(archive)::write);
    routes.post("/api/batch", new BatchApi(archive, json)::handle);
    routes.post("/api/admin/reindex", new AdminReindex(reindex, adminToken)::handle);
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

  /**
   * The article's citation in {@code format} ({@code gbt7714}, the default, {@code ris}, {@code
   * bibtex} or {@code csl}); with {@code quote=N}, the citation of its N-th quote (from 0), which
   * adds the speaker and the words.
   */
  private void cite(Context ctx) {
    CitationFormat format = citationFormat(ctx.queryParam("format"));
    ArticleView a = archive.article(ctx.pathParam("id"), null);
    Reference reference = Reference.of(a, LocalDate.now(CITING_ZONE));
    if (ctx.queryParam("quote") != null) {
      int n = SearchParams.wholeNumber(ctx.queryParamMap(), "quote", 0);
      if (n < 0 || n >= a.quotes().size()) {
        throw new BadParameterException(
            "quote",
            "这篇文章没有第 "
                + n
                + " 条引语（共 "
                + a.quotes().size()
                + " 条，从 0 数起）/ the article has no quote "
                + n
                + " ("
                + a.quotes().size()
                + ", counted from 0)");
      }
      reference = reference.withQuote(a.quotes().get(n));
    }
    ctx.contentType(format.contentType);
    ctx.result(Citations.format(reference, format));
  }

  /** The day a citation is made is the archive's readers' day: China's. */
  static final ZoneId CITING_ZONE = ZoneId.of("Asia/Shanghai");

  static CitationFormat citationFormat(String name) {
    try {
      return CitationFormat.parse(name);
    } catch (IllegalArgumentException e) {
      throw new BadParameterException("format", e.getMessage());
    }
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
