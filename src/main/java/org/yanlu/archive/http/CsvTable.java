package org.yanlu.archive.http;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * A CSV table being written: the one CSV writer of the archive, used by exports, trend tables and
 * batch answers, on the web and on the command line. Fields are quoted as RFC 4180 asks, only when
 * they must be, and a text a spreadsheet would run as a formula gets a leading apostrophe.
 */
public final class CsvTable {
  /** The first characters by which a spreadsheet takes a cell for a formula (or a DDE command). */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final CsvFactory FACTORY =
      CsvFactory.builder()
          // Quote only fields that hold a separator, a quote or a line break, as RFC 4180 does;
          // the lenient default would also quote every field with a space or a '#'.
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          // The caller owns the stream (a response, standard output) and closes it.
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

  private final CsvGenerator generator;

  private CsvTable(Writer out, String lineSeparator) throws IOException {
    this.generator = FACTORY.createGenerator(out);
    generator.setSchema(CsvSchema.emptySchema().withLineSeparator(lineSeparator));
  }

  /**
   * A table for a spreadsheet program: a byte order mark, then rows ending in CRLF. The mark makes
   * spreadsheet programs read the file as UTF-8, not as the local code page (GBK in China).
   */
  public static CsvTable forSpreadsheet(Writer out, List<?> header) throws IOException {
    out.write('\uFEFF');
    CsvTable table = new CsvTable(out, "\r\n");
    table.row(header);
    return table;
  }

  /** A table for a terminal or a pipe: no byte order mark, rows ending as the platform's lines. */
  public static CsvTable forTerminal(Writer out, List<?> header) throws IOException {
    CsvTable table = new CsvTable(out, System.lineSeparator());
    table.row(header);
    return table;
  }

  /**
   * Writes one row. A number is written as it is (a negative one is data, not a formula); any other
   * cell as its text, guarded; null as an empty cell.
   */
  public void row(List<?> cells) {
    try {
      generator.writeStartArray();
      for (Object cell : cells) {
        if (cell == null) {
          generator.writeString("");
        } else if (cell instanceof Number) {
          generator.writeString(cell.toString());
        } else {
          writeText(guarded(cell.toString()));
        }
      }
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeText(String text) throws IOException {
    // Jackson's strict check looks for only the first character of the line separator, so with
    // CRLF rows a field holding a bare LF would go out unquoted and split its row in two: such a
    // field is quoted explicitly.
    boolean lineFeed = text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    if (lineFeed) {
      generator.enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
    }
    generator.writeString(text);
    if (lineFeed) {
      generator.disable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
    }
  }

  /** Writes what is buffered to the underlying writer, and flushes it. */
  public void flush() throws IOException {
    generator.flush();
  }

  /**
   * A text that a spreadsheet would run as a formula gets a leading apostrophe, so that an exported
   * headline can never execute in the reader's program.
   */
  static String guarded(String text) {
    if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
