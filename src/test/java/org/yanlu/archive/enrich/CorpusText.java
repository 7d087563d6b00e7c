package org.yanlu.archive.enrich;

import java.util.Arrays;
import java.util.List;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.article.Section;

/**
 * Articles made of real paragraphs of {@code corpus/henan-internet-monthly-2020-10.txt}, the PDF's
 * broken lines joined back, so that enrichers are tested on the corpus's own sentences whatever the
 * reader's paragraph rules.
 */
final class CorpusText {
  private static final NameEnricher NAMES = new NameEnricher();

  private CorpusText() {}

  static Article article(String title, String... paragraphs) {
    return withSections(title, List.of(), paragraphs);
  }

  static Article withSections(String title, List<Section> sections, String... paragraphs) {
    return Article.read(
        "test-" + Math.abs(title.hashCode()),
        title,
        "",
        "",
        ArticleDate.ofMonth(2020, 10),
        "河南互联网月刊",
        "2020-10",
        List.of(),
        Arrays.asList(paragraphs),
        sections,
        "");
  }

  /** The article with names, speakers and quotes added, in the order the CLI runs them. */
  static Article enriched(Article article) {
    return new QuoteEnricher().apply(new SpeakerEnricher().apply(NAMES.apply(article)));
  }

  static NameEnricher names() {
    return NAMES;
  }
}
