package org.yanlu.archive.index.smartcn;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;

/**
 * A drop-in for smartcn's {@code HMMChineseTokenizer}: text cut into sentences the same way, each
 * sentence segmented into the same words with the same offsets and type, about five times faster
 * (the README's benchmark measures it beside smartcn).
 */
public final class SmartcnTokenizer extends SegmentingTokenizerBase {
  private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final SmartcnSegmenter segmenter = new SmartcnSegmenter();

  /** Where the current sentence starts: in {@link #buffer}, and in the whole text. */
  private int sentenceInBuffer;

  private int sentenceInText;
  private int nextWord;

  public SmartcnTokenizer() {
    super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, (BreakIterator) SENTENCES.clone());
  }

  @Override
  protected void setNextSentence(int sentenceStart, int sentenceEnd) {
    segmenter.segment(buffer, sentenceStart, sentenceEnd - sentenceStart);
    sentenceInBuffer = sentenceStart;
    sentenceInText = offset + sentenceStart;
    nextWord = 0;
  }

  @Override
  protected boolean incrementWord() {
    if (nextWord >= segmenter.words()) {
      return false;
    }
    clearAttributes();
    segmenter.term(nextWord, buffer, sentenceInBuffer, term);
    offsets.setOffset(
        correctOffset(sentenceInText + segmenter.start(nextWord)),
        correctOffset(sentenceInText + segmenter.end(nextWord)));
    type.setType("word");
    nextWord++;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    nextWord = Integer.MAX_VALUE;
  }
}
