// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.crosscheck.api.testsupport.TestDatabase;
import org.crosscheck.testcases.BrowserFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The self-check page in a real headless Chromium against the running service (on the tests'
 * PostgreSQL, {@link TestDatabase}): one browser per test class, the page opened afresh for each
 * test, helpers to fill the form the way a clinician does (by the fields' case paths, which are the
 * form's data-path attributes) and to save screenshots in {@code target/self-check/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PageTestSupport {

  static final Path SCREENSHOTS = Path.of("target", "self-check");
  static final int DESKTOP_WIDTH = 1400;
  static ChromeDriver browser;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    assumeTrue(BrowserFixture.available(), BrowserFixture.WHY_SKIPPED);
    browser = BrowserFixture.start();
    browser.manage().window().setSize(new Dimension(DESKTOP_WIDTH, 1000));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  @BeforeEach
  void open() {
    browser.manage().window().setSize(new Dimension(DESKTOP_WIDTH, 1000));
    // each test reads only its own console messages (a 401 or 400 of another test is expected
    // there)
    browser.manage().logs().get(LogType.BROWSER);
    browser.get("http://localhost:" + port + "/");
    waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  static void waitUntil(Function<WebDriver, Boolean> condition) {
    // the page re-renders the result: an element found a moment ago may be replaced before it is
    // read
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
  }

  static WebElement id(String id) {
    return browser.findElement(By.id(id));
  }

  /**
   * The control of a case field path (data-path), or the "documented?" question of a group or list
   * (data-state-of).
   */
  static WebElement field(String path) {
    return browser.findElement(
        By.cssSelector("[data-path=\"" + path + "\"], [data-state-of=\"" + path + "\"]"));
  }

  static void choose(String path, String value) {
    new Select(field(path)).selectByValue(value);
  }

  static void type(String path, String text) {
    WebElement f = field(path);
    f.clear();
    f.sendKeys(text);
  }

  /** Date inputs take keyboard input in the browser's locale: set them as the page stores them. */
  static void date(String path, String isoDate) {
    js(
        "const f = document.querySelector('[data-path=\"' + arguments[0] + '\"]'); f.value = arguments[1];"
            + " f.dispatchEvent(new Event('input', {bubbles: true}));",
        path,
        isoDate);
  }

  static void tick(String checkboxId) {
    id(checkboxId).click();
  }

  static void signIn() {
    id("signin-user").clear();
    id("signin-user").sendKeys("cardiologist");
    id("signin-password").sendKeys("crosscheck");
    id("signin-button").click();
    waitUntil(d -> id("signin-status").getText().contains("Signed in as cardiologist"));
  }

  static String headline() {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome-headline")));
    return id("outcome-headline").getText();
  }

  /** Checks the plan and waits for a new result. */
  static String check() {
    js(
        "const h = document.getElementById('outcome-headline'); if (h) h.id = 'outcome-headline-old';");
    id("evaluate").click();
    return headline();
  }

  /** Pastes a case and checks it as is. */
  static String checkJson(String json) {
    js(
        "const h = document.getElementById('outcome-headline'); if (h) h.id = 'outcome-headline-old';");
    js("document.getElementById('case-json').value = arguments[0]", json);
    id("check-json").click();
    return headline();
  }

  static void screenshot(String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole page at a width: the window is made as tall as the page for the shot. */
  static void fullPage(String name, int width) {
    browser.manage().window().setSize(new Dimension(width, 1000));
    Object height = js("return document.documentElement.scrollHeight");
    browser
        .manage()
        .window()
        .setSize(new Dimension(width, Math.min(6000, ((Number) height).intValue() + 140)));
    screenshot(name);
    browser.manage().window().setSize(new Dimension(DESKTOP_WIDTH, 1000));
  }

  static void printMedia(boolean on) {
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", on ? "print" : ""));
  }

  /**
   * The text a reader sees in an element (hidden parts, e.g. the codes, are left out by the
   * browser).
   */
  static String visibleText(String elementId) {
    return id(elementId).getText();
  }

  static void assertNoHorizontalScroll() {
    Object widths = js("return [document.documentElement.scrollWidth, window.innerWidth]");
    java.util.List<?> w = (java.util.List<?>) widths;
    assertThat(((Number) w.get(0)).intValue())
        .as("page width at %s px", w.get(1))
        .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
  }
}
