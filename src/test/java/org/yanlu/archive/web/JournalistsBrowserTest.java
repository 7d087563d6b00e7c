package org.yanlu.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yanlu.archive.http.ArchiveServer.enc;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.yanlu.archive.cli.Main;
import org.yanlu.archive.http.ArchiveServerExtension;

/**
 * A journalist's tools in headless Chromium against a real server: a saved search kept in the
 * browser counts the articles added since it was last opened (before and after a real {@code index
 * --add}, across a reload and a restart of the server) and opens with them marked new; a pasted
 * list of names becomes a table of totals and outlets, each row linking to its search, and a CSV.
 */
class JournalistsBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final ArchiveServerExtension archive = ArchiveServerExtension.corpus().live();

  @RegisterExtension static final ChromiumExtension browser = new ChromiumExtension(archive);
  private final ChromeDriver driver = browser.driver();

  @Test
  void aSavedSearchCountsWhatWasAddedSinceItWasOpenedAcrossAReloadAndARestart() throws Exception {
    SearchPage page = open("/?q=5G");
    driver.findElement(By.id("save-search")).click();
    WebElement name = driver.findElement(By.id("save-name"));
    assertEquals("5G", name.getAttribute("value"), "named after its query at first");
    name.clear();
    name.sendKeys("5G 观察");
    driver.findElement(By.id("save-confirm")).click();
    waitFor().until(d -> d.findElement(By.id("save-note")).getText().contains("已保存"));

    open("/?view=saved");
    assertEquals("saved", page.view());
    WebElement saved = onlySavedSearch();
    assertEquals("5G 观察", saved.findElement(By.className("saved-name")).getText());
    assertEquals("0", saved.getAttribute("data-new"), "nothing new when just saved");
    assertTrue(
        saved
            .findElement(By.className("saved-feed"))
            .getAttribute("href")
            .endsWith("/api/feed?q=5G"));

    Path file = archive.work().resolve("new-5g.jsonl");
    Files.writeString(
        file,
        JSON.writeValueAsString(
                Map.of(
                    "id", "saved-new-5g",
                    "title", "洛阳5G智慧矿山投入生产",
                    "source", "洛阳日报",
                    "date", "2020-11-25",
                    "text", "洛阳5G智慧矿山今日投入生产，井下无人驾驶矿车往来。"))
            + "\n"
            + JSON.writeValueAsString(
                Map.of(
                    "id", "saved-other",
                    "title", "郑州地铁新线开通",
                    "source", "郑州日报",
                    "date", "2020-11-25",
                    "text", "郑州地铁新线今日开通运营。"))
            + "\n",
        StandardCharsets.UTF_8);
    assertEquals(0, cli("index", "--add", file.toString(), "--index", archive.index().toString()));
    waitFor()
        .until(
            d -> {
              d.navigate().refresh();
              new SearchPage(d).awaitDrawn();
              return "1".equals(onlySavedSearch().getAttribute("data-new"));
            });
    assertTrue(onlySavedSearch().getText().contains("1 篇新增"), onlySavedSearch().getText());

    archive.restart();
    open("/?view=saved");
    assertEquals("1", onlySavedSearch().getAttribute("data-new"), "kept across a restart");

    onlySavedSearch().findElement(By.className("saved-name")).click();
    waitFor().until(d -> d.getCurrentUrl().contains("new="));
    page.awaitDrawn();
    assertEquals("search", page.view());
    List<String> marked =
        driver.findElements(By.cssSelector("#hits .hit.new")).stream()
            .map(h -> h.getAttribute("data-id"))
            .toList();
    assertEquals(List.of("saved-new-5g"), marked, "the article added since is marked new");
    assertTrue(page.hitIds().size() > 1, "among the search's other hits");

    driver.findElement(By.cssSelector("#summary .only-new")).click();
    waitFor().until(d -> d.getCurrentUrl().contains("since="));
    page.awaitDrawn();
    assertEquals(List.of("saved-new-5g"), page.hitIds(), "only the new ones");

    open("/?view=saved");
    assertEquals("0", onlySavedSearch().getAttribute("data-new"), "opening it read them");
  }

  @Test
  void aPastedListGivesATableOfTotalsAndOutletsWithRowLinksAndACsv() throws Exception {
    SearchPage page = open("/?view=batch");
    assertEquals("batch", page.view());
    WebElement input = driver.findElement(By.id("batch-input"));
    input.clear();
    input.sendKeys("扶贫\n\n\"不成对\n5G\n");
    driver.findElement(By.id("batch-run")).click();
    waitFor().until(d -> d.findElements(By.cssSelector("#batch-table .batch-row")).size() == 3);
    List<WebElement> rows = driver.findElements(By.cssSelector("#batch-table .batch-row"));
    assertEquals(
        List.of("扶贫", "\"不成对", "5G"),
        rows.stream().map(r -> r.getAttribute("data-query")).toList());
    long total = total("扶贫");
    assertEquals(String.valueOf(total), rows.get(0).getAttribute("data-total"));
    assertTrue(rows.get(1).getAttribute("class").contains("error"), "its own error");
    assertFalse(rows.get(2).findElements(By.className("batch-outlet")).isEmpty(), "outlets");

    rows.get(0).findElement(By.tagName("a")).click();
    waitFor().until(d -> d.getCurrentUrl().contains("q=" + enc("扶贫")));
    page.awaitDrawn();
    assertEquals("search", page.view());
    assertEquals(total, page.total());
    driver.navigate().back();
    page.awaitDrawn();
    assertEquals(3, driver.findElements(By.cssSelector("#batch-table .batch-row")).size(), "kept");

    Path downloads = Files.createDirectories(archive.work().resolve("downloads"));
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    driver.findElement(By.id("batch-csv")).click();
    Path downloaded = downloads.resolve("yanlu-batch.csv");
    waitFor().until(d -> Files.isRegularFile(downloaded));
    String csv = Files.readString(downloaded, StandardCharsets.UTF_8);
    List<String> lines = csv.replace("\uFEFF", "").lines().toList();
    assertEquals("query,total,rank,id,title,source,date,error", lines.get(0));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("扶贫," + total + ",1,")), csv);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"\"\"不成对\",,")), csv);
  }

  private WebElement onlySavedSearch() {
    List<WebElement> items = driver.findElements(By.cssSelector("#saved-list .saved-item"));
    assertEquals(1, items.size());
    return items.get(0);
  }

  private static long total(String query) throws Exception {
    return JSON.readTree(archive.server().get("/api/search?q=" + enc(query)).body())
        .get("total")
        .asLong();
  }

  private static SearchPage open(String path) {
    return browser.open(path);
  }

  private WebDriverWait waitFor() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  private static int cli(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return Main.run(List.of(args), new PrintStream(out, true, "UTF-8"), new PrintStream(out));
  }
}
