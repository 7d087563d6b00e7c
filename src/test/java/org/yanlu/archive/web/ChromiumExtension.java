package org.yanlu.archive.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.yanlu.archive.http.ArchiveServerExtension;

/**
 * A JUnit extension that gives one test class a headless Chromium, started before its first test
 * with a throw-away profile and quit after its last, on the pages of the class's archive server:
 *
 * <pre>{@code
 * @RegisterExtension static final ArchiveServerExtension archive = ArchiveServerExtension.corpus();
 * @RegisterExtension static final ChromiumExtension browser = new ChromiumExtension(archive);
 * private final ChromeDriver driver = browser.driver();
 * }</pre>
 *
 * A machine without Chromium fails here rather than skipping: browser tests that pass by not
 * running would hide a broken front end.
 */
final class ChromiumExtension implements BeforeAllCallback, AfterAllCallback {
  private final ArchiveServerExtension archive;
  private Path profile;
  private ChromeDriver driver;

  ChromiumExtension(ArchiveServerExtension archive) {
    this.archive = archive;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    if (!HeadlessChromium.installed()) {
      throw new IllegalStateException(
          "browser tests need "
              + HeadlessChromium.BINARY
              + " and "
              + HeadlessChromium.DRIVER
              + ": run bin/test, which installs them");
    }
    profile =
        Files.createTempDirectory("chromium-" + context.getRequiredTestClass().getSimpleName());
    driver = HeadlessChromium.start(profile, 1280, 900);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      deleteProfile();
    }
  }

  /** The class's browser. */
  ChromeDriver driver() {
    if (driver == null) {
      throw new IllegalStateException("no browser: register the extension on a static field");
    }
    return driver;
  }

  /** Opens a page of the archive and waits until its view is drawn. */
  SearchPage open(String pathAndQuery) {
    driver().get(archive.server().uri(pathAndQuery).toString());
    return new SearchPage(driver).awaitDrawn();
  }

  private void deleteProfile() throws IOException {
    if (profile == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(profile)) {
      // A quitting Chromium may remove a lock file of its own while we walk.
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
