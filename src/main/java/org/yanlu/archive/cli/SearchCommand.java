package org.yanlu.archive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jsoup.parser.Parser;
import org.yanlu.archive.corpus.BatchFile;
import org.yanlu.archive.corpus.CorpusFileException;
import org.yanlu.archive.http.BatchApi;
import org.yanlu.archive.http.CsvTable;
import org.yanlu.archive.search.Archive;
import org.yanlu.archive.search.BadQueryException;
import org.yanlu.archive.search.BatchSearch;
import org.yanlu.archive.search.EmbeddedArchive;
import org.yanlu.archive.search.FacetCount;
import org.yanlu.archive.search.Hit;
import org.yanlu.archive.search.IndexUnavailableException;
import org.yanlu.archive.search.SearchRequest;
import org.yanlu.archive.search.SearchResult;
import org.yanlu.archive.search.Searcher;
import org.yanlu.archive.search.Sort;
import org.yanlu.archive.search.StoryCopy;
import org.yanlu.archive.search.ThemeCatalog;

/**
 * {@code search "query" [--source X] [--speaker X] [--theme X] [--month yyyy-MM] [--from D] [--to
 * D] [--sort S] [--page N] [--size N] [--index DIR]}: prints hits and facets readably; with {@code
 * --batch FILE [--format jsonl|csv]} runs one query per line of the file on one searcher.
 */
final class SearchCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  int run(CommandLine line, PrintStream out, PrintStream err) throws IOException {
    Path index = line.path("index", Main.DEFAULT_INDEX);
    String batch = line.option("batch", null);
    if (batch == null && line.positional().isEmpty()) {
      throw new UsageException("search needs a query or --batch FILE");
    }
    String format = line.option("format", "jsonl");
    if (!format.equals("jsonl") && !format.equals("csv")) {
      throw new UsageException("--format is jsonl or csv, not " + format);
    }
    // A bad batch file is reported before the index is opened.
    List<String> queries;
    try {
      queries = batch == null ? List.of() : BatchFile.read(Path.of(batch));
    } catch (CorpusFileException e) {
      err.println(e.getMessage());
      return 1;
    }
    Archive opened;
    try {
      SolrOptions solr = SolrOptions.of(line);
      ThemeCatalog themes = ThemeCatalog.load(IndexCommand.themesFile(line));
      Duration limit = SolrOptions.timeLimit(line);
      opened =
          solr != null
              ? solr.archive(themes, limit)
              : new EmbeddedArchive(Searcher.open(index), themes, limit);
    } catch (IndexUnavailableException e) {
      err.println(e.getMessage());
      return 1;
    }
    try (Archive searcher = opened) {
      if (batch != null) {
        SearchRequest filters;
        try {
          filters = request("", line);
        } catch (BadQueryException e) {
          err.println(e.getMessage());
          return 1;
        }
        return batch(searcher, queries, filters, format, out, err);
      }
      String query = String.join(" ", line.positional());
      SearchResult result;
      try {
        result = searcher.search(request(query, line));
      } catch (BadQueryException e) {
        err.println(e.getMessage());
        return 1;
      }
      print(query, result, out);
      return 0;
    }
  }

  private int batch(
      Archive searcher,
      List<String> queries,
      SearchRequest filters,
      String format,
      PrintStream out,
      PrintStream err)
      throws IOException {
    CsvTable csv =
        format.equals("csv") ? CsvTable.forTerminal(writer(out), BatchApi.CSV_COLUMNS) : null;
    // Progress goes to stderr, so that the answers on stdout stay clean for a file or a pipe.
    ProgressDisplay.Progress progress = ProgressDisplay.ofBatch(err);
    int[] done = {0};
    // The same batch as POST /api/batch, each answer printed as it comes.
    new BatchSearch(searcher)
        .run(
            queries,
            filters,
            answer -> {
              progress.reached(++done[0], queries.size());
              if (csv != null) {
                BatchApi.csvRows(answer).forEach(csv::row);
                flush(csv);
              } else {
                out.println(jsonLine(answer));
              }
            });
    out.flush();
    return 0;
  }

  private static void flush(CsvTable csv) {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stream as a writer, so that text goes out in the stream's own charset. */
  private static Writer writer(PrintStream out) {
    return new Writer() {
      @Override
      public void write(char[] chars, int offset, int length) {
        out.print(new String(chars, offset, length));
      }

      @Override
      public void flush() {
        out.flush();
      }

      @Override
      public void close() {
        out.flush();
      }
    };
  }

  private static String jsonLine(BatchSearch.Answer answer) {
    try {
      return JSON.writeValueAsString(BatchApi.entry(answer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SearchRequest request(String query, CommandLine line) {
    return SearchRequest.builder(query)
        .sources(line.options("source"))
        .speakers(line.options("speaker"))
        .themes(line.options("theme"))
        .months(line.options("month"))
        .from(line.option("from", null))
        .to(line.option("to", null))
        .sort(Sort.parse(line.option("sort", null)))
        .page(line.intOption("page", 1))
        .size(line.intOption("size", SearchRequest.DEFAULT_SIZE))
        .collapse(!line.has("no-collapse"))
        .build();
  }

  private static void print(String query, SearchResult result, PrintStream out) {
    out.printf(Locale.ROOT, "%,d hits for %s (%d ms)%n", result.total(), query, result.tookMs());
    if (result.articles() != result.total()) {
      out.printf(Locale.ROOT, "%,d articles (syndicated copies included)%n", result.articles());
    }
    if (result.near()) {
      out.println("没有完全匹配；最接近的段落 / no exact match; closest passages");
    }
    int rank = (result.page() - 1) * result.size();
    for (Hit h : result.hits()) {
      rank++;
      out.printf(
          Locale.ROOT,
          "%n%3d. %s%n     %s · %s · score %.2f%s · %s%n     %s%n",
          rank,
          h.title(),
          h.source().isEmpty() ? "-" : h.source(),
          h.date() == null ? "-" : h.date(),
          h.score(),
          h.distance() == null ? "" : " · " + h.distance() + " different",
          h.id(),
          plain(h.snippet()));
      for (StoryCopy c : h.copies()) {
        out.printf(
            Locale.ROOT,
            "     also: %s · %s · %s%n",
            c.id(),
            c.source().isEmpty() ? "-" : c.source(),
            c.date() == null ? "-" : c.date());
      }
    }
    out.println();
    result
        .facets()
        .forEach(
            (name, counts) -> {
              if (!counts.isEmpty()) {
                out.println(
                    name
                        + ": "
                        + String.join(", ", counts.stream().map(SearchCommand::facet).toList()));
              }
            });
    out.flush();
  }

  private static String facet(FacetCount c) {
    return (c.selected() ? "[x] " : "") + c.value() + " (" + c.count() + ")";
  }

  /**
   * A snippet for the terminal: marks as 【】, the characters an approximate quote's passage differs
   * by as 〔〕, HTML entities back to characters.
   */
  static String plain(String snippet) {
    String marked =
        snippet
            .replaceAll("<mark class=\"diff\">([^<]*)</mark>", "〔$1〕")
            .replace("<mark>", "【")
            .replace("</mark>", "】");
    // The marks are our only tags, so what is left is text with entities: jsoup knows them all,
    // named and numeric, where a list by hand knew the six our escaper writes.
    return Parser.unescapeEntities(marked, false);
  }
}
