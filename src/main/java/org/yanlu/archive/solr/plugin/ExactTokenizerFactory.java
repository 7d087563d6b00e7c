package org.yanlu.archive.solr.plugin;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.yanlu.archive.index.ExactTokenizer;

/**
 * The exact-quote tokenizer (every pair of adjacent characters a term) as a Solr tokenizer: {@code
 * <tokenizer name="archiveExact" terms="bigrams_ended"/>} for the index, {@code
 * terms="bigrams_and_unigrams"} for query text and highlighting.
 */
public final class ExactTokenizerFactory extends TokenizerFactory {
  /** The SPI name a schema uses. */
  public static final String NAME = "archiveExact";

  private final ExactTokenizer.Terms terms;

  public ExactTokenizerFactory(Map<String, String> args) {
    super(args);
    String value = get(args, "terms", "bigrams_ended");
    try {
      terms = ExactTokenizer.Terms.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "terms must be bigrams_ended or bigrams_and_unigrams, not " + value, e);
    }
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Lucene's SPI loader needs a no-argument constructor; it is never used to build one. */
  public ExactTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public Tokenizer create(AttributeFactory factory) {
    return new ExactTokenizer(terms);
  }
}
