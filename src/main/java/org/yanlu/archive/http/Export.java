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
import java.util.Arrays;
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
    long total = archive.search(request.toBuilder().page(1).size(1).build()).articles();
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
      CsvTable table = CsvTable.forSpreadsheet(out, COLUMNS);
      try {
        archive.export(request, hit -> table.row(csvRow(hit)));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      table.flush();
      return;
    }
    try {
      archive.export(request, hit -> jsonLine(out, hit));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  private void jsonLine(Writer out, Hit hit) {
    try {
      out.write(json.writeValueAsString(fields(hit)));
      out.write('\n');
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

  /** A hit's cells under {@link #COLUMNS}; the score is a number, the rest text. */
  private static List<Object> csvRow(Hit hit) {
    return Arrays.asList(
        hit.id(),
        hit.title(),
        hit.subtitle(),
        hit.source(),
        hit.date(),
        String.join("、", hit.speakers()),
        hit.score(),
        hit.story());
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
