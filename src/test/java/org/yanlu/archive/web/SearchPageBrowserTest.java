package org.yanlu.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.yanlu.archive.article.Article;
import org.yanlu.archive.http.ArchiveServer;
import org.yanlu.archive.http.ArchiveServerExtension;

/** The front end in headless Chromium against a real server over the real corpus. */
class SearchPageBrowserTest {
  /** A sentence of one article of the corpus, cut mid-phrase as a researcher might copy it. */
  private static final String QUOTE = "刚从国外归来不久的欧亚科学院院士";

  @RegisterExtension static final ArchiveServerExtension archive = ArchiveServerExtension.corpus();
  @RegisterExtension static final ChromiumExtension browser = new ChromiumExtension(archive);
  private final ArchiveServer server = archive.server();
  private final ChromeDriver driver = browser.driver();
  private final SearchPage page = new SearchPage(driver);

  @Test
  void typingAQuoteShowsTheArticleThatHoldsItFirstWithTheMatchMarked() {
    Article expected = articleHolding(QUOTE);
    open("/");

    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("\"" + QUOTE + "\"", Keys.ENTER);
    page.awaitDrawn();

    assertEquals(expected.id(), page.hitIds().get(0));
    List<WebElement> marks = page.hits().get(0).findElements(By.cssSelector(".hit-snippet mark"));
    assertFalse(marks.isEmpty(), "the snippet marks the match");
    for (WebElement mark : marks) {
      assertTrue(QUOTE.contains(mark.getText()), mark.getText());
    }
    assertTrue(driver.getCurrentUrl().contains("q="), driver.getCurrentUrl());
  }

  @Test
  void tickingAnOutletNarrowsTheListAndTheCounts() {
    open("/");
    long all = page.total();
    WebElement outlet =
        page.sourceFacetItems().stream()
            .filter(item -> count(item) < all)
            .findFirst()
            .orElseThrow();
    String name = outlet.findElement(By.className("facet-value")).getText();
    long count = count(outlet);

    outlet.findElement(By.tagName("input")).click();
    page.awaitDrawn();

    assertEquals(count, page.total());
    for (WebElement hit : page.hits()) {
      assertEquals(name, hit.findElement(By.className("hit-source")).getText());
    }
    long months = page.monthCounts().stream().mapToLong(m -> Long.parseLong(m.getText())).sum();
    assertEquals(count, months, "the month histogram counts only the outlet's articles");
    assertTrue(page.chips().contains("来源：" + name), page.chips().toString());
    WebElement box =
        driver.findElement(By.cssSelector("#facet-source input[value='" + name + "']"));
    assertTrue(box.isSelected());
    assertTrue(
        driver.getCurrentUrl().contains("source=" + enc(name).replace("+", "%20"))
            || driver.getCurrentUrl().contains("source=" + enc(name)));
  }

  @Test
  void openingAnArticleAndGoingBackReturnsToTheSameResults() {
    open("/?q=" + enc("数字中国"));
    List<String> results = page.hitIds();
    WebElement first = page.hits().get(0).findElement(By.cssSelector(".hit-title a"));
    String title = first.getText();

    first.click();
    page.awaitDrawn();
    assertEquals("article", page.view());
    assertEquals(title, driver.findElement(By.id("article-title")).getText());
    assertFalse(driver.findElements(By.cssSelector("#article-body mark")).isEmpty());

    driver.navigate().back();
    page.awaitDrawn();
    assertEquals("search", page.view());
    assertEquals(results, page.hitIds());

    page.hits().get(0).findElement(By.cssSelector(".hit-title a")).click();
    page.awaitDrawn();
    driver.findElement(By.id("back-link")).click();
    page.awaitDrawn();
    assertEquals("search", page.view());
    assertEquals(results, page.hitIds());
  }

  @Test
  void reloadingAFilteredUrlShowsTheSameResults() {
    open("/");
    String outlet =
        page.sourceFacetItems().get(0).findElement(By.className("facet-value")).getText();
    open("/?q=" + enc("数字") + "&source=" + enc(outlet) + "&sort=date_desc");
    List<String> before = page.hitIds();
    long total = page.total();

    driver.navigate().refresh();
    page.awaitDrawn();

    assertEquals(before, page.hitIds());
    assertEquals(total, page.total());
    assertEquals("数字", driver.findElement(By.id("q")).getAttribute("value"));
    assertEquals("date_desc", driver.findElement(By.id("sort")).getAttribute("value"));
    assertTrue(
        driver
            .findElement(By.cssSelector("#facet-source input[value='" + outlet + "']"))
            .isSelected());
  }

  @Test
  void slashKeyFocusesTheSearchBox() {
    open("/?q=" + enc("数字"));
    driver.findElement(By.id("summary")).click();
    new Actions(driver).sendKeys("/").perform();
    assertEquals("q", driver.switchTo().activeElement().getAttribute("id"));
    assertEquals("数字", driver.findElement(By.id("q")).getAttribute("value"), "no slash typed");
  }

  @Test
  void pageBeyondTheResultsShowsAnErrorInsteadOfResults() {
    open("/?page=999");
    assertEquals("error", page.state());
    assertTrue(driver.findElement(By.id("status")).getText().contains("999"));
  }

  @Test
  void pageRunsWithoutConsoleErrorsUnderTheContentSecurityPolicy() {
    driver.manage().logs().get("browser");
    open("/?q=" + enc("数字"));
    page.hits().get(0).findElement(By.cssSelector(".hit-title a")).click();
    page.awaitDrawn();
    List<LogEntry> severe =
        driver.manage().logs().get("browser").getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).toList());
    assertNotEquals("", driver.findElement(By.id("article-title")).getText());
  }

  @Test
  void phoneWidthKeepsTheFiltersBehindAToggle() {
    Dimension desktop = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(400, 860));
    try {
      open("/?q=" + enc("数字"));
      WebElement toggle = driver.findElement(By.id("filter-toggle"));
      WebElement facets = driver.findElement(By.id("facets"));
      assertTrue(toggle.isDisplayed());
      assertFalse(facets.isDisplayed());
      assertTrue(page.hits().get(0).isDisplayed());

      toggle.click();
      assertTrue(facets.isDisplayed());
      assertEquals("true", toggle.getAttribute("aria-expanded"));
    } finally {
      driver.manage().window().setSize(desktop);
    }
  }

  private void open(String pathAndQuery) {
    browser.open(pathAndQuery);
  }

  private static long count(WebElement facetItem) {
    return Long.parseLong(
        facetItem.findElement(By.className("facet-count")).getText().replace(",", ""));
  }

  private Article articleHolding(String quote) {
    List<Article> holding =
        server.articles().stream()
            .filter(a -> String.join("", a.paragraphs()).replaceAll("\\s+", "").contains(quote))
            .toList();
    assertEquals(1, holding.size(), "exactly one article of the corpus holds the quote");
    return holding.get(0);
  }
}
