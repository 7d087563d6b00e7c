package org.yanlu.archive.index;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A field value read whole from its reader. The buffer starts at a paragraph's size and grows for
 * longer text, and a tokenizer keeps it from one value to the next: a fixed large buffer per value
 * cost more to allocate than the folding and cutting it served.
 */
final class TextBuffer {
  private char[] chars = new char[512];
  private int length;

  /** Reads all of {@code reader}, replacing what the buffer held. */
  void readAll(Reader reader) throws IOException {
    length = 0;
    int n;
    while ((n = reader.read(chars, length, chars.length - length)) != -1) {
      length += n;
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, chars.length * 2);
      }
    }
  }

  /** The characters read, in the first {@link #length()} places; shared, not copied. */
  char[] chars() {
    return chars;
  }

  int length() {
    return length;
  }
}
