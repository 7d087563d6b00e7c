package org.yanlu.archive.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Person;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;

/**
 * What a source states about its article (speakers, quotes, people, organisations, places) is kept
 * by the enrichers: the source's own first, then what they find, each once.
 */
class SourceStatementsTest {
  private final NameEnricher names = new NameEnricher();
  private final SpeakerEnricher speakers = new SpeakerEnricher();
  private final QuoteEnricher quotes = new QuoteEnricher();

  @Test
  void theSourcesOwnStatementsComeFirstAndWhatTheEnrichersFindFollowsOnce() throws Exception {
    Article read = richestArticle();
    Article found = enrich(read);
    assertFalse(found.speakers().isEmpty() || found.quotes().isEmpty(), "a rich article");

    Person ownPerson = new Person("张三", "记者");
    Quote ownQuote = new Quote("李四", "专家", "这句话只有来源知道。", 0);
    // The source also states one thing the enrichers find themselves: it must not come twice.
    Person foundPerson =
        found.people().stream().filter(p -> !p.role().isBlank()).findFirst().orElseThrow();
    Article stated =
        read.withNames(
                List.of(ownPerson, new Person(foundPerson.name(), "")),
                List.of("某某研究会", found.organisations().get(0)),
                List.of("周口"))
            .withSpeakers(
                List.of("李四", found.speakers().get(0)), List.of(ownQuote, found.quotes().get(0)));

    Article kept = enrich(stated);

    // The source named the person without a role; the text's role fills it in.
    assertEquals(
        prefixed(List.of(ownPerson, foundPerson), found.people(), p -> p.name()), kept.people());
    assertEquals(
        prefixed(List.of("某某研究会", found.organisations().get(0)), found.organisations(), s -> s),
        kept.organisations());
    assertEquals(prefixed(List.of("周口"), found.places(), s -> s), kept.places());
    assertEquals(
        prefixed(List.of("李四", found.speakers().get(0)), found.speakers(), s -> s),
        kept.speakers());
    assertEquals(
        prefixed(List.of(ownQuote, found.quotes().get(0)), found.quotes(), q -> q.text()),
        kept.quotes());
  }

  @Test
  void enrichingTwiceChangesNothing() throws Exception {
    Article once = enrich(richestArticle());
    assertEquals(once, enrich(once));
  }

  @Test
  void anArticleThatStatesNothingGetsWhatTheEnrichersFind() throws Exception {
    Article read = richestArticle();
    Article found = enrich(read);
    assertTrue(read.speakers().isEmpty() && read.people().isEmpty());
    assertFalse(found.people().isEmpty());
  }

  private Article enrich(Article a) {
    return quotes.apply(speakers.apply(names.apply(a)));
  }

  /** The magazine article with the most quotes, as its reader gives it. */
  private static Article richestArticle() throws Exception {
    List<Article> articles =
        new Corpus(CorpusReaders.standard()).read(Path.of("corpus")).articles();
    QuoteEnricher quotes = new QuoteEnricher();
    Article best = articles.get(0);
    int most = -1;
    for (Article a : articles) {
      int n = quotes.apply(new NameEnricher().apply(a)).quotes().size();
      if (n > most) {
        most = n;
        best = a;
      }
    }
    return best;
  }

  /** {@code own}, then the values of {@code found} whose key none of {@code own} has. */
  private static <T, K> List<T> prefixed(List<T> own, List<T> found, Function<T, K> key) {
    List<T> out = new ArrayList<>(own);
    HashSet<K> seen = new HashSet<>();
    own.forEach(v -> seen.add(key.apply(v)));
    found.stream().filter(v -> seen.add(key.apply(v))).forEach(out::add);
    return out;
  }
}
