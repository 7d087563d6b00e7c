package org.yanlu.archive.cite;

import java.util.Locale;

/** The formats a citation is written in, with the media type each is sent as. */
public enum CitationFormat {
  /** GB/T 7714-2015, one line of text. */
  GBT7714("text/plain; charset=utf-8", "txt"),
  /** RIS, the tagged format of EndNote, Zotero and most reference managers. */
  RIS("application/x-research-info-systems; charset=utf-8", "ris"),
  /** BibTeX (with biblatex's {@code urldate} and {@code langid}). */
  BIBTEX("application/x-bibtex; charset=utf-8", "bib"),
  /** CSL-JSON, the item format of citeproc and Zotero. */
  CSL("application/vnd.citationstyles.csl+json; charset=utf-8", "json");

  public final String contentType;
  public final String extension;

  CitationFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /**
   * The format of a name as a request gives it ({@code gbt7714}, {@code ris}, {@code bibtex},
   * {@code csl}); null or blank is GB/T 7714.
   *
   * @throws IllegalArgumentException naming the formats when it is none of them
   */
  public static CitationFormat parse(String name) {
    if (name == null || name.isBlank()) {
      return GBT7714;
    }
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "gbt7714", "gb", "gbt" -> GBT7714;
      case "ris" -> RIS;
      case "bibtex", "bib" -> BIBTEX;
      case "csl", "csl-json", "csljson" -> CSL;
      default ->
          throw new IllegalArgumentException(
              "format 只能是 gbt7714、ris、bibtex 或 csl / format must be gbt7714, ris, bibtex or csl,"
                  + " not "
                  + name);
    };
  }
}
