package org.yanlu.archive.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.BatchSearch;
import org.yanlu.archive.search.FacetCount;
import org.yanlu.archive.search.Hit;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.StoryCopy;

/**
 * {@code POST /api/batch}: up to {@value #MAX_QUERIES} queries at once, as a JSON array of strings
 * or as text with one query a line (blank lines skipped). The query parameters of {@code
 * /api/search} (filters, {@code sort}, {@code size}, {@code since}) apply to every query. The
 * answer lists, per query in order, its total, its counts by outlet and month and its top hits, or
 * its own error; {@code format=csv} gives one row per query and hit, as {@code search --batch}
 * prints them.
 */
public final class BatchApi {
  /** The most queries one batch runs. */
  public static final int MAX_QUERIES = 1000;

  /** The columns of the CSV form, one row per query and hit. */
  public static final List<String> CSV_COLUMNS =
      List.of("query", "total", "rank", "id", "title", "source", "date", "error");

  /**
   * The largest body read: the most queries at the longest length, each character at most four
   * bytes of UTF-8, with room for JSON quoting.
   */
  private static final long MAX_BODY_BYTES =
      (long) MAX_QUERIES * (SearchRequest.MAX_QUERY_LENGTH * 4L + 16);

  /** The facets a batch answer keeps: where and when each query appears. */
  private static final List<String> COUNTED = List.of("source", "month");

  private final Archive archive;
  private final ObjectMapper json;

  BatchApi(Archive archive, ObjectMapper json) {
    this.archive = archive;
    this.json = json;
  }

  void handle(Context ctx) throws IOException {
    boolean csv = csvFormat(ctx.queryParam("format"));
    SearchRequest template = SearchParams.read(ctx.queryParamMap());
    List<String> queries = queries(ctx);
    long start = System.nanoTime();
    List<BatchSearch.Answer> answers = new ArrayList<>(queries.size());
    new BatchSearch(archive).run(queries, template, answers::add);
    if (csv) {
      StringWriter out = new StringWriter();
      CsvTable table = CsvTable.forSpreadsheet(out, CSV_COLUMNS);
      answers.forEach(a -> csvRows(a).forEach(table::row));
      table.flush();
      ctx.contentType("text/csv; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"yanlu-batch.csv\"");
      ctx.result(out.toString());
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("queries", answers.size());
    body.put("tookMs", (System.nanoTime() - start) / 1_000_000);
    body.put("results", answers.stream().map(BatchApi::entry).toList());
    ctx.json(body);
  }

  /** The queries of the body: a JSON array of strings, or one query a line. */
  private List<String> queries(Context ctx) throws IOException {
    String body = body(ctx);
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    List<String> queries = new ArrayList<>();
    if (type.contains("json") || body.stripLeading().startsWith("[")) {
      JsonNode array;
      try {
        array = json.readTree(body);
      } catch (JsonProcessingException e) {
        throw notAList();
      }
      if (array == null || !array.isArray()) {
        throw notAList();
      }
      for (JsonNode query : array) {
        if (!query.isTextual()) {
          throw notAList();
        }
        queries.add(query.asText());
      }
    } else {
      body.lines().map(String::strip).filter(q -> !q.isEmpty()).forEach(queries::add);
    }
    if (queries.isEmpty()) {
      throw new BadParameterException(
          "queries", "请给出至少一条检索 / the batch holds no query: send a JSON array or lines");
    }
    if (queries.size() > MAX_QUERIES) {
      throw TooManyQueriesException.count(queries.size(), MAX_QUERIES);
    }
    return queries;
  }

  /** The body as UTF-8, refused unread past {@link #MAX_BODY_BYTES}. */
  private static String body(Context ctx) throws IOException {
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        throw TooManyQueriesException.bytes(MAX_BODY_BYTES, MAX_QUERIES);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static BadParameterException notAList() {
    return new BadParameterException(
        "queries",
        "请求体须为字符串的 JSON 数组，或每行一条检索 / the body must be a JSON array of strings, or"
            + " one query a line");
  }

  private static boolean csvFormat(String format) {
    if (format == null || format.isBlank() || format.equals("json")) {
      return false;
    }
    if (format.equals("csv")) {
      return true;
    }
    throw new BadParameterException(
        "format", "format 只能是 json 或 csv / format must be json or csv, not " + format);
  }

  /**
   * One query's answer as JSON: {@code {query, total, facets: {source, month}, hits}}, or {@code
   * {query, error, message}} for a query that was refused.
   */
  public static Map<String, Object> entry(BatchSearch.Answer answer) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("query", answer.query());
    if (answer.error() != null) {
      entry.put("error", answer.error().code());
      entry.put("message", answer.error().getMessage());
      return entry;
    }
    entry.put("total", answer.result().total());
    entry.put("articles", answer.result().articles());
    if (answer.result().near()) {
      entry.put("near", true);
    }
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    COUNTED.forEach(dim -> facets.put(dim, answer.result().facets().getOrDefault(dim, List.of())));
    entry.put("facets", facets);
    List<Map<String, Object>> hits = new ArrayList<>();
    for (Hit h : answer.result().hits()) {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", h.id());
      hit.put("title", h.title());
      hit.put("source", h.source());
      hit.put("date", h.date());
      hit.put("added", h.added() == null ? null : h.added().toString());
      hit.put("score", h.score());
      hit.put("snippet", h.snippet());
      if (h.distance() != null) {
        hit.put("distance", h.distance());
      }
      if (!h.copies().isEmpty()) {
        hit.put("copies", h.copies().stream().map(StoryCopy::id).toList());
      }
      hits.add(hit);
    }
    entry.put("hits", hits);
    return entry;
  }

  /**
   * One query's CSV rows under {@link #CSV_COLUMNS}: one per hit, or one with the total (or the
   * error) when it has none. Written by a {@link CsvTable}, so that no spreadsheet runs a cell as a
   * formula.
   */
  public static List<List<Object>> csvRows(BatchSearch.Answer answer) {
    String query = answer.query();
    if (answer.error() != null) {
      return List.of(row(query, null, null, null, null, null, null, answer.error().getMessage()));
    }
    long total = answer.result().total();
    if (answer.result().hits().isEmpty()) {
      return List.of(row(query, total, null, null, null, null, null, null));
    }
    List<List<Object>> rows = new ArrayList<>();
    int rank = (answer.result().page() - 1) * answer.result().size();
    for (Hit h : answer.result().hits()) {
      rank++;
      rows.add(row(query, total, rank, h.id(), h.title(), h.source(), h.date(), null));
    }
    return rows;
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }
}
