package org.yanlu.archive.index;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The character folding that index and query text both get, one code point at a time: NFKC
 * (full-width → half-width, {@code ５Ｇ} → {@code 5G}), lower case, and Traditional → Simplified
 * Chinese with HanLP's converter.
 *
 * <p>Folding is per character, never per phrase, on purpose: a phrase converter may turn a
 * character one way inside a word and another way alone, and then a quoted substring would fold
 * differently from the text it was cut from.
 */
public final class ChineseFolding {
  private ChineseFolding() {}

  /** What one code point folds to: usually itself, sometimes another or several characters. */
  public static String fold(int codePoint) {
    if (codePoint < 0x80) {
      return codePoint >= 'A' && codePoint <= 'Z'
          ? String.valueOf((char) (codePoint + ('a' - 'A')))
          : String.valueOf((char) codePoint);
    }
    if (codePoint < Table.BMP) {
      String folded = Table.FOLDED[codePoint];
      return folded == null ? String.valueOf((char) codePoint) : folded;
    }
    return foldUncached(codePoint);
  }

  /** Appends what one code point folds to, without making a string for it. */
  public static void foldInto(int codePoint, StringBuilder out) {
    if (codePoint < 0x80) {
      out.append(
          codePoint >= 'A' && codePoint <= 'Z'
              ? (char) (codePoint + ('a' - 'A'))
              : (char) codePoint);
    } else if (codePoint < Table.BMP) {
      String folded = Table.FOLDED[codePoint];
      if (folded == null) {
        out.append((char) codePoint);
      } else {
        out.append(folded);
      }
    } else {
      out.append(foldUncached(codePoint));
    }
  }

  /** Whether a code point folds to itself, as most Chinese text does. */
  public static boolean foldsToItself(int codePoint) {
    if (codePoint < 0x80) {
      return codePoint < 'A' || codePoint > 'Z';
    }
    if (codePoint < Table.BMP) {
      return Table.FOLDED[codePoint] == null;
    }
    String folded = foldUncached(codePoint);
    return folded.codePointCount(0, folded.length()) == 1 && folded.codePointAt(0) == codePoint;
  }

  /** Folds a whole text, character by character. */
  public static String fold(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      foldInto(cp, out);
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static String foldUncached(int codePoint) {
    String s = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKC);
    s = s.toLowerCase(Locale.ROOT);
    if (isHan(s)) {
      s = HanLP.convertToSimplifiedChinese(s);
    }
    return s;
  }

  private static boolean isHan(String s) {
    return s.codePoints()
        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }

  /**
   * The folding of every character of the Basic Multilingual Plane, as the table committed beside
   * this class holds it: computing it (NFKC and HanLP's converter, loading HanLP's dictionary, over
   * 65,000 characters) took half a second of every start, a server's included. {@code
   * FoldingTableTest} checks the table against the computation, and {@link #main} writes it anew.
   */
  private static final class Table {
    static final int BMP = 0x10000;
    static final String RESOURCE = "folding-table.tsv";
    static final String[] FOLDED = load();

    private static String[] load() {
      String[] table = new String[BMP];
      try (InputStream in = ChineseFolding.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("no " + RESOURCE + " beside ChineseFolding");
        }
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          int tab = line.indexOf('\t');
          StringBuilder folded = new StringBuilder();
          for (String hex : line.substring(tab + 1).split(" ")) {
            folded.appendCodePoint(Integer.parseInt(hex, 16));
          }
          table[Integer.parseInt(line.substring(0, tab), 16)] = folded.toString();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      return table;
    }
  }

  /** The table as committed: per code point, what it folds to, or null when it folds to itself. */
  static String[] committedTable() {
    return Table.FOLDED.clone();
  }

  /** The table computed from NFKC and HanLP, as {@link #main} writes it. */
  static String[] computedTable() {
    String[] table = new String[Table.BMP];
    for (int cp = 0x80; cp < Table.BMP; cp++) {
      if (Character.isSurrogate((char) cp)) {
        continue;
      }
      String folded = foldUncached(cp);
      if (folded.length() != 1 || folded.charAt(0) != cp) {
        table[cp] = folded;
      }
    }
    return table;
  }

  /**
   * Writes the folding table (after a HanLP upgrade, when {@code FoldingTableTest} says it moved):
   * {@code java -cp target/news-archive.jar org.yanlu.archive.index.ChineseFolding >
   * src/main/resources/org/yanlu/archive/index/folding-table.tsv}. Each line is a code point and
   * what it folds to, as hexadecimal code points.
   */
  public static void main(String[] args) {
    String[] table = computedTable();
    StringBuilder out = new StringBuilder();
    for (int cp = 0; cp < table.length; cp++) {
      if (table[cp] != null) {
        out.append(Integer.toHexString(cp)).append('\t');
        StringBuilder hex = new StringBuilder();
        table[cp]
            .codePoints()
            .forEach(c -> hex.append(hex.isEmpty() ? "" : " ").append(Integer.toHexString(c)));
        out.append(hex).append('\n');
      }
    }
    System.out.print(out);
  }
}
