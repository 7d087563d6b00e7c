package org.yanlu.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yanlu.archive.http.ArchiveServerExtension;

/**
 * What a researcher sees in headless Chromium: the closest passages of a quote that is printed
 * otherwise, every copy of a syndicated story, and citations to copy. The server holds the
 * committed corpus with the saved pages of the reader tests (copies of its stories) and a few Tang
 * poems in their 全唐詩 text.
 */
class ResearchersBrowserTest {
  @RegisterExtension
  static final ArchiveServerExtension archive =
      ArchiveServerExtension.corpusOf(
          corpus ->
              ArchiveServerExtension.copyFiles(
                  corpus, "corpus", "src/test/resources/html", "src/test/resources/poems"));

  @RegisterExtension static final ChromiumExtension browser = new ChromiumExtension(archive);
  private final ChromeDriver driver = browser.driver();
  private final SearchPage page = new SearchPage(driver);

  @BeforeEach
  void clearTheLog() {
    driver.manage().logs().get("browser");
  }

  @AfterEach
  void noScriptErrors() {
    List<LogEntry> severe =
        driver.manage().logs().get("browser").getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).toList());
  }

  private void open(String pathAndQuery) {
    browser.open(pathAndQuery);
  }

  @Test
  void anExactQuotePrintedOtherwiseShowsTheClosestPassageWithTheDifferenceMarked() {
    open("/?q=" + enc("\"床前明月光\""));
    assertEquals("没有完全匹配；最接近的段落：", driver.findElement(By.id("near")).getText());
    WebElement first = page.hits().get(0);
    assertEquals("qts-165-jingyesi", first.getAttribute("data-id"));
    assertEquals("看", first.findElement(By.cssSelector(".hit-snippet mark.diff")).getText());
    assertEquals("与引文相差 1 处", first.findElement(By.className("hit-distance")).getText());
  }

  @Test
  void aSyndicatedStoryListsItsCopiesAndTheSwitchListsEveryArticle() {
    open("/?q=" + enc("\"四是促进城乡公共服务\""));
    assertEquals(1, page.total());
    assertEquals("2", driver.findElement(By.id("articles")).getText());
    List<WebElement> copies = page.hits().get(0).findElements(By.cssSelector(".hit-copies li a"));
    assertEquals(1, copies.size());
    String copy = copies.get(0).findElement(By.xpath("..")).getAttribute("data-id");

    driver.findElement(By.id("collapse")).click();
    page.awaitDrawn();
    assertTrue(driver.getCurrentUrl().contains("collapse=false"), driver.getCurrentUrl());
    assertEquals(2, page.total());
    assertTrue(page.hitIds().contains(copy), page.hitIds().toString());
    assertTrue(
        driver.findElement(By.id("export-ris")).getAttribute("href").contains("collapse=false"));
  }

  @Test
  void theCiteButtonShowsAndSelectsTheGbT7714Line() {
    open("/?q=" + enc("\"疑是地上霜\""));
    WebElement hit = page.hits().get(0);
    hit.findElement(By.className("cite-button")).click();
    WebElement line = hit.findElement(By.className("cite-line"));
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> line.isDisplayed());
    assertEquals("靜夜思[J]. 全唐詩, (卷一百六十五).", line.getText());

    open("/?id=qts-165-jingyesi");
    WebElement articleCite = driver.findElement(By.cssSelector("#article-cite .cite-button"));
    articleCite.click();
    WebElement articleLine = driver.findElement(By.cssSelector("#article-cite .cite-line"));
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> articleLine.isDisplayed());
    assertEquals("靜夜思[J]. 全唐詩, (卷一百六十五).", articleLine.getText());
  }
}
