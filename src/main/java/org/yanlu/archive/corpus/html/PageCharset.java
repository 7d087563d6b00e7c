package org.yanlu.archive.corpus.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character encoding of a saved page, from its byte-order mark, else its {@code <meta>}
 * declaration, else its bytes.
 *
 * <p>We decode before jsoup sees the page, rather than let {@code Jsoup.parse(InputStream, null,
 * …)} follow the declaration, because Chinese pages that declare {@code gb2312} routinely contain
 * GBK-only characters (names such as 镕, 喆, 堃), which Java's strict GB2312 decoder turns into
 * U+FFFD; GB18030 decodes both GB2312 and GBK byte for byte.
 */
public final class PageCharset {
  /** How far into the page a {@code <meta>} charset declaration is looked for. */
  private static final int DECLARATION_WINDOW = 4096;

  private static final Pattern DECLARED =
      Pattern.compile(
          "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private static final Set<String> GB_FAMILY =
      Set.of("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "ms936", "windows-936", "euc-cn");

  private static final Charset GB18030 = Charset.forName("GB18030");

  private PageCharset() {}

  /** A page's text: its bytes decoded in its charset, without a byte-order mark. */
  public static String decode(byte[] page) {
    int bom = bomLength(page);
    Charset charset = detect(page);
    return new String(page, bom, page.length - bom, charset);
  }

  /** The charset a page's bytes are in. */
  public static Charset detect(byte[] page) {
    if (startsWith(page, 0xEF, 0xBB, 0xBF)) {
      return StandardCharsets.UTF_8;
    }
    if (startsWith(page, 0xFE, 0xFF)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(page, 0xFF, 0xFE)) {
      return StandardCharsets.UTF_16LE;
    }
    String window =
        new String(page, 0, Math.min(page.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
    Matcher declared = DECLARED.matcher(window);
    if (declared.find()) {
      Charset named = named(declared.group(1));
      if (named != null) {
        return named;
      }
    }
    // An undeclared page that is not valid UTF-8 is, among Chinese pages, almost always GBK.
    return isUtf8(page) ? StandardCharsets.UTF_8 : GB18030;
  }

  private static Charset named(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (GB_FAMILY.contains(n)) {
      return GB18030;
    }
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      // A misspelt declaration says nothing reliable; the bytes decide instead.
      return null;
    }
  }

  private static boolean isUtf8(byte[] page) {
    CharBuffer out = CharBuffer.allocate(page.length);
    // Not the end of input: a saved page cut off inside a character is still UTF-8.
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(page), out, false);
    return !result.isError();
  }

  private static int bomLength(byte[] page) {
    if (startsWith(page, 0xEF, 0xBB, 0xBF)) {
      return 3;
    }
    return startsWith(page, 0xFE, 0xFF) || startsWith(page, 0xFF, 0xFE) ? 2 : 0;
  }

  private static boolean startsWith(byte[] page, int... prefix) {
    if (page.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((page[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
