package org.yanlu.archive.solr.plugin;

import java.util.Map;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * smartcn's own stop words (punctuation) as a Solr filter, {@code <filter
 * name="archiveWordStop"/>}: the word analyzer drops them, and a configset file of them could drift
 * from smartcn's.
 */
public final class WordStopFilterFactory extends TokenFilterFactory {
  /** The SPI name a schema uses. */
  public static final String NAME = "archiveWordStop";

  public WordStopFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Lucene's SPI loader needs a no-argument constructor; it is never used to build one. */
  public WordStopFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StopFilter(input, SmartChineseAnalyzer.getDefaultStopSet());
  }
}
