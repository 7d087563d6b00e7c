package org.yanlu.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.index.SyndicatedCopies.Alteration;

class StoryGroupsTest {
  private static List<Article> magazine() throws IOException {
    return new Corpus(CorpusReaders.standard()).read(Path.of("corpus")).articles();
  }

  @Test
  void everyAlteredCopyJoinsTheStoryOfItsOriginal() throws IOException {
    List<Article> originals = magazine();
    List<Article> all = new ArrayList<>(originals);
    for (Article a : originals) {
      for (SyndicatedCopies.Alteration alteration : SyndicatedCopies.Alteration.values()) {
        all.add(SyndicatedCopies.copy(a, alteration));
      }
    }
    Map<String, String> groups = StoryGroups.of(all);
    int found = 0;
    for (Article a : originals) {
      // The original is a day earlier than its copies, so its id names the story.
      assertEquals(a.id(), groups.get(a.id()), a.id());
      for (SyndicatedCopies.Alteration alteration : SyndicatedCopies.Alteration.values()) {
        if (groups.get(SyndicatedCopies.copy(a, alteration).id()).equals(a.id())) {
          found++;
        }
      }
    }
    assertEquals(originals.size() * SyndicatedCopies.Alteration.values().length, found);
    assertEquals(originals.size(), new HashSet<>(groups.values()).size());
  }

  @Test
  void distinctStoriesSharingAnOutletsBoilerplateAreNotGrouped() throws IOException {
    List<Article> carried = magazine().stream().map(SyndicatedCopies::withBoilerplate).toList();
    Map<String, String> groups = StoryGroups.of(carried);
    for (Article a : carried) {
      assertEquals(a.id(), groups.get(a.id()), a.id());
    }
  }

  /**
   * 128 buckets estimate a similarity within about ±0.09 (2 σ); copies must clear the threshold by
   * more than that, and distinct stories stay below it by more than that.
   */
  @Test
  void copiesScoreFarAboveTheThresholdAndDistinctStoriesFarBelow() throws IOException {
    List<Article> originals = magazine();
    for (Article a : originals) {
      StorySignature original = StorySignature.of(a);
      for (SyndicatedCopies.Alteration alteration : SyndicatedCopies.Alteration.values()) {
        double s = original.similarity(StorySignature.of(SyndicatedCopies.copy(a, alteration)));
        assertTrue(s >= StoryGroups.THRESHOLD + 0.15, a.id() + " " + alteration + ": " + s);
      }
      StorySignature carried = StorySignature.of(SyndicatedCopies.withBoilerplate(a));
      for (Article b : originals) {
        if (b != a) {
          double s = carried.similarity(StorySignature.of(SyndicatedCopies.withBoilerplate(b)));
          assertTrue(s <= 0.2, a.id() + " and " + b.id() + ": " + s);
        }
      }
    }
  }

  @Test
  void savedPagesOfMagazineStoriesJoinThemAndExcerptsDoNot() throws IOException {
    List<Article> all = new ArrayList<>(magazine());
    Corpus corpus = new Corpus(CorpusReaders.standard());
    all.addAll(corpus.read(Path.of("src/test/resources/html")).articles());
    all.addAll(corpus.read(Path.of("src/test/resources/jsonl")).articles());
    Map<String, String> groups = StoryGroups.of(all);
    long grouped = groups.entrySet().stream().filter(e -> !e.getKey().equals(e.getValue())).count();
    // Five saved pages carry a whole magazine story; the others are excerpts or other stories.
    assertEquals(5, grouped);
  }

  @Test
  void signaturesEstimateTheJaccardSimilarityOfTheShingleSets() throws IOException {
    List<Article> originals = magazine();
    for (Article a : originals) {
      for (SyndicatedCopies.Alteration alteration : SyndicatedCopies.Alteration.values()) {
        Article copy = SyndicatedCopies.copy(a, alteration);
        double estimate = StorySignature.of(a).similarity(StorySignature.of(copy));
        double exact = jaccard(shingles(a), shingles(copy));
        assertEquals(exact, estimate, 0.12, a.id() + " " + alteration);
      }
      for (Article b : originals) {
        double estimate = StorySignature.of(a).similarity(StorySignature.of(b));
        assertEquals(jaccard(shingles(a), shingles(b)), estimate, 0.12, a.id() + " " + b.id());
      }
    }
  }

  private static Set<String> shingles(Article a) {
    int[] chars = ArticleFields.keyword(String.join("", a.paragraphs())).codePoints().toArray();
    Set<String> out = new HashSet<>();
    for (int i = 0; i + StorySignature.SHINGLE <= chars.length; i++) {
      out.add(new String(chars, i, StorySignature.SHINGLE));
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return union.isEmpty() ? 0 : both.size() / (double) union.size();
  }

  @Test
  void aSignatureReadsBackAsItWasStored() throws IOException {
    StorySignature sig = StorySignature.of(magazine().get(0));
    assertEquals(StorySignature.BUCKETS, sig.encoded().split(" ").length);
    assertEquals(sig, StorySignature.decode(sig.encoded()));
  }

  @Test
  void aSignatureIsOfTheFoldedTextWithoutWhitespaceHoweverItIsCutIntoParagraphs()
      throws IOException {
    Article a = magazine().get(0);
    String body = String.join("", a.paragraphs());
    assertEquals(StorySignature.ofText(body), StorySignature.of(a));
    assertEquals(StorySignature.ofText(ArticleFields.keyword(body)), StorySignature.of(a));
    assertEquals(StorySignature.ofText("数字中国建设ai5g"), StorySignature.ofText("數字 中國\u3000建設ＡＩ５Ｇ"));
    // Four characters make no shingle; five make one.
    assertTrue(StorySignature.ofText("数 字 中 国").isEmpty());
    assertFalse(StorySignature.ofText("数字 中国建").isEmpty());
  }

  @Test
  void anIdGivenTwiceIsGroupedByItsFirstArticleOnly() throws IOException {
    List<Article> originals = magazine();
    Article first = originals.get(0);
    Article again =
        Article.read(
            first.id(),
            "",
            "",
            "",
            first.date(),
            "",
            "",
            List.of(),
            originals.get(1).paragraphs(),
            List.of(),
            "");
    Article copyOfSecond = SyndicatedCopies.copy(originals.get(1), Alteration.values()[0]);
    Map<String, String> groups = StoryGroups.of(List.of(first, again, copyOfSecond));
    assertEquals(2, groups.size());
    assertEquals(first.id(), groups.get(first.id()));
    // The second body under the repeated id was not indexed, so its copy starts its own story.
    assertEquals(copyOfSecond.id(), groups.get(copyOfSecond.id()));
  }
}
