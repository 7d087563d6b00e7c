package org.yanlu.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.http.ArchiveServer;

/**
 * The article page links to the original only when its URL is a web link, even for an index built
 * before the readers dropped other URLs, and marks a title the archive made up.
 */
class ArticleLinkBrowserTest {
  @TempDir static Path work;
  private static ArchiveServer server;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    List<Article> articles =
        new ArrayList<>(new Corpus(CorpusReaders.standard()).read(Path.of("corpus")).articles());
    articles.add(article("web-link", "网页原文", "https://www.cnii.com.cn/a.html", false));
    articles.add(article("script-link", "脚本原文", "javascript:document.title='pwned'", false));
    articles.add(article("untitled", "大漠孤烟直，长河落日圆", "", true));
    server = ArchiveServer.startWith(articles, work.resolve("index"));
    driver = HeadlessChromium.startFor(work);
  }

  @AfterAll
  static void stop() {
    HeadlessChromium.stop(driver, server);
  }

  @Test
  void aWebUrlIsLinkedAsTheOriginal() {
    List<WebElement> links = sourceLinks("web-link");
    assertEquals(1, links.size());
    assertEquals("https://www.cnii.com.cn/a.html", links.get(0).getAttribute("href"));
  }

  @Test
  void aScriptUrlIsNeverLinked() {
    assertEquals(List.of(), sourceLinks("script-link"));
    assertTrue(driver.findElements(By.cssSelector("a[href^='javascript']")).isEmpty());
  }

  @Test
  void aTitleTheArchiveMadeUpIsMarked() {
    open("untitled");
    String title = driver.findElement(By.id("article-title")).getText();
    assertTrue(title.startsWith("大漠孤烟直，长河落日圆"), title);
    assertTrue(title.contains("原文无标题"), title);
  }

  private static List<WebElement> sourceLinks(String id) {
    open(id);
    return driver.findElement(By.id("article-source")).findElements(By.tagName("a"));
  }

  private static void open(String id) {
    driver.get(server.uri("/?id=" + enc(id)).toString());
    new SearchPage(driver).awaitDrawn();
  }

  private static Article article(String id, String title, String url, boolean untitled) {
    return new Article(
        id,
        title,
        "",
        "测试报",
        ArticleDate.ofDay(2020, 11, 1),
        "",
        "",
        List.of(),
        List.of(title + "。这是正文的第一段，说明这篇文章的内容。"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        url,
        untitled);
  }
}
