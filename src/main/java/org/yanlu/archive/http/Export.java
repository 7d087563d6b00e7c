package org.yanlu.archive.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yanlu.archive.cite.CitationFormat;
import org.yanlu.archive.cite.Citations;
import org.yanlu.archive.cite.Reference;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.Hit;
import org.yanlu.archive.search.SearchRequest;

/**
 * {@code /api/export}: every hit of a search as CSV or JSON lines, or every matching article as a
 * list of references (RIS, CSL-JSON, BibTeX) for a reference manager, written to the response while
 * the archive pages through the hits, so memory stays flat however many there are.
 */
final class Export {
  private static final List<String> COLUMNS =
      List.of("id", "title", "subtitle", "source", "date", "speakers", "score", "story");

  private final Archive archive;
  private final ObjectMapper json;

  Export(Archive archive, ObjectMapper json) {
    this.archive = archive;
    this.json = json;
  }

  void write(Context ctx) throws IOException {
    SearchRequest request = SearchParams.read(ctx.queryParamMap());
    Format format = Format.parse(ctx.queryParam("format"));
    // A first, one-hit search checks the query before any byte is sent: once the body has
    // started, an error could no longer become a proper status.
    // Every matching article is written, each copy of a story too: the count is of articles.
    long total = archive.search(request.withPage(1, 1)).articles();
    ctx.status(200);
    ctx.contentType(format.contentType);
    ctx.header(
        "Content-Disposition", "attachment; filename=\"yanlu-export." + format.extension + "\"");
    ctx.header("X-Total-Count", Long.toString(total));
    Writer out =
        new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    if (format.citations != null) {
      // A list of references for a reference manager: each matching article, cited.
      Citations.ListWriter list = new Citations.ListWriter(out, format.citations);
      LocalDate today = LocalDate.now(HttpApi.CITING_ZONE);
      try {
        archive.exportArticles(request, a -> list.add(Reference.of(a, today)));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      list.finish();
      return;
    }
    if (format == Format.CSV) {
      // The byte order mark makes spreadsheet programs read the file as UTF-8, not GBK.
      out.write('\uFEFF');
      out.write(String.join(",", COLUMNS));
      out.write("\r\n");
    }
    try {
      archive.export(request, hit -> row(out, format, hit));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  private void row(Writer out, Format format, Hit hit) {
    try {
      if (format == Format.CSV) {
        out.write(csvRow(hit));
        out.write("\r\n");
      } else {
        out.write(json.writeValueAsString(fields(hit)));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> fields(Hit hit) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", hit.id());
    fields.put("title", hit.title());
    fields.put("subtitle", hit.subtitle());
    fields.put("source", hit.source());
    fields.put("date", hit.date());
    fields.put("speakers", hit.speakers());
    fields.put("score", hit.score());
    fields.put("story", hit.story());
    return fields;
  }

  static String csvRow(Hit hit) {
    return String.join(
        ",",
        csvField(hit.id()),
        csvField(hit.title()),
        csvField(hit.subtitle()),
        csvField(hit.source()),
        csvField(hit.date() == null ? "" : hit.date()),
        csvField(String.join("、", hit.speakers())),
        Float.toString(hit.score()),
        csvField(hit.story() == null ? "" : hit.story()));
  }

  /**
   * One CSV field (RFC 4180 quoting). A text that a spreadsheet would run as a formula gets a
   * leading apostrophe, so that an exported headline can never execute in the reader's program.
   */
  static String csvField(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  /** The export formats and how they are sent. */
  enum Format {
    CSV("text/csv; charset=utf-8", "csv", null),
    JSONL("application/x-ndjson; charset=utf-8", "jsonl", null),
    RIS(CitationFormat.RIS),
    CSL(CitationFormat.CSL),
    BIBTEX(CitationFormat.BIBTEX);

    final String contentType;
    final String extension;

    /** The citation format of a list of references, or null for a table of hits. */
    final CitationFormat citations;

    Format(String contentType, String extension, CitationFormat citations) {
      this.contentType = contentType;
      this.extension = extension;
      this.citations = citations;
    }

    Format(CitationFormat citations) {
      this(citations.contentType, citations.extension, citations);
    }

    static Format parse(String text) {
      if (text == null || text.isBlank() || text.equals("csv")) {
        return CSV;
      }
      return switch (text) {
        case "jsonl" -> JSONL;
        case "ris" -> RIS;
        case "csl" -> CSL;
        case "bibtex" -> BIBTEX;
        default ->
            throw new BadParameterException(
                "format",
                "format 只能是 csv、jsonl、ris、csl 或 bibtex / format must be csv, jsonl, ris, csl or"
                    + " bibtex, not "
                    + text);
      };
    }
  }
}
