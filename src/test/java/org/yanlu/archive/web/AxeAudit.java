package org.yanlu.archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the engine of Lighthouse's accessibility audit, run on the page a test has open. The
 * test injects the vendored copy itself: the app never loads it.
 */
final class AxeAudit {
  static final Path SCRIPT = Path.of("web/vendor/axe-core/axe.min.js");

  /**
   * WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices: every rule of Lighthouse's
   * audit (which runs WCAG 2 A and AA and turns on a dozen best practices such as heading order,
   * landmarks and target size), and the remaining best practices besides.
   */
  static final List<String> TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

  private static final String RUN =
      """
      const tags = arguments[0];
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
        .then(r => done(r.violations.map(v => ({
          id: v.id,
          impact: String(v.impact),
          help: v.help,
          nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + n.failureSummary.replace(/\\s+/g, ' '))
        }))))
        .catch(e => done([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}]));
      """;

  private AxeAudit() {}

  /** Fails with every violation, its rule, help text and elements, unless there is none. */
  static void assertNoViolations(WebDriver driver, String view) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
      js.executeScript(script());
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations =
        (List<Map<String, Object>>) js.executeAsyncScript(RUN, TAGS);
    assertEquals(
        List.of(),
        violations.stream().map(v -> v.get("id")).toList(),
        () -> report(view, violations));
  }

  private static String report(String view, List<Map<String, Object>> violations) {
    return "accessibility violations on "
        + view
        + ":\n"
        + violations.stream()
            .map(
                v ->
                    v.get("id")
                        + " ("
                        + v.get("impact")
                        + "): "
                        + v.get("help")
                        + ((List<?>) v.get("nodes"))
                            .stream().map(n -> "\n    " + n).collect(Collectors.joining()))
            .collect(Collectors.joining("\n"));
  }

  private static String script() {
    try {
      return Files.readString(SCRIPT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("the vendored axe-core is missing: " + SCRIPT, e);
    }
  }
}
