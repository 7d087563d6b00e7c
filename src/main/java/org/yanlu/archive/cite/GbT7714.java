package org.yanlu.archive.cite;

import java.util.ArrayList;
import java.util.List;

/**
 * A reference as GB/T 7714-2015 writes it, the style of Chinese journals: {@code 题名[N]. 报纸名,
 * 2020-10-20(3).} for a newspaper article, {@code 题名[J]. 刊名, 2020(10): 1-3.} for a magazine
 * article, {@code 题名[EB/OL]. 网站名, 2020-10-12[2026-11-30]. URL.} for a web page (a newspaper read
 * online is {@code [N/OL]}, with the day of access and the URL). A quote comes first as the part
 * cited from the work, {@code 讲话人. “引文”//题名[J]. …}. The archive records no authors, so a line
 * starts with the title; a missing outlet, date or page is left out with its punctuation.
 */
final class GbT7714 {
  private GbT7714() {}

  static String line(Reference r) {
    StringBuilder out = new StringBuilder();
    if (!r.quoted().isEmpty()) {
      if (!r.speaker().isEmpty()) {
        out.append(r.speaker()).append(". ");
      }
      out.append('“').append(r.quoted()).append("”//");
    }
    out.append(r.fullTitle()).append('[').append(typeCode(r)).append(']');
    String publication = publication(r);
    if (r.online() && r.accessed() != null) {
      publication += "[" + r.accessed() + "]";
    }
    if (!publication.isEmpty()) {
      out.append(". ").append(publication);
    }
    if (r.online()) {
      out.append(". ").append(r.url());
    }
    return out.append('.').toString();
  }

  /** The document type code of GB/T 7714-2015 (its table B.1), {@code /OL} when read online. */
  private static String typeCode(Reference r) {
    return switch (r.kind()) {
      case NEWSPAPER -> r.online() ? "N/OL" : "N";
      case MAGAZINE -> r.online() ? "J/OL" : "J";
      case WEB_PAGE -> "EB/OL";
    };
  }

  /** Where and when it was published: {@code 报纸名, 日期(版次)} or {@code 刊名, 年(期): 页码}. */
  private static String publication(Reference r) {
    List<String> parts = new ArrayList<>();
    if (!r.container().isEmpty()) {
      parts.add(r.container());
    }
    if (r.kind() == Reference.Kind.MAGAZINE) {
      Integer year = r.issueYear();
      String number = r.issueNumber();
      String yearAndIssue =
          (year == null ? "" : year.toString()) + (number.isEmpty() ? "" : "(" + number + ")");
      if (!yearAndIssue.isEmpty()) {
        parts.add(yearAndIssue);
      }
      String joined = String.join(", ", parts);
      String pages = r.pageRange("-");
      return pages.isEmpty() ? joined : joined + ": " + pages;
    }
    if (r.date() != null) {
      // A newspaper's page is its edition (版次), printed after the date.
      String edition =
          r.kind() == Reference.Kind.NEWSPAPER && !r.pages().isEmpty()
              ? "(" + r.pages().get(0) + ")"
              : "";
      parts.add(r.date() + edition);
    }
    return String.join(", ", parts);
  }
}
