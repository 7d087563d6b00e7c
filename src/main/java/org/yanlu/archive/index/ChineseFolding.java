package org.yanlu.archive.index;

import com.hankcs.hanlp.HanLP;
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

  /** The folding of every character of the Basic Multilingual Plane, computed once. */
  private static final class Table {
    static final int BMP = 0x10000;
    static final String[] FOLDED = build();

    private static String[] build() {
      String[] table = new String[BMP];
      for (int cp = 0x80; cp < BMP; cp++) {
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
  }
}
