package org.yanlu.archive.index.smartcn;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;

/** smartcn's dictionary files, read from the smartcn jar, where they are serialized arrays. */
final class DictionaryResource {
  private DictionaryResource() {}

  /** A stream over one of smartcn's {@code .mem} files that reads arrays and nothing else. */
  static ObjectInputStream open(String name) throws IOException {
    InputStream in = HHMMSegmenter.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("smartcn's " + name + " is not on the class path");
    }
    ObjectInputStream objects = new ObjectInputStream(in);
    objects.setObjectInputFilter(
        info ->
            info.serialClass() == null || info.serialClass().isArray()
                ? ObjectInputFilter.Status.ALLOWED
                : ObjectInputFilter.Status.REJECTED);
    return objects;
  }
}
