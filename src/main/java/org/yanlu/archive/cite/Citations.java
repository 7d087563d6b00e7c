package org.yanlu.archive.cite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes references in the citation formats: the one entry point of this package. */
public final class Citations {
  private Citations() {}

  /** One reference in a format: a line, an entry, or a CSL-JSON array of one item. */
  public static String format(Reference r, CitationFormat format) {
    return switch (format) {
      case GBT7714 -> GbT7714.line(r);
      case RIS -> Ris.entry(r);
      case BIBTEX -> BibTex.entry(r);
      case CSL -> CslJson.array(r);
    };
  }

  /** How a quote's speaker and words are noted beside the work: {@code 邬贺铨：“…”}. */
  static String quoteNote(Reference r) {
    String words = "“" + r.quoted() + "”";
    return r.speaker().isEmpty() ? words : r.speaker() + "：" + words;
  }

  /**
   * A list of references written one after another as they come, so that memory stays flat: RIS and
   * BibTeX entries, GB/T 7714 lines, or the items of one CSL-JSON array.
   */
  public static final class ListWriter {
    private final Writer out;
    private final CitationFormat format;
    private int written;

    public ListWriter(Writer out, CitationFormat format) {
      this.out = out;
      this.format = format;
    }

    public void add(Reference r) {
      try {
        switch (format) {
          case CSL -> {
            out.write(written == 0 ? "[\n" : ",\n");
            out.write(CslJson.item(r).toString());
          }
          case GBT7714 -> out.write(GbT7714.line(r) + "\n");
          case RIS -> out.write(Ris.entry(r) + "\r\n");
          case BIBTEX -> out.write(BibTex.entry(r) + "\n");
        }
        written++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Ends the list (closes a CSL-JSON array, which an empty list still opens). */
    public void finish() throws IOException {
      if (format == CitationFormat.CSL) {
        out.write(written == 0 ? "[]\n" : "\n]\n");
      }
      out.flush();
    }
  }
}
