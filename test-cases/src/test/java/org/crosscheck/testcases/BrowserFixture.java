// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium for the browser tests (the audit report, the self-check page): the
 * Debian packages {@code chromium} and {@code chromium-driver} (.ci/run installs them). Without
 * them the tests are skipped, unless {@code CROSSCHECK_REQUIRE_BROWSER=1} (set by .ci/run), where a
 * missing browser fails the build instead of passing quietly.
 */
public final class BrowserFixture {

  public static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium"));
  public static final Path DRIVER =
      Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
  public static final String WHY_SKIPPED =
      "no " + CHROMIUM + " or " + DRIVER + ": apt-get install chromium chromium-driver";

  private BrowserFixture() {}

  /** True when the browser is installed; throws when it is required and missing. */
  public static boolean available() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && "1".equals(System.getenv("CROSSCHECK_REQUIRE_BROWSER"))) {
      throw new IllegalStateException("CROSSCHECK_REQUIRE_BROWSER=1 but " + WHY_SKIPPED);
    }
    return present;
  }

  /**
   * A headless Chromium driven through the system's chromedriver (no download: Selenium Manager is
   * not used).
   */
  public static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--hide-scrollbars",
        "--force-device-scale-factor=1");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }
}
