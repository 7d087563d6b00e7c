package org.yanlu.archive.enrich;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;

/**
 * Measures the speakers found in every article of the corpus against the committed hand list:
 * precision and recall over (article, speaker) pairs. An article the reader gives several stories
 * in expects the speakers of all of them, so the measure holds whatever the reader's boundaries.
 */
class SpeakerAccuracyTest {
  private static final String HAND_LIST = "/enrich/speakers-henan-internet-monthly-2020-10.tsv";

  @Test
  void speakersOfEveryArticleMatchTheHandListWithHighPrecisionAndRecall() throws IOException {
    Map<String, List<String>> hand = handList();
    List<Article> articles =
        new Corpus(CorpusReaders.standard()).read(Path.of("corpus")).articles();
    int found = 0;
    int right = 0;
    int expected = 0;
    List<String> wrong = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (Article raw : articles) {
      Article a = CorpusText.enriched(raw);
      String text =
          (a.title() + a.subtitle() + String.join("", a.paragraphs())).replaceAll("\\s", "");
      Set<String> want = new LinkedHashSet<>();
      hand.forEach(
          (phrase, speakers) -> {
            if (text.contains(phrase)) {
              want.addAll(speakers);
            }
          });
      for (String s : a.speakers()) {
        found++;
        if (want.contains(s)) {
          right++;
        } else {
          wrong.add(a.id() + ":" + s);
        }
      }
      expected += want.size();
      for (String s : want) {
        if (!a.speakers().contains(s)) {
          missed.add(a.id() + ":" + s);
        }
      }
    }
    double precision = found == 0 ? 0 : (double) right / found;
    double recall = expected == 0 ? 0 : (double) (expected - missed.size()) / expected;
    System.out.printf(
        "speakers: precision %.3f (%d/%d), recall %.3f (%d/%d)%n  wrong: %s%n  missed: %s%n",
        precision, right, found, recall, expected - missed.size(), expected, wrong, missed);
    assertTrue(precision >= 0.90, "precision " + precision + ", wrong: " + wrong);
    assertTrue(recall >= 0.85, "recall " + recall + ", missed: " + missed);
  }

  private static Map<String, List<String>> handList() throws IOException {
    Map<String, List<String>> hand = new LinkedHashMap<>();
    try (InputStream in = SpeakerAccuracyTest.class.getResourceAsStream(HAND_LIST)) {
      String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : tsv.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        List<String> speakers =
            cols[1].isBlank() ? List.of() : Arrays.asList(cols[1].strip().split(","));
        hand.put(cols[0].replaceAll("\\s", ""), speakers);
      }
    }
    return hand;
  }
}
