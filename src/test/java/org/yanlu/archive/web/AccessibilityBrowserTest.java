package org.yanlu.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yanlu.archive.http.ArchiveServerExtension;

/**
 * Every view of the front end passes axe-core's WCAG 2 A/AA and best-practice rules, the audit
 * behind Lighthouse's accessibility score, in each of its states: results, filters open on a phone,
 * an empty search, an error, an article with its citation, quotes and a person, themes, compare,
 * saved searches and a list of names. The corpus is the enriched committed one with the reader
 * tests' saved pages, which carry copies of its stories.
 */
class AccessibilityBrowserTest {
  @RegisterExtension
  static final ArchiveServerExtension archive =
      ArchiveServerExtension.enrichedCorpusOf(
          corpus -> ArchiveServerExtension.copyFiles(corpus, "corpus", "src/test/resources/html"));

  @RegisterExtension static final ChromiumExtension browser = new ChromiumExtension(archive);

  private final ChromeDriver driver = browser.driver();

  @Test
  void theFirstPageIsAccessible() {
    browser.open("/");
    AxeAudit.assertNoViolations(driver, "the first page");
  }

  @Test
  void searchResultsWithFiltersAndTheSyntaxHelpOpenAreAccessible() {
    SearchPage page = browser.open("/?q=" + enc("数字") + "&sort=date_desc");
    assertFalse(page.hits().isEmpty());
    page.sourceFacetItems().get(0).findElement(By.tagName("input")).click();
    page.awaitDrawn();
    assertFalse(page.chips().isEmpty());
    driver.findElement(By.id("save-search")).click();
    assertTrue(driver.findElement(By.id("save-form")).isDisplayed());
    driver.findElement(By.cssSelector("#syntax-help summary")).click();
    AxeAudit.assertNoViolations(driver, "search results, filtered, syntax help and save form open");
  }

  @Test
  void aSyndicatedStoryWithItsCopiesAndItsCitationOpenIsAccessible() {
    SearchPage page = browser.open("/?q=" + enc("\"四是促进城乡公共服务\""));
    WebElement hit = page.hits().get(0);
    assertFalse(hit.findElements(By.cssSelector(".hit-copies li a")).isEmpty());
    hit.findElement(By.className("cite-button")).click();
    WebElement line = hit.findElement(By.className("cite-line"));
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> line.isDisplayed());
    AxeAudit.assertNoViolations(driver, "a story with copies, its citation shown");
  }

  @Test
  void theClosestPassagesOfAQuotePrintedOtherwiseAreAccessible() {
    browser.open("/?q=" + enc("\"刚从国外回来不久的欧亚科学院院士\""));
    assertEquals("没有完全匹配；最接近的段落：", driver.findElement(By.id("near")).getText());
    AxeAudit.assertNoViolations(driver, "closest passages");
  }

  @Test
  void aSearchWithoutHitsIsAccessible() {
    SearchPage page = browser.open("/?q=" + enc("\"这句话不在资料库里\""));
    assertEquals(0, page.total());
    AxeAudit.assertNoViolations(driver, "a search without hits");
  }

  @Test
  void anErrorIsAccessible() {
    SearchPage page = browser.open("/?page=999");
    assertEquals("error", page.state());
    AxeAudit.assertNoViolations(driver, "a page beyond the results");
  }

  @Test
  void phoneWidthWithTheFiltersOpenIsAccessible() {
    Dimension desktop = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(400, 860));
    try {
      browser.open("/?q=" + enc("数字"));
      driver.findElement(By.id("filter-toggle")).click();
      assertTrue(driver.findElement(By.id("facets")).isDisplayed());
      AxeAudit.assertNoViolations(driver, "phone width, filters open");
    } finally {
      driver.manage().window().setSize(desktop);
    }
  }

  @Test
  void anArticleWithItsQuotesAndCitationIsAccessible() {
    SearchPage page = browser.open("/?q=" + enc("5G"));
    page.hits().get(0).findElement(By.cssSelector(".hit-title a")).click();
    page.awaitDrawn();
    assertEquals("article", page.view());
    driver.findElement(By.cssSelector("#article-cite .cite-button")).click();
    AxeAudit.assertNoViolations(driver, "an article");
  }

  @Test
  void anArticleOpenedAtAQuotedParagraphIsAccessible() {
    SearchPage page = browser.open("/?view=quotes");
    driver.findElement(By.id("q")).sendKeys("工业App 个性化需求", Keys.ENTER);
    page.awaitDrawn();
    AxeAudit.assertNoViolations(driver, "quote search");
    driver.findElement(By.cssSelector("#quote-hits .quote-hit .quote-hit-text")).click();
    page.awaitDrawn();
    assertEquals("article", page.view());
    AxeAudit.assertNoViolations(driver, "an article opened at a quote");
  }

  @Test
  void theQuotesTabAndAPersonPageAreAccessible() {
    SearchPage page = browser.open("/?view=quotes");
    assertEquals("quotes", page.view());
    AxeAudit.assertNoViolations(driver, "the quotes tab");
    browser.open("/?speaker=" + enc("邬贺铨") + "&view=quotes");
    assertEquals("邬贺铨", driver.findElement(By.id("person-name")).getText());
    AxeAudit.assertNoViolations(driver, "a person's quotes");
  }

  @Test
  void theThemesAndCompareViewsAreAccessible() {
    SearchPage page = browser.open("/?view=themes");
    assertEquals("trends", page.view());
    AxeAudit.assertNoViolations(driver, "themes");
    browser.open("/?view=compare");
    AxeAudit.assertNoViolations(driver, "compare, empty");
    browser.open("/?view=compare&q=" + enc("5G") + "&q=" + enc("扶贫") + "&interval=month");
    assertFalse(driver.findElements(By.cssSelector("#compare-table td a")).isEmpty());
    AxeAudit.assertNoViolations(driver, "compare, two queries");
  }

  @Test
  void savedSearchesEmptyAndWithOneAreAccessible() {
    browser.open("/?view=saved");
    driver.executeScript("localStorage.clear();");
    SearchPage page = browser.open("/?view=saved");
    assertEquals("saved", page.view());
    AxeAudit.assertNoViolations(driver, "no saved searches");

    browser.open("/?q=5G");
    driver.findElement(By.id("save-search")).click();
    driver.findElement(By.id("save-confirm")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("save-note")).getText().contains("已保存"));
    AxeAudit.assertNoViolations(driver, "a search just saved");
    browser.open("/?view=saved");
    assertEquals(1, driver.findElements(By.cssSelector("#saved-list .saved-item")).size());
    AxeAudit.assertNoViolations(driver, "one saved search");
  }

  @Test
  void theListOfNamesEmptyAndSearchedIsAccessible() {
    SearchPage page = browser.open("/?view=batch");
    assertEquals("batch", page.view());
    AxeAudit.assertNoViolations(driver, "the list of names");
    WebElement input = driver.findElement(By.id("batch-input"));
    input.clear();
    input.sendKeys("扶贫\n\"不成对\n5G\n");
    driver.findElement(By.id("batch-run")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElements(By.cssSelector("#batch-table .batch-row")).size() == 3);
    AxeAudit.assertNoViolations(driver, "the list of names searched");
  }
}
