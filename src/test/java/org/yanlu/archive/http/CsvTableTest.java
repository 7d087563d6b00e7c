package org.yanlu.archive.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {
  private static String spreadsheet(List<?> header, List<?>... rows) throws IOException {
    StringWriter out = new StringWriter();
    CsvTable table = CsvTable.forSpreadsheet(out, header);
    for (List<?> row : rows) {
      table.row(row);
    }
    table.flush();
    return out.toString();
  }

  @Test
  void fieldsAreQuotedOnlyWhenTheyHoldASeparatorAQuoteOrALineBreak() throws IOException {
    String csv =
        spreadsheet(
            List.of("a", "b"),
            List.of("李克强 说", "甲,乙"),
            List.of("他说\"好\"", "第一行\n第二行"),
            List.of("#1", "2024-01-01"));
    assertEquals(
        "\uFEFFa,b\r\n李克强 说,\"甲,乙\"\r\n\"他说\"\"好\"\"\",\"第一行\n第二行\"\r\n#1,2024-01-01\r\n", csv);
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() throws IOException {
    String csv =
        spreadsheet(
            List.of("h"),
            List.of("=SUM(A1)"),
            List.of("+1"),
            List.of("-1"),
            List.of("@cmd"),
            List.of("\tx"),
            List.of("\rx"),
            List.of("a=b"));
    assertEquals("\uFEFFh\r\n'=SUM(A1)\r\n'+1\r\n'-1\r\n'@cmd\r\n'\tx\r\n\"'\rx\"\r\na=b\r\n", csv);
  }

  @Test
  void numbersAreWrittenAsTheyAreAndNullsAsEmptyCells() throws IOException {
    String csv = spreadsheet(List.of("n", "m", "s"), Arrays.asList(-0.5f, 12L, null));
    assertEquals("\uFEFFn,m,s\r\n-0.5,12,\r\n", csv);
  }

  @Test
  void aTableForTheTerminalHasNoByteOrderMark() throws IOException {
    StringWriter out = new StringWriter();
    CsvTable table = CsvTable.forTerminal(out, List.of("a", "b"));
    table.row(List.of("1", "2"));
    table.flush();
    String nl = System.lineSeparator();
    assertEquals("a,b" + nl + "1,2" + nl, out.toString());
  }
}
