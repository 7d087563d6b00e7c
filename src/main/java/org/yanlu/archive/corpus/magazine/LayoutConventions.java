package org.yanlu.archive.corpus.magazine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a publication prints that layout alone does not tell: how it credits photos, how its
 * captions end, how it marks a series and the end of one, which words stand in a table's number
 * cells, how a report without a headline names itself, and the column to assume when an issue is
 * too short to measure. The defaults fit Chinese news magazines at large; an issue's sidecar
 * overrides any of them (corpus/README.md). Forms are written as printed, {@code …} standing for
 * the part that varies ({@link PrintedForms}).
 *
 * @param photoCredits forms of a photo credit, the mark of a caption ({@code …社发}, {@code （…摄）})
 * @param captionEndings words a short caption line ends with ({@code 发言}, {@code 合影}, {@code 现场})
 * @param endMarkers forms of a line that marks where a series or story ends ({@code 【…完】})
 * @param seriesMarks forms of the mark under a series part's headline ({@code 【…连载…】})
 * @param tableMarkers words that stand in a statistics table's number cells ({@code 新进})
 * @param partNames forms in which an untitled report names itself, {@code …} the name ({@code
 *     “…”版块})
 * @param columnWidth the body column in half-width units, for an issue with too few full lines to
 *     measure it
 */
public record LayoutConventions(
    List<String> photoCredits,
    List<String> captionEndings,
    List<String> endMarkers,
    List<String> seriesMarks,
    List<String> tableMarkers,
    List<String> partNames,
    int columnWidth) {

  /**
   * The conventions of Chinese news magazines at large. A bare {@code …摄} is no default: a line
   * ending 拍摄 is as often a sentence broken after it; the credit is set in brackets, or after 记者.
   */
  public static final LayoutConventions DEFAULTS =
      new LayoutConventions(
          List.of("…社发", "…供图", "（…摄）", "记者…摄"),
          List.of("发言", "致辞", "演讲", "主持会议", "合影", "留影", "现场"),
          List.of("【…完】", "（…完）"),
          List.of("【…连载…】", "（…连载…）", "【…系列…】", "（…系列…）"),
          List.of("新进", "持平"),
          List.of("“…”版块", "“…”栏目", "“…”专栏"),
          // Two columns of 25 characters on an A4 page, the common magazine body.
          50);

  /**
   * The narrowest column the reader believes: fewer than 10 characters to a line is a table cell or
   * a sidebar, not a body column.
   */
  public static final int MIN_COLUMN_WIDTH = 20;

  public LayoutConventions {
    photoCredits = entries("photoCredits", photoCredits);
    captionEndings = entries("captionEndings", captionEndings);
    endMarkers = entries("endMarkers", endMarkers);
    seriesMarks = entries("seriesMarks", seriesMarks);
    tableMarkers = entries("tableMarkers", tableMarkers);
    partNames = entries("partNames", partNames);
    if (columnWidth < MIN_COLUMN_WIDTH) {
      throw new IllegalArgumentException(
          "columnWidth is in half-width units (a CJK character is 2) and at least "
              + MIN_COLUMN_WIDTH
              + ", not "
              + columnWidth);
    }
  }

  /**
   * These conventions with the keys of a sidecar's {@code "layout"} object put in their place (a
   * list replaces the default list whole); a key the sidecar leaves out keeps its value.
   *
   * @throws IllegalArgumentException naming the key, when it is unknown or its value has the wrong
   *     type (a misspelt key would otherwise be ignored without a word)
   */
  public LayoutConventions overriddenBy(JsonNode layout) {
    if (!layout.isObject()) {
      throw new IllegalArgumentException("\"layout\" is an object of conventions, not " + layout);
    }
    List<String> credits = photoCredits;
    List<String> captions = captionEndings;
    List<String> ends = endMarkers;
    List<String> series = seriesMarks;
    List<String> tables = tableMarkers;
    List<String> parts = partNames;
    int column = columnWidth;
    for (Map.Entry<String, JsonNode> e : layout.properties()) {
      String key = e.getKey();
      JsonNode value = e.getValue();
      switch (key) {
        case "photoCredits" -> credits = strings(key, value);
        case "captionEndings" -> captions = strings(key, value);
        case "endMarkers" -> ends = strings(key, value);
        case "seriesMarks" -> series = strings(key, value);
        case "tableMarkers" -> tables = strings(key, value);
        case "partNames" -> parts = strings(key, value);
        case "columnWidth" -> {
          if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("\"columnWidth\" is a whole number, not " + value);
          }
          column = value.intValue();
        }
        default ->
            throw new IllegalArgumentException(
                "unknown layout convention \""
                    + key
                    + "\" (photoCredits, captionEndings, endMarkers, seriesMarks, tableMarkers,"
                    + " partNames, columnWidth)");
      }
    }
    return new LayoutConventions(credits, captions, ends, series, tables, parts, column);
  }

  private static List<String> strings(String key, JsonNode value) {
    if (!value.isArray()) {
      throw new IllegalArgumentException("\"" + key + "\" is an array of strings, not " + value);
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw new IllegalArgumentException("\"" + key + "\" holds " + item + ", not a string");
      }
      out.add(item.asText());
    }
    return out;
  }

  private static List<String> entries(String name, List<String> entries) {
    Objects.requireNonNull(entries, name);
    for (String entry : entries) {
      if (entry == null || entry.isBlank()) {
        throw new IllegalArgumentException("\"" + name + "\" holds an empty entry");
      }
    }
    return List.copyOf(entries);
  }
}
