package org.yanlu.archive.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.Trend;
import org.yanlu.archive.search.TrendPoint;
import org.yanlu.archive.search.TrendRequest;
import org.yanlu.archive.search.TrendTable;

/**
 * The routes of themes and trends: {@code /api/themes} (each theme with its count, its count per
 * month and its top outlets) and {@code /api/trends} (one to five queries per period, as JSON or,
 * with {@code format=csv}, as a spreadsheet table).
 */
final class TrendApi {
  private final Archive archive;

  TrendApi(Archive archive) {
    this.archive = archive;
  }

  void themes(Context ctx) {
    ctx.json(Map.of("themes", archive.themes()));
  }

  void trends(Context ctx) throws IOException {
    Map<String, List<String>> params = ctx.queryParamMap();
    List<String> queries = params.getOrDefault("q", List.of());
    TrendRequest request =
        TrendRequest.of(
            queries, first(params, "interval"), first(params, "from"), first(params, "to"));
    String format = first(params, "format");
    boolean csv = "csv".equals(format);
    if (format != null && !format.isBlank() && !csv && !"json".equals(format)) {
      throw new BadParameterException(
          "format", "format 只能是 json 或 csv / format must be json or csv, not " + format);
    }
    TrendTable table = archive.trends(request);
    if (!csv) {
      ctx.json(table);
      return;
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"yanlu-trends.csv\"");
    StringWriter out = new StringWriter();
    csv(table, out);
    ctx.result(out.toString());
  }

  /**
   * The table with one row per period: its name, first and last day, all articles of the period,
   * then for each query its count and its share.
   */
  static void csv(TrendTable table, Writer out) throws IOException {
    List<String> header = new ArrayList<>(List.of("period", "start", "end", "all_articles"));
    for (Trend t : table.trends()) {
      header.add(t.query());
      header.add(t.query() + " share");
    }
    CsvTable csv = CsvTable.forSpreadsheet(out, header);
    int periods = table.trends().isEmpty() ? 0 : table.trends().get(0).points().size();
    for (int i = 0; i < periods; i++) {
      TrendPoint first = table.trends().get(0).points().get(i);
      List<Object> cells =
          new ArrayList<>(List.of(first.period(), first.start(), first.end(), first.total()));
      for (Trend t : table.trends()) {
        TrendPoint p = t.points().get(i);
        cells.add(p.count());
        cells.add(String.format(Locale.ROOT, "%.4f", p.share()));
      }
      csv.row(cells);
    }
    csv.flush();
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
