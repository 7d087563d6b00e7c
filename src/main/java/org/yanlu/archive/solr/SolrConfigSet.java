package org.yanlu.archive.solr;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The archive's committed configset ({@code solr/configset/conf}), packed in the jar so that {@code
 * index --solr} can upload it to a cluster that does not have it yet.
 */
final class SolrConfigSet {
  /** The name collections are created with; bin/solrcloud uploads it under this name too. */
  static final String NAME = "news-archive";

  /** The files of the configset. */
  static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");

  private static final String RESOURCE_FOLDER = "/solr-configset/conf/";

  private SolrConfigSet() {}

  static InputStream open(String file) throws IOException {
    InputStream in = SolrConfigSet.class.getResourceAsStream(RESOURCE_FOLDER + file);
    if (in == null) {
      throw new IOException("the jar holds no configset file " + file);
    }
    return in;
  }
}
