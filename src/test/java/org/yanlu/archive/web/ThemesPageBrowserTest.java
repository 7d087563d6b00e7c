package org.yanlu.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.yanlu.archive.http.ArchiveServer.enc;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yanlu.archive.http.ArchiveServerExtension;

/** The themes page and the compare view in headless Chromium against a real server. */
class ThemesPageBrowserTest {
  @RegisterExtension static final ArchiveServerExtension archive = ArchiveServerExtension.corpus();
  @RegisterExtension static final ChromiumExtension browser = new ChromiumExtension(archive);
  private final ChromeDriver driver = browser.driver();
  private final SearchPage page = new SearchPage(driver);

  @Test
  void themesPageDrawsAChartWithACurvePerTheme() {
    open("/?view=themes");
    assertEquals("trends", page.view());
    assertEquals(10L, script("return Chart.getChart('trend-chart').data.datasets.length;"));
    assertEquals(5L, script("return Chart.getChart('trend-chart').data.datasets[0].data.length;"));
    assertEquals(10, driver.findElements(By.cssSelector("#themes-table tbody tr")).size());
  }

  @Test
  void theChartLibraryRunsUnderTheContentSecurityPolicyWithoutErrors() {
    driver.manage().logs().get("browser");
    open("/?view=themes");
    List<String> severe =
        driver.manage().logs().get("browser").getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .toList();
    assertEquals(List.of(), severe);
  }

  @Test
  void aTableCellOpensTheSearchOfThatThemeAndMonth() {
    open("/?view=themes");
    WebElement cell =
        driver.findElement(
            By.cssSelector("#themes-table tr[data-theme='5G'] td[data-month='2020-10'] a"));
    long shown = Long.parseLong(cell.getText());
    cell.click();
    page.awaitDrawn();
    assertEquals("search", page.view());
    Map<String, List<String>> params = params(driver.getCurrentUrl());
    assertEquals(List.of("5G"), params.get("theme"));
    assertEquals(List.of("2020-10"), params.get("month"));
    assertEquals(shown, page.total());
  }

  @Test
  void aChartPointOpensTheSearchOfThatThemeAndMonth() {
    open("/?view=themes");
    // The point of the first curve (5G) for 2020-10, the fourth month of the archive, once the
    // responsive chart has stopped resizing to the page laid out around it.
    Map<String, Object> point = settled(this::firstCurvesFourthPoint);
    WebElement canvas = driver.findElement(By.id("trend-chart"));
    new Actions(driver)
        .moveToElement(
            canvas,
            (int) Math.round(((Number) point.get("x")).doubleValue()),
            (int) Math.round(((Number) point.get("y")).doubleValue()))
        .click()
        .perform();
    page.awaitDrawn();
    assertEquals("search", page.view());
    Map<String, List<String>> params = params(driver.getCurrentUrl());
    assertEquals(List.of("5G"), params.get("theme"));
    assertEquals(List.of("2020-10"), params.get("month"));
    assertEquals(((Number) point.get("count")).longValue(), page.total());
  }

  @Test
  void compareViewDrawsACurvePerQueryAndKeepsThemInTheUrl() {
    open("/?view=compare");
    List<WebElement> inputs = driver.findElements(By.cssSelector("#compare-form input"));
    inputs.get(0).sendKeys("5G");
    inputs.get(1).sendKeys("人工智能 OR AI", Keys.ENTER);
    page.awaitDrawn();
    Map<String, List<String>> params = params(driver.getCurrentUrl());
    assertEquals(List.of("compare"), params.get("view"));
    assertEquals(List.of("5G", "人工智能 OR AI"), params.get("q"));
    assertEquals(2L, script("return Chart.getChart('trend-chart').data.datasets.length;"));

    driver.navigate().refresh();
    page.awaitDrawn();
    assertEquals(2L, script("return Chart.getChart('trend-chart').data.datasets.length;"));
    assertEquals(
        "人工智能 OR AI",
        driver.findElements(By.cssSelector("#compare-form input")).get(1).getAttribute("value"));
  }

  @Test
  void aCompareCellOpensTheSearchOfThatQueryAndMonth() {
    open("/?view=compare&q=" + enc("5G") + "&q=" + enc("扶贫") + "&interval=month");
    WebElement link =
        driver.findElement(By.xpath("//table[@id='compare-table']//tr[th='2020-10']/td[2]/a"));
    long shown = Long.parseLong(link.getText());
    link.click();
    page.awaitDrawn();
    Map<String, List<String>> params = params(driver.getCurrentUrl());
    assertEquals(List.of("5G"), params.get("q"));
    assertEquals(List.of("2020-10"), params.get("month"));
    assertEquals(shown, page.total());
  }

  @Test
  void theThemesAndCompareViewsNavigateInThePageWithoutLoadingItAgain() {
    open("/?view=themes");
    // A page load would drop this mark; navigating in the page keeps it.
    script("window.sameDocument = true;");
    driver.findElement(By.cssSelector("a[href='/?view=compare']")).click();
    page.awaitDrawn();
    List<WebElement> inputs = driver.findElements(By.cssSelector("#compare-form input"));
    inputs.get(0).sendKeys("5G");
    inputs.get(1).sendKeys("数字中国", Keys.ENTER);
    page.awaitDrawn();
    assertEquals(List.of("5G", "数字中国"), params(driver.getCurrentUrl()).get("q"));
    Map<String, Object> point = settled(this::firstCurvesFourthPoint);
    WebElement canvas = driver.findElement(By.id("trend-chart"));
    new Actions(driver)
        .moveToElement(
            canvas,
            (int) Math.round(((Number) point.get("x")).doubleValue()),
            (int) Math.round(((Number) point.get("y")).doubleValue()))
        .click()
        .perform();
    page.awaitDrawn();
    assertEquals("search", page.view());
    assertEquals(Boolean.TRUE, script("return window.sameDocument === true;"));
    driver.navigate().back();
    page.awaitDrawn();
    assertEquals(List.of("compare"), params(driver.getCurrentUrl()).get("view"));
    assertEquals(Boolean.TRUE, script("return window.sameDocument === true;"));
  }

  private Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> firstCurvesFourthPoint() {
    return (Map<String, Object>)
        script(
            "const c = Chart.getChart('trend-chart'); const p = c.getDatasetMeta(0).data[3];"
                + " const r = c.canvas.getBoundingClientRect();"
                + " return {x: p.x - r.width / 2, y: p.y - r.height / 2,"
                + " count: c.data.datasets[0].data[3]};");
  }

  /** A value read from the page once two reads in a row agree. */
  private <T> T settled(Supplier<T> read) {
    Object[] last = new Object[1];
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d -> {
              T now = read.get();
              boolean same = now.equals(last[0]);
              last[0] = now;
              return same ? now : null;
            });
  }

  private void open(String pathAndQuery) {
    browser.open(pathAndQuery);
  }

  private static Map<String, List<String>> params(String url) {
    String query = URI.create(url).getRawQuery();
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      out.computeIfAbsent(decode(kv[0]), k -> new java.util.ArrayList<>())
          .add(decode(kv.length > 1 ? kv[1] : ""));
    }
    return out;
  }

  private static String decode(String s) {
    return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
