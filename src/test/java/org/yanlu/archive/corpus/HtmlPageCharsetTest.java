package org.yanlu.archive.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.corpus.html.PageCharset;

class HtmlPageCharsetTest {
  private static final String PAGE =
      "<html><head><meta charset=\"%s\"><title>峰会</title></head>"
          + "<body><p>责任编辑：王喆、朱镕</p></body></html>";

  @Test
  void pageDeclaredGb2312KeepsGbkOnlyCharactersThatStrictGb2312Loses() {
    byte[] bytes = String.format(PAGE, "gb2312").getBytes(Charset.forName("GBK"));

    String text = PageCharset.decode(bytes);

    assertTrue(text.contains("王喆、朱镕"), text);
    assertTrue(new String(bytes, Charset.forName("GB2312")).contains("\ufffd"));
  }

  @Test
  void utf8ByteOrderMarkOutranksTheMetaDeclarationAndIsNotPartOfTheText() {
    byte[] page = String.format(PAGE, "gbk").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[page.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(page, 0, withBom, 3, page.length);

    assertEquals(String.format(PAGE, "gbk"), PageCharset.decode(withBom));
  }

  @Test
  void undeclaredPageThatIsNotUtf8IsReadAsGbk() {
    byte[] bytes = "<html><body><p>河南省互联网协会</p></body></html>".getBytes(Charset.forName("GBK"));

    assertTrue(PageCharset.decode(bytes).contains("河南省互联网协会"));
  }

  @Test
  void undeclaredUtf8PageCutInsideACharacterIsStillUtf8() {
    byte[] whole = "<html><body><p>河南省互联网协会".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(whole, whole.length - 1);

    assertEquals(StandardCharsets.UTF_8, PageCharset.detect(cut));
  }
}
