package org.yanlu.archive.cite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;

/**
 * Citations of articles as the readers read them (a magazine article of the committed issue, saved
 * web pages, a JSON-lines export), in each format, read back by a parser of that format: citeproc-
 * java's RIS parser, jbibtex, and Jackson with citeproc-java's CSL item model.
 */
class CitationsTest {
  private static final LocalDate CITED = LocalDate.of(2026, 11, 30);
  private static List<Article> articles;

  @BeforeAll
  static void readTheSources() throws IOException {
    Corpus corpus = new Corpus(CorpusReaders.standard());
    articles = new java.util.ArrayList<>(corpus.read(Path.of("corpus")).articles());
    articles.addAll(corpus.read(Path.of("src/test/resources/html")).articles());
    articles.addAll(corpus.read(Path.of("src/test/resources/jsonl")).articles());
  }

  private static Article article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  private static Reference reference(String id) {
    return Reference.of(article(id), CITED);
  }

  private static final String MAGAZINE = "henan-internet-monthly-2020-10-p04-1";
  private static final String WEB_PAGE = "html-7d1f298090ba";
  private static final String NEWSPAPER_ONLINE = "html-139b2f412cdb";
  private static final String UNDATED_PAGE = "html-5aa6dbfd7ad7";
  private static final String NEWSPAPER = "rmydb-2020-10-20-unicom-vr";

  @Test
  void aMagazineArticleIsAJournalArticleWithItsIssueAndPages() {
    Article a = article(MAGAZINE);
    String line = Citations.format(reference(MAGAZINE), CitationFormat.GBT7714);
    String pages =
        a.pages().size() == 1
            ? "" + a.pages().get(0)
            : a.pages().get(0) + "-" + a.pages().get(a.pages().size() - 1);
    assertEquals(a.title() + "[J]. 河南省互联网创新发展信息月报, 2020(10): " + pages + ".", line);
  }

  @Test
  void aWebPageGivesItsSiteDateAccessDayAndUrl() {
    Article a = article(WEB_PAGE);
    assertEquals(
        a.title() + "[EB/OL]. C114通信网, 2020-10-15[2026-11-30]. " + a.url() + ".",
        Citations.format(reference(WEB_PAGE), CitationFormat.GBT7714));
    Article n = article(NEWSPAPER_ONLINE);
    assertEquals(
        n.title() + "[N/OL]. 人民邮电报, 2020-10-27[2026-11-30]. " + n.url() + ".",
        Citations.format(reference(NEWSPAPER_ONLINE), CitationFormat.GBT7714));
  }

