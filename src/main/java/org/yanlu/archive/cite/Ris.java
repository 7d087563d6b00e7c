package org.yanlu.archive.cite;

/**
 * A reference as RIS writes it, the tagged format reference managers import: {@code NEWS}, {@code
 * MGZN} or {@code ELEC}, then one tag a line ({@code TI} title, {@code T2} newspaper, magazine or
 * site, {@code PY}/{@code DA} dates, {@code IS} issue, {@code SP}/{@code EP} pages, {@code UR} and
 * {@code Y2} the URL and day of access, {@code N1} a quote's speaker and words), ending with {@code
 * ER}. Lines end with CR LF as the format's description asks; missing parts have no tag.
 */
final class Ris {
  private Ris() {}

  static String entry(Reference r) {
    StringBuilder out = new StringBuilder();
    tag(out, "TY", type(r));
    tag(out, "ID", r.id());
    tag(out, "TI", r.fullTitle());
    tag(out, "T2", r.container());
    if (r.kind() == Reference.Kind.MAGAZINE && r.issueYear() != null) {
      tag(out, "PY", r.issueYear().toString());
    } else if (r.year() != null) {
      tag(out, "PY", r.year().toString());
    }
    if (r.date() != null) {
      tag(out, "DA", r.date().replace('-', '/'));
    }
    if (r.kind() == Reference.Kind.MAGAZINE) {
      tag(out, "IS", r.issueNumber());
    }
    if (!r.pages().isEmpty()) {
      String range = r.pageRange("-");
      int dash = range.indexOf('-');
      tag(out, "SP", dash < 0 ? range : range.substring(0, dash));
      if (dash >= 0) {
        tag(out, "EP", range.substring(dash + 1));
      }
    }
    tag(out, "UR", r.url());
    if (r.online() && r.accessed() != null) {
      tag(out, "Y2", r.accessed().toString().replace('-', '/'));
    }
    if (!r.quoted().isEmpty()) {
      tag(out, "N1", Citations.quoteNote(r));
    }
    tag(out, "LA", "zh");
    out.append("ER  - \r\n");
    return out.toString();
  }

  private static String type(Reference r) {
    return switch (r.kind()) {
      case NEWSPAPER -> "NEWS";
      case MAGAZINE -> "MGZN";
      case WEB_PAGE -> "ELEC";
    };
  }

  private static void tag(StringBuilder out, String tag, String value) {
    if (value != null && !value.isBlank()) {
      // A value is one line: the format has no way to continue one.
      out.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
    }
  }
}
