package org.yanlu.archive.corpus.magazine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the text flow of a dump into {@link LayoutItem}s: running text, headings (short lines
 * without sentence punctuation, set apart from the text) and 来源 lines; drops what is not article
 * text: photo captions, figure titles, QR-code labels, contact details and end markers. What the
 * publication prints its own way (credits, caption words, markers) comes from its {@link
 * LayoutConventions}.
 */
public final class LayoutReader {
  /** {@code 来源：人民日报}, also {@code （来源：…）}, {@code 文章来源 | …}, letter-spaced. */
  private static final Pattern SOURCE =
      Pattern.compile("^[（(]?\\s*(?:文章|信息|稿件)?来\\s*源\\s*[：:|｜]\\s*(.+?)\\s*[）)]?$");

  /** After the outlet a 来源 line may name the author or editor, which is not the outlet. */
  private static final Pattern SOURCE_TAIL = Pattern.compile("\\s+(作者|记者|编辑|责任编辑|通讯员)\\s*[：:].*$");

  /** A page number has at most three digits; a lone four-digit number is a year in the text. */
  private static final int PAGE_NUMBER_MAX_DIGITS = 3;

  /** Contents leaders run at least four dots to their page number; an ellipsis (……) has two. */
  private static final int LEADER_MIN_DOTS = 4;

  /**
   * After an editor's or a byline's label ({@code 责任编辑：}, {@code 文/}) come a name or two and a
   * unit, at most 20 characters; a longer line is a sentence about an editor.
   */
  private static final int CREDIT_NAMES_MAX_CHARS = 20;

  /** After {@code 本刊记者} come one or a few names, at most 12 characters. */
  private static final int STAFF_NAMES_MAX_CHARS = 12;

