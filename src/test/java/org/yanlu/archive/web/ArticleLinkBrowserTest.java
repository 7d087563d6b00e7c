package org.yanlu.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.article.ArticleDate;
import org.yanlu.archive.corpus.Corpus;
import org.yanlu.archive.corpus.CorpusReaders;
import org.yanlu.archive.http.ArchiveServer;
import org.yanlu.archive.http.ArchiveServerExtension;

/**
 * The article page links to the original only when its URL is a web link, even for an index built
 * before the readers dropped other URLs, and marks a title the archive made up.
 */
class ArticleLinkBrowserTest {
  @RegisterExtension
  static final ArchiveServerExtension archive =
      ArchiveServerExtension.articles(
          () -> {
            List<Article> articles =
                new ArrayList<>(
                    new Corpus(CorpusReaders.standard()).read(ArchiveServer.CORPUS).articles());
            articles.add(article("web-link", "网页原文", "https://www.cnii.com.cn/a.html", false));
            articles.add(
                article("script-link", "脚本原文", "javascript:document.title='pwned'", false));
            articles.add(article("untitled", "大漠孤烟直，长河落日圆", "", true));
            return articles;
          });

  @RegisterExtension static final ChromiumExtension browser = new ChromiumExtension(archive);
  private final ChromeDriver driver = browser.driver();

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

  private List<WebElement> sourceLinks(String id) {
    open(id);
    return driver.findElement(By.id("article-source")).findElements(By.tagName("a"));
  }

  private void open(String id) {
    browser.open("/?id=" + enc(id));
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
