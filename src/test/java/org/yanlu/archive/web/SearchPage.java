package org.yanlu.archive.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The front end as a test sees it: what is on screen, and waiting until a view is drawn. */
final class SearchPage {
  private final WebDriver driver;
  private final WebDriverWait wait;

  SearchPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /**
   * Waits until the page has drawn the view of the URL in the address bar: app.js records the URL
   * it finished drawing on {@code #main}, so this cannot mistake the previous view for the next.
   */
  SearchPage awaitDrawn() {
    wait.until(
        d ->
            (Boolean)
                ((JavascriptExecutor) d)
                    .executeScript(
                        "const m = document.getElementById('main'); return m.dataset.state !=="
                            + " 'loading' && m.dataset.renderedUrl === location.pathname +"
                            + " location.search;"));
    return this;
  }

  String view() {
    return driver.findElement(By.tagName("body")).getAttribute("data-view");
  }

  String state() {
    return driver.findElement(By.id("main")).getAttribute("data-state");
  }

  long total() {
    return Long.parseLong(driver.findElement(By.id("total")).getText().replace(",", ""));
  }

  List<WebElement> hits() {
    return driver.findElements(By.cssSelector("#hits .hit"));
  }

  List<String> hitIds() {
    return hits().stream().map(h -> h.getAttribute("data-id")).toList();
  }

  List<WebElement> sourceFacetItems() {
    return driver.findElements(By.cssSelector("#facet-source .facet-item"));
  }

  List<WebElement> monthCounts() {
    return driver.findElements(By.cssSelector("#facet-month .month:not(.gap) .month-count"));
  }

  List<String> chips() {
    return driver.findElements(By.cssSelector("#chips .chip span")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
