package org.yanlu.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yanlu.archive.http.ArchiveServer;
import org.yanlu.archive.http.ArchiveServerExtension;

/** The quotes tab in headless Chromium against a real server over the enriched real corpus. */
class QuotesTabBrowserTest {
  private static final String WU = "邬贺铨";

  @RegisterExtension
  static final ArchiveServerExtension archive = ArchiveServerExtension.enrichedCorpus();

  @RegisterExtension static final ChromiumExtension browser = new ChromiumExtension(archive);
  private final ArchiveServer server = archive.server();
  private final ChromeDriver driver = browser.driver();
  private final SearchPage page = new SearchPage(driver);

  @Test
  void quoteSearchShowsWhoSaidItAndOpensTheArticleAtThatParagraph() {
    driver.manage().logs().get("browser");
    open("/");
    driver.findElement(By.id("tab-quotes")).click();
    page.awaitDrawn();
    assertEquals("quotes", page.view());

    driver.findElement(By.id("q")).sendKeys("工业App 个性化需求", Keys.ENTER);
    page.awaitDrawn();

    assertTrue(driver.getCurrentUrl().contains("view=quotes"), driver.getCurrentUrl());
    WebElement first = quoteHits().get(0);
    assertEquals(WU, first.getAttribute("data-speaker"));
    String line = first.findElement(By.className("quote-line")).getText();
    assertTrue(line.startsWith(WU + "（中国工程院院士"), line);
    assertTrue(line.contains("）：“"), line);
    String meta = first.findElement(By.className("quote-hit-meta")).getText();
    assertTrue(meta.startsWith("— "), meta);
    String paragraph = first.getAttribute("data-paragraph");

    first.findElement(By.className("quote-hit-text")).click();
    page.awaitDrawn();
    assertEquals("article", page.view());
    assertTrue(driver.getCurrentUrl().contains("para=" + paragraph), driver.getCurrentUrl());
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> d.findElement(By.id("p-" + paragraph)).getAttribute("class").contains("flash"));

    driver.navigate().back();
    page.awaitDrawn();
    assertEquals("quotes", page.view());
    assertEquals(WU, quoteHits().get(0).getAttribute("data-speaker"));
    List<LogEntry> severe =
        driver.manage().logs().get("browser").getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).toList());
  }

  @Test
  void personPageListsEverythingTheySaid() {
    long his =
        server.articles().stream()
            .flatMap(a -> a.quotes().stream())
            .filter(q -> q.speaker().equals(WU))
            .count();
    open("/?speaker=" + enc(WU) + "&view=quotes");
    assertEquals(WU, driver.findElement(By.id("person-name")).getText());
    assertEquals(his, Long.parseLong(driver.findElement(By.id("quote-total")).getText()));
    for (WebElement hit : quoteHits()) {
      assertEquals(WU, hit.getAttribute("data-speaker"));
    }
  }

  @Test
  void speakerChipOnAResultFiltersTheArticlesByThatSpeaker() {
    open("/?q=" + enc("5G"));
    WebElement chip =
        driver.findElement(By.cssSelector("#hits .speaker-chip[data-speaker='" + WU + "']"));
    chip.click();
    page.awaitDrawn();
    assertTrue(page.chips().contains("发言人：" + WU), page.chips().toString());
    assertFalse(page.hits().isEmpty());
    for (WebElement hit : page.hits()) {
      assertTrue(hit.findElement(By.className("hit-speakers")).getText().contains(WU));
    }
    assertFalse(
        driver.findElements(By.cssSelector("#facet-person .facet-item")).isEmpty(),
        "the person facet is in the sidebar");
  }

  private List<WebElement> quoteHits() {
    return driver.findElements(By.cssSelector("#quote-hits .quote-hit"));
  }

  private void open(String pathAndQuery) {
    browser.open(pathAndQuery);
  }
}
