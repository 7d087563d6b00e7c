package org.yanlu.archive.solr.plugin;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;
import org.yanlu.archive.index.FoldingCharFilter;

/**
 * The archive's folding (full-width to half-width, Traditional to Simplified) as a Solr char
 * filter: {@code <charFilter name="archiveFolding" keepPunctuation="true"/>}.
 */
public final class FoldingCharFilterFactory extends CharFilterFactory {
  /** The SPI name a schema uses. */
  public static final String NAME = "archiveFolding";

  private final boolean keepPunctuation;

  public FoldingCharFilterFactory(Map<String, String> args) {
    super(args);
    keepPunctuation = getBoolean(args, "keepPunctuation", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Lucene's SPI loader needs a no-argument constructor; it is never used to build one. */
  public FoldingCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new FoldingCharFilter(input, keepPunctuation);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
