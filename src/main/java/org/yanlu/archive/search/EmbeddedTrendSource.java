package org.yanlu.archive.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.yanlu.archive.index.ArticleFields;

/** The trend counts of the embedded index, from its facets on a borrowed searcher. */
final class EmbeddedTrendSource implements TrendSource {
  private final Searcher searcher;

  EmbeddedTrendSource(Searcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public Optional<LocalDate[]> archiveRange() {
    return searcher.withSearcher(s -> new TrendCounter(s).archiveRange());
  }

  @Override
  public PeriodCounts count(
      String query,
      String theme,
      Interval interval,
      LocalDate from,
      LocalDate to,
      List<TrendPeriod> periods) {
    Query match;
    if (theme != null) {
      DrillDownQuery tagged =
          new DrillDownQuery(searcher.fields().facetsConfig(), new MatchAllDocsQuery());
      tagged.add(ArticleFields.FACET_THEME, theme);
      match = tagged;
    } else {
      match = new ArchiveQueryParser(searcher.fields()).parseText(query).match();
    }
    return searcher.withSearcher(
        s -> new TrendCounter(s).count(match, interval, from, to, periods));
  }
}