  @Test
  void aJsonLinesNewspaperArticleReadOnlineIsTitleNewspaperDateAccessAndUrl() {
    assertEquals(
        "中国联通炫酷亮相2020世界VR产业大会[N/OL]. 人民邮电报, 2020-10-20[2026-11-30]. "
            + "https://www.cnii.com.cn/rmydb/202010/t20201020_226511.html.",
        Citations.format(reference(NEWSPAPER), CitationFormat.GBT7714));
    Article offline = article(NEWSPAPER).withParagraphs(List.of("正文"));
    Article printed =
        new Article(
            offline.id(),
            offline.title(),
            "",
            offline.source(),
            offline.date(),
            offline.publication(),
            "",
            List.of(3),
            offline.paragraphs(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "",
            false);
    assertEquals(
        "中国联通炫酷亮相2020世界VR产业大会[N]. 人民邮电报, 2020-10-20(3).",
        Citations.format(Reference.of(printed, CITED), CitationFormat.GBT7714));
  }

  @Test
  void missingPartsAreLeftOutCleanlyInEveryFormat() {
    Article a = article(UNDATED_PAGE);
    assertNull(a.date().text(), "the saved page gives no date");
    for (CitationFormat format : CitationFormat.values()) {
      String cited = Citations.format(reference(UNDATED_PAGE), format);
      assertFalse(cited.contains("null"), format + ": " + cited);
      assertFalse(cited.contains(", ,") || cited.contains(". ."), format + ": " + cited);
      assertFalse(
          cited.contains("= {}") || cited.contains("  - \r\n" + "T"), format + ": " + cited);
    }
    assertEquals(
        a.title() + "[N]. " + a.source() + ".",
        Citations.format(reference(UNDATED_PAGE), CitationFormat.GBT7714));
  }

  @Test
  void aQuotesCitationAddsTheSpeakerAndTheWords() {
    Reference r = reference(MAGAZINE).withQuote(new Quote("邬贺铨", "院士", "5G的投资回报会比4G还好一些。", 3));
    String line = Citations.format(r, CitationFormat.GBT7714);
    assertTrue(
        line.startsWith("邬贺铨. “5G的投资回报会比4G还好一些。”//" + article(MAGAZINE).title() + "[J]."), line);
  }

  @Test
  void risReadsBackAsTheSameReference() throws IOException {
    for (String id : List.of(MAGAZINE, WEB_PAGE, NEWSPAPER)) {
      Reference r = reference(id).withQuote(new Quote("张三", "", "引文", 0));
      RISLibrary library =
          new RISParser().parse(new StringReader(Citations.format(r, CitationFormat.RIS)));
      assertEquals(1, library.getReferences().size());
      RISReference back = library.getReferences().get(0);
      assertEquals(r.fullTitle(), back.getTitle());
      assertEquals(r.container(), back.getSecondaryTitle());
      assertEquals(
          switch (r.kind()) {
            case MAGAZINE -> RISType.MGZN;
            case WEB_PAGE -> RISType.ELEC;
            case NEWSPAPER -> RISType.NEWS;
          },
          back.getType());
      assertEquals(List.of("张三：“引文”"), List.of(back.getNotes()));
      if (r.online()) {
        assertEquals(r.url(), back.getURL());
        assertEquals(
            r.kind() == Reference.Kind.WEB_PAGE ? RISType.ELEC : RISType.NEWS, back.getType());
        assertEquals("2026/11/30", back.getAccessDate());
      }
      if (r.kind() == Reference.Kind.MAGAZINE) {
        assertEquals("10", back.getIssue());
        assertEquals("2020", back.getYear());
        assertEquals(String.valueOf(r.pages().get(0)), back.getStartPage());
      }
    }
  }

  @Test
  void bibtexReadsBackAsTheSameReference() throws Exception {
    for (String id : List.of(MAGAZINE, WEB_PAGE, NEWSPAPER)) {
      Reference r = reference(id);
      BibTeXDatabase db =
          new BibTeXParser().parse(new StringReader(Citations.format(r, CitationFormat.BIBTEX)));
      assertEquals(1, db.getEntries().size());
      BibTeXEntry entry = db.getEntries().values().iterator().next();
      assertEquals(id, entry.getKey().getValue());
      assertEquals(r.fullTitle(), entry.getField(BibTeXEntry.KEY_TITLE).toUserString());
      if (r.kind() == Reference.Kind.WEB_PAGE) {
        assertEquals(BibTeXEntry.TYPE_MISC, entry.getType());
        assertEquals(r.url(), entry.getField(BibTeXEntry.KEY_URL).toUserString());
        assertEquals("2026-11-30", entry.getField(new Key("urldate")).toUserString());
      } else {
        assertEquals(BibTeXEntry.TYPE_ARTICLE, entry.getType());
        assertEquals(r.container(), entry.getField(BibTeXEntry.KEY_JOURNAL).toUserString());
      }
      assertEquals("2020", entry.getField(BibTeXEntry.KEY_YEAR).toUserString());
    }
  }

  @Test
  void bibtexEscapesTexSpecialCharacters() throws Exception {
    Reference r =
        new Reference(
            "x",
            Reference.Kind.NEWSPAPER,
            "5% of {all} R&D_costs #1",
            "",
            "报",
            "2020",
            "",
            List.of(),
            "",
            null,
            "",
            "");
    BibTeXDatabase db =
        new BibTeXParser().parse(new StringReader(Citations.format(r, CitationFormat.BIBTEX)));
    String title =
        db.getEntries().values().iterator().next().getField(BibTeXEntry.KEY_TITLE).toUserString();
    assertEquals("5\\% of \\{all\\} R\\&D\\_costs \\#1", title);
  }

  @Test
  void cslJsonReadsBackAsTheSameReference() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (String id : List.of(MAGAZINE, WEB_PAGE, NEWSPAPER)) {
      Reference r = reference(id);
      List<Map<String, Object>> items =
          json.readValue(
              Citations.format(r, CitationFormat.CSL),
              new TypeReference<List<Map<String, Object>>>() {});
      assertEquals(1, items.size());
      CSLItemData item = CSLItemData.fromJson(items.get(0));
      assertEquals(id, item.getId());
      assertEquals(r.fullTitle(), item.getTitle());
      assertEquals(r.container(), item.getContainerTitle());
      assertEquals(
          switch (r.kind()) {
            case MAGAZINE -> CSLType.ARTICLE_MAGAZINE;
            case WEB_PAGE -> CSLType.WEBPAGE;
            case NEWSPAPER -> CSLType.ARTICLE_NEWSPAPER;
          },
          item.getType());
      assertArrayEquals(r.dateParts(), item.getIssued().getDateParts()[0]);
      if (r.online()) {
        assertEquals(r.url(), item.getURL());
        assertArrayEquals(new int[] {2026, 11, 30}, item.getAccessed().getDateParts()[0]);
      }
    }
  }

  @Test
  void aListOfReferencesIsOneCslArrayAndConsecutiveRisEntries() throws IOException {
    java.io.StringWriter csl = new java.io.StringWriter();
    Citations.ListWriter cslList = new Citations.ListWriter(csl, CitationFormat.CSL);
    java.io.StringWriter ris = new java.io.StringWriter();
    Citations.ListWriter risList = new Citations.ListWriter(ris, CitationFormat.RIS);
    for (String id : List.of(MAGAZINE, WEB_PAGE, NEWSPAPER)) {
      cslList.add(reference(id));
      risList.add(reference(id));
    }
    cslList.finish();
    risList.finish();
    assertEquals(3, new ObjectMapper().readTree(csl.toString()).size());
    assertEquals(3, new RISParser().parse(new StringReader(ris.toString())).getReferences().size());
    java.io.StringWriter empty = new java.io.StringWriter();
    new Citations.ListWriter(empty, CitationFormat.CSL).finish();
    assertEquals(0, new ObjectMapper().readTree(empty.toString()).size());
  }
}
