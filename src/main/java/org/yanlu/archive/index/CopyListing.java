package org.yanlu.archive.index;

import java.io.IOException;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.yanlu.archive.article.Article;

/**
 * What a story's list of copies shows of an article (its id, title, outlet and date), kept in
 * binary doc values beside the stored fields. Read from stored fields, each listed copy
 * decompressed its whole article, body and all: more than half the time of browsing a page at a
 * million articles.
 */
public final class CopyListing {
  /** The binary doc values field of an article's listing. */
  public static final String FIELD = "copy_listing";

  private CopyListing() {}

  /** The listing of an article, as its document holds it. */
  static BinaryDocValuesField of(Article a) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeString(a.id());
    out.writeString(a.title());
    out.writeString(a.source());
    out.writeString(a.date().isKnown() ? a.date().text() : "");
    return new BinaryDocValuesField(FIELD, new BytesRef(out.toArrayCopy()));
  }

  /**
   * The id of a listing as the doc values hold it, its UTF-8 bytes pointed at in place: the first
   * value of the listing, a variable-length byte count and the bytes.
   */
  public static BytesRef id(BytesRef listing, BytesRef into) {
    ByteArrayDataInput in = new ByteArrayDataInput(listing.bytes, listing.offset, listing.length);
    int length = in.readVInt();
    into.bytes = listing.bytes;
    into.offset = in.getPosition();
    into.length = length;
    return into;
  }

  /**
   * Id, title, outlet and date (null when unknown) of a listing as the doc values hold it, as
   * {@link ArticleFields#ID}, {@link ArticleFields#TITLE}, {@link ArticleFields#SOURCE_STORED} and
   * {@link ArticleFields#DATE_STORED} store them.
   */
  public static String[] read(BytesRef listing) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(listing.bytes, listing.offset, listing.length);
    String id = in.readString();
    String title = in.readString();
    String source = in.readString();
    String date = in.readString();
    return new String[] {id, title, source, date.isEmpty() ? null : date};
  }
}
