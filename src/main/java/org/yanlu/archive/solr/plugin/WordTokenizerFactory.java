package org.yanlu.archive.solr.plugin;

import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.yanlu.archive.index.smartcn.SmartcnTokenizer;

/**
 * The archive's word segmentation (smartcn's words, from {@link SmartcnTokenizer}) as a Solr
 * tokenizer: {@code <tokenizer name="archiveWords"/>}.
 */
public final class WordTokenizerFactory extends TokenizerFactory {
  /** The SPI name a schema uses. */
  public static final String NAME = "archiveWords";

  public WordTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Lucene's SPI loader needs a no-argument constructor; it is never used to build one. */
  public WordTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public Tokenizer create(AttributeFactory factory) {
    return new SmartcnTokenizer();
  }
}