  /**
   * Page furniture: contact details, English-only lines, page numbers, table-of-contents leaders,
   * bylines ({@code 文/张三}) and editor lines.
   */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "^(电\\s*话|传\\s*真|邮\\s*编|地\\s*址|网\\s*址|E-?mail|Email)\\s*[：:].*"
              + "|^[A-Za-z][A-Za-z ,.'&-]*$"
              + ("|^\\d{1," + PAGE_NUMBER_MAX_DIGITS + "}$")
              + ("|.*[.…·]{" + LEADER_MIN_DOTS + ",}\\s*\\d+$")
              + "|^[（(]?\\s*(责任编辑|编辑|作者|记者|通讯员|审核|校对|摄影|图片来源|图源|图片)"
              + ("\\s*[：:|｜].{0," + CREDIT_NAMES_MAX_CHARS + "}$")
              + ("|^(文|图|文图|图文|撰文)\\s*[/／|｜].{0," + CREDIT_NAMES_MAX_CHARS + "}$")
              + ("|^本刊(特约)?(记者|通讯员).{0," + STAFF_NAMES_MAX_CHARS + "}$"),
          Pattern.CASE_INSENSITIVE);

  /**
   * What labels a QR code or an account beside it ends with: 视频直播二维码, 协会微信公众号, or a call such as
   * 欢迎投稿.
   */
  private static final Pattern LABEL_END =
      Pattern.compile(".*(二维码|公众号|小程序|视频号|客户端|欢迎投稿|扫码关注|扫一扫)$");

  /**
   * A label line holds at most this many characters: a label is a few words, and two set side by
   * side under their codes (this back page) hold 25; a line of text is longer or
   * punctuated.
   */
  private static final int LABEL_MAX_CHARS = 30;

  private static final Pattern FIGURE_TITLE = Pattern.compile("^图\\s*\\d+(\\.\\d+)*\\s.*");

  private static final Pattern NUMBERED =
      Pattern.compile("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+[.．、]|表\\s*\\d).*");

  /**
   * A label set in 【】 on a line of its own under a headline (【连载四】, 【专题】): a few words, at most 10
   * characters; it ends the headline above it.
   */
  private static final Pattern BRACKET_LABEL = Pattern.compile("^【[^】]{1,10}】$");

  /**
   * What may follow a photo credit: the end of the line, a bracket (新华社发（某某供图）) or the full stop
   * after a bracketed credit; a credit-like word going on into a sentence (新华社发布) is text.
   */
  private static final String AFTER_CREDIT = "(?=\\s*(?:$|[（）()【】\\[\\]。]))";

  /**
   * A heading line between paragraphs fills at most this share of the column (larger type, fewer
   * characters): 76–82 % read this issue alike; at 75 % the second line of two-line headlines falls
   * into the text, at 84 % an indented first line that opens with a quote becomes a heading.
   */
  private static final int HEADING_PERCENT = 76;

  /**
   * A heading's next line may run nearly full (a long headline broken in two): 84–91 % read alike;
   * at 82 % 尚冰：积极探索创新 loses its second line, at 92 % the next paragraph's first line joins.
   */
  private static final int HEADING_CONTINUATION_PERCENT = 90;

  /**
   * After a sentence broken at a line's end, only a clearly short line is a heading whose box fell
   * into the flow: 60–76 % read alike; 58 % misses the report's （三） heads, 78 % takes a line of
   * text for a headline.
   */
  private static final int HEADING_MID_SENTENCE_PERCENT = 70;

  /**
   * A line ending with a colon that fills at most this share of the column closes its paragraph,
   * the bound of an indented line in {@link ParagraphBuilder}; a fuller one is the sentence going
   * on (no such line of this issue lies between 60 and 100 %).
   */
  private static final int SHORT_COLON_END_PERCENT = 80;

  /**
   * A caption set across the columns runs more than this many half-width units past the column:
   * captions here run 6–8 over; 3–5 read this issue alike (2 drops a line of the report).
   */
  private static final int CAPTION_OVERRUN = 5;

  /**
   * Below this column width (20 characters) the overrun rule is off: narrow columns overrun by more
   * where full-width punctuation is set half-width (the 19-character report preface: up to 4).
   */
  private static final int CAPTION_MIN_COLUMN = 40;

  /**
   * A caption is one sentence over at most this many lines (captions here take one or two); a
   * sentence running on past them is text.
   */
  private static final int CAPTION_MAX_LINES = 3;

  /**
   * A caption set wide without a credit is one or two lines; three lines set wide are a wide text
   * column (1 keeps this two-line captions, 3 drops a paragraph of the report).
   */
  private static final int WIDE_CAPTION_MAX_LINES = 2;

  /**
   * An outlet is a name, not a sentence: 30 characters hold a ministry's full name (14) with room.
   */
  private static final int OUTLET_MAX_CHARS = 30;

  private final SpacingNormaliser spacing = new SpacingNormaliser();
  private final String publication;
  private final LayoutConventions conventions;

  /** News-photo captions carry the photographer's mark: {@code （7 月 3 日摄）}, {@code 新华社发}. */
  private final Pattern photoCredit;

  private final Pattern endsWithPhotoCredit;
  private final Pattern endMarker;
  private final Pattern seriesMark;

  /**
   * A reader for a dump of {@code publication}, whose name in a short line is a running head, that
   * prints captions and markers as {@code conventions} say.
   */
  public LayoutReader(String publication, LayoutConventions conventions) {
    this.publication = publication.replaceAll("\\s+", "");
    this.conventions = conventions;
    String credit = PrintedForms.regex(conventions.photoCredits());
    this.photoCredit = Pattern.compile(credit + AFTER_CREDIT);
    this.endsWithPhotoCredit = Pattern.compile(credit + "\\s*$");
    this.endMarker = PrintedForms.wholeLine(conventions.endMarkers());
    this.seriesMark = PrintedForms.wholeLine(conventions.seriesMarks());
  }

  /** A reader for a dump of {@code publication} with the default conventions. */
  public LayoutReader(String publication) {
    this(publication, LayoutConventions.DEFAULTS);
  }

  /** A reader for a dump whose publication is not known, with the default conventions. */
  public LayoutReader() {
    this("");
  }

  private enum Before {
    START,
    SENTENCE_END,
    BROKEN,
    HEADING,
    SOURCE
  }

  public List<LayoutItem> read(DropCapJoiner.Joined joined) {
    List<DumpLine> lines = joined.lines();
    ColumnWidths columns = ColumnWidths.of(lines, conventions);
    List<LayoutItem> items = new ArrayList<>();
    List<DumpLine> heading = new ArrayList<>();
    Before before = Before.START;
    for (int i = 0; i < lines.size(); i++) {
      DumpLine line = lines.get(i);
      String text = line.text();
      int column = columns.of(line.page());
      var source = SOURCE.matcher(text);
      if (source.matches() && isOutlet(source.group(1))) {
        flush(heading, items);
        String outlet = SOURCE_TAIL.matcher(source.group(1)).replaceFirst("");
        items.add(new LayoutItem.Source(line, spacing.normalise(outlet)));
        before = Before.SOURCE;
        continue;
      }
      if (FURNITURE.matcher(text).matches()
          || isLabel(text, before)
          || endMarker.matcher(text).matches()
          || FIGURE_TITLE.matcher(text).matches()
          || isRunningHead(text)) {
        continue;
      }
      // Captions stand between paragraphs; after a broken sentence a line is its continuation.
      boolean atBreak = before != Before.BROKEN;
      if (atBreak && before != Before.HEADING) {
        int captionEnd = photoCaptionEnd(lines, i, column);
        if (captionEnd >= i) {
          i = captionEnd;
          continue;
        }
      }
      if (atBreak && isCaption(text)) {
        continue;
      }
      if (TableRows.isRow(text, conventions.tableMarkers())) {
        flush(heading, items);
        items.add(new LayoutItem.Text(line, false, true));
        before = Before.SENTENCE_END;
        continue;
      }
      if (isHeadingLine(line, before, column)) {
        boolean continues =
            before == Before.HEADING
                && !line.pageStart()
                && !heading.isEmpty()
                && !isHeadlineLabel(heading.get(heading.size() - 1).text())
                && !NUMBERED.matcher(text).matches();
        if (!continues) {
          flush(heading, items);
        }
        heading.add(line);
        before = Before.HEADING;
        continue;
      }
      flush(heading, items);
      items.add(new LayoutItem.Text(line, joined.hasDropCap(line), false));
      before =
          LineShape.endsSentence(text) || isShortColonEnd(text, column)
              ? Before.SENTENCE_END
              : Before.BROKEN;
    }
    flush(heading, items);
    return items;
  }

  private static boolean isHeadingLine(DumpLine line, Before before, int column) {
    String text = line.text();
    if (LineShape.hasClausePunctuation(text) || text.endsWith("、")) {
      return false;
    }
    int width = LineShape.width(text);
    boolean gap = LineShape.hasWideGap(text);
    if (before == Before.HEADING && !line.pageStart()) {
      return width <= ColumnWidths.percent(column, HEADING_CONTINUATION_PERCENT) || gap;
    }
    if (LineShape.endsSentence(text)) {
      return false;
    }
    if (before == Before.BROKEN && !line.pageStart()) {
      // A layout box can fall mid-sentence; only a clearly short line is one, and a line ending
      // with a colon is the sentence going on (…以下几方面工作：).
      if (!(width <= ColumnWidths.percent(column, HEADING_MID_SENTENCE_PERCENT) || gap)) {
        return false;
      }
      return !LineShape.endsWithColon(text);
    }
    return width <= ColumnWidths.percent(column, HEADING_PERCENT)
        || gap
        || NUMBERED.matcher(text).matches();
  }

  /** A short line ending with a colon closes its paragraph (…以下几方面工作：). */
  private static boolean isShortColonEnd(String text, int column) {
    return LineShape.endsWithColon(text)
        && LineShape.width(text) <= ColumnWidths.percent(column, SHORT_COLON_END_PERCENT);
  }

  /** An outlet is a name; a sentence after 来源： (来源：统计显示，…) is text citing its data. */
  private static boolean isOutlet(String text) {
    return text.codePointCount(0, text.length()) <= OUTLET_MAX_CHARS
        && !LineShape.hasClausePunctuation(text);
  }

  private boolean isRunningHead(String text) {
    return !publication.isEmpty()
        && text.replaceAll("\\s+", "").contains(publication)
        && !LineShape.hasClausePunctuation(text)
        && !LineShape.endsSentence(text);
  }

  /** Photo captions name who is doing what: {@code …王志主持会议}, {@code 会议现场}. */
  private boolean isCaption(String text) {
    return !LineShape.hasClausePunctuation(text)
        && !LineShape.endsSentence(text)
        && conventions.captionEndings().stream().anyMatch(text::endsWith);
  }

  /**
   * The last line of a photo caption starting at {@code i}, or -1: a caption is set wider than the
   * column (one or two lines) or carries a photo credit, and ends with its sentence within three
   * lines, its credit perhaps on a line of its own below; text that refers to a figure (详见图) or
   * runs on with a semicolon is no caption.
   */
  private int photoCaptionEnd(List<DumpLine> lines, int i, int column) {
    boolean wide =
        LineShape.width(lines.get(i).text()) > column + CAPTION_OVERRUN
            && column >= CAPTION_MIN_COLUMN;
    boolean credit = false;
    int end = -1;
    for (int j = i; j < Math.min(lines.size(), i + CAPTION_MAX_LINES); j++) {
      String t = lines.get(j).text();
      if (t.contains("；") || t.contains("详见")) {
        return -1;
      }
      credit |= photoCredit.matcher(t).find();
      if (LineShape.endsSentence(t) || t.endsWith("）") || endsWithPhotoCredit.matcher(t).find()) {
        end = j;
        break;
      }
    }
    if (end < 0) {
      return -1;
    }
    boolean shortBlock = end - i < WIDE_CAPTION_MAX_LINES;
    if (end + 1 < lines.size() && isCreditLine(lines.get(end + 1).text())) {
      return end + 1;
    }
    return (wide && shortBlock) || credit ? end : -1;
  }

  /** A credit set on a line of its own under its caption: {@code 新华社记者 李贺 摄}. */
  private boolean isCreditLine(String text) {
    return endsWithPhotoCredit.matcher(text).find() && !LineShape.hasClausePunctuation(text);
  }

  private static void flush(List<DumpLine> heading, List<LayoutItem> items) {
    if (!heading.isEmpty()) {
      items.add(new LayoutItem.Heading(heading));
      heading.clear();
    }
  }

  static boolean isNumbered(String text) {
    return NUMBERED.matcher(text).matches();
  }

  /** Whether a line is the mark of a series part ({@code 【连载四】}) in this publication. */
  boolean isSeriesMark(String text) {
    return seriesMark.matcher(text).matches();
  }

  /**
   * Whether a line labels a QR code or an account (furniture): short, unpunctuated, standing
   * between paragraphs, each of its parts (labels set side by side) ending with a label word. The
   * same words inside a sentence (…通过微信公众号发布…), or in a line that carries a broken sentence on, are
   * text.
   */
  private static boolean isLabel(String text, Before before) {
    String printed = text.replaceAll("\\s+", "");
    if (before == Before.BROKEN
        || printed.codePointCount(0, printed.length()) > LABEL_MAX_CHARS
        || LineShape.hasClausePunctuation(text)
        || LineShape.endsSentence(text)) {
      return false;
    }
    for (String part : LineShape.splitAtWideGaps(text)) {
      if (!LABEL_END.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  /** A label under a headline, set in 【】 or a series mark: it ends the headline above it. */
  private boolean isHeadlineLabel(String text) {
    return BRACKET_LABEL.matcher(text).matches() || isSeriesMark(text);
  }
}
