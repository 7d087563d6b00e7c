package org.yanlu.archive.http;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.List;

/**
 * CSV read back by Jackson's parser, so that tests check our files as another program reads them.
 */
final class CsvRecords {
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private CsvRecords() {}

  /** The records of a CSV text, its byte order mark (if any) dropped, each as its fields. */
  static List<List<String>> read(String text) throws IOException {
    String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
    try (MappingIterator<List<String>> rows = CSV.readerForListOf(String.class).readValues(csv)) {
      return rows.readAll();
    }
  }
}
