package org.yanlu.archive.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.article.Person;
import org.yanlu.archive.article.Quote;
import org.yanlu.archive.article.Section;
import org.yanlu.archive.corpus.ArticleJson;

/** The index stores an article in the one JSON mapping that {@code articles} prints. */
class StoredArticleTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Article article(ArticleDate date) {
    return new Article(
        "xinhua-2020-11-01-1",
        "数字中国建设加快推进",
        "副题：数据要素市场",
        "新华社",
        date,
        "新华每日电讯",
        "2020-11",
        List.of(3, 4),
        List.of("第一段，李克强说：“要加快数字中国建设。”", "第二段。"),
        List.of(new Section("一、背景", List.of("小节正文。"))),
        List.of("李克强"),
        List.of(new Quote("李克强", "国务院总理", "要加快数字中国建设。", 0)),
        List.of(new Person("李克强", "国务院总理")),
        List.of("国务院"),
        List.of("北京"),
        List.of("数字经济"),
        "https://www.news.cn/a.html",
        true);
  }

  @Test
  void anArticleReadsBackFromTheIndexAsItWasIndexed() {
    for (ArticleDate date :
        List.of(
            ArticleDate.ofDay(2020, 11, 1), ArticleDate.ofMonth(2020, 11), ArticleDate.UNKNOWN)) {
      Article a = article(date);
      assertEquals(
          a, ArticleFields.article(a.id(), ArticleFields.storedJson(a), a.paragraphs()), "" + date);
    }
  }

  @Test
  void theIndexStoresTheKeysArticlesPrintsButTheParagraphs() throws Exception {
    Article a = article(ArticleDate.ofDay(2020, 11, 1));
    ObjectNode printed = (ObjectNode) JSON.readTree(ArticleJson.toLine(a));
    printed.remove("paragraphs");
    JsonNode stored = JSON.readTree(ArticleFields.storedJson(a));
    assertEquals(printed, stored);
  }

  @Test
  void anArticleStoredInJacksonsRecordFormByOlderCodeStillReadsBack() throws Exception {
    // What the index stored before it shared the mapping: Jackson's encoding of the record.
    ObjectMapper older = new ObjectMapper().registerModule(new JavaTimeModule());
    for (ArticleDate date :
        List.of(ArticleDate.ofDay(2020, 11, 1), ArticleDate.ofYear(2019), ArticleDate.UNKNOWN)) {
      Article a = article(date);
      String stored = older.writeValueAsString(a.withParagraphs(List.of()));
      assertEquals(a, ArticleFields.article(a.id(), stored, a.paragraphs()), stored);
    }
  }
}
