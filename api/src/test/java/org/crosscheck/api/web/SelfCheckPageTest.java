// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.crosscheck.api.TestDatabase;
import org.crosscheck.testcases.BrowserFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The self-check page as a cardiologist uses it, in a real headless Chromium against the running service (on the
 * tests' PostgreSQL, {@link TestDatabase}): fill a case in clinical terms, see the rating with its citation, apply a
 * what-if with one click, see a bad value marked at its field (as typed, and from the server's problem+json), paste
 * a case, print. Screenshots go to {@code target/self-check/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SelfCheckPageTest {

  private static final Path SCREENSHOTS = Path.of("target", "self-check");
  private static ChromeDriver browser;

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    assumeTrue(BrowserFixture.available(), BrowserFixture.WHY_SKIPPED);
    browser = BrowserFixture.start();
    browser.manage().window().setSize(new Dimension(1400, 1000));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void open() {
    // each test reads only its own console messages (a 401 or 400 of another test is expected there)
    browser.manage().logs().get(LogType.BROWSER);
    browser.get("http://localhost:" + port + "/");
    waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  @AfterEach
  void screenshot(TestInfo test) throws IOException {
    if (browser != null) {
      Object height = js("return document.documentElement.scrollHeight");
      browser.manage().window().setSize(new Dimension(1400, Math.min(4000, ((Number) height).intValue() + 140)));
      Files.write(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"),
          browser.getScreenshotAs(OutputType.BYTES));
      browser.manage().window().setSize(new Dimension(1400, 1000));
    }
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static void waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
    // the page re-renders the result: an element found a moment ago may be replaced before it is read
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition::apply);
  }

  private static WebElement id(String id) {
    return browser.findElement(By.id(id));
  }

  private static void select(String id, String value) {
    new Select(id(id)).selectByValue(value);
  }

  private static void type(String id, String text) {
    WebElement field = id(id);
    field.clear();
    field.sendKeys(text);
  }

  private static void signIn() {
    type("signin-user", "cardiologist");
    type("signin-password", "crosscheck");
    id("signin-button").click();
    waitUntil(d -> id("signin-status").getText().contains("Signed in as cardiologist"));
  }

  private static String headline() {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("outcome-headline")));
    return id("outcome-headline").getText();
  }

  /** Stable angina on one anti-anginal drug, an intermediate-risk SPECT, one significant LCX lesion: 2012 row 16. */
  private static void fillStableOneVesselCase() {
    // date inputs take keyboard input in the browser's locale: set them as the page stores them
    js("document.getElementById('f-asOf').value = '2026-03-01'");
    select("f-procedure", "PCI");
    select("f-urgency", "ELECTIVE");
    id("f-target-LCX_PROXIMAL").click();
    type("f-age", "64");
    select("f-sex", "male");
    type("f-lvef", "60");
    select("f-setting", "STABLE");
    select("f-ccs", "2");
    select("f-therapy-known", "yes");
    id("f-class-BETA_BLOCKER").click();
    select("f-stress-known", "done");
    select("f-modality", "SPECT_MPI");
    js("document.getElementById('f-stress-date').value = '2026-02-01'");
    select("f-risk", "INTERMEDIATE");
    select("f-anatomy-known", "yes");
    select("f-anatomy-source", "INVASIVE_ANGIOGRAPHY");
    id("add-lesion").click();
    select("f-lesion-0-segment", "LCX_PROXIMAL");
    type("f-lesion-0-stenosis", "80");
  }

  @Test
  void aCaseFilledInClinicalTermsGetsItsRatingCitationAndReasons() {
    signIn();
    fillStableOneVesselCase();
    id("evaluate").click();
    assertThat(headline()).isEqualTo("A second review by another clinician is needed");
    assertThat(id("outcome-rating").getText()).isEqualTo("PCI is rated may be appropriate (uncertain).");
    assertThat(id("findings").getText()).contains("U (5): may be appropriate")
        .contains("Patel MR et al. J Am Coll Cardiol 2012;59:857-81, Table 2, indication 16");
    assertThat(id("reasons").getText()).contains("may be appropriate");
    assertThat(id("derived").getText()).contains("noninvasive risk").contains("intermediate");
    // the view at the top of the page, as a clinician sees it (the README's screenshot comes from here)
    js("window.scrollTo(0, 0)");
    try {
      Files.write(SCREENSHOTS.resolve("result-in-view.png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aWhatIfAppliesToTheFormWithOneClickAndChangesTheResult() {
    signIn();
    fillStableOneVesselCase();
    id("evaluate").click();
    headline();
    WebElement item = browser.findElements(By.cssSelector("#whatifs li")).stream()
        .filter(li -> li.getText().contains("maximal anti-ischemic therapy")).findFirst().orElseThrow();
    assertThat(item.getText()).contains("no second review needed, rated appropriate");
    item.findElement(By.cssSelector("button.apply")).click();
    waitUntil(d -> id("outcome-headline").getText().equals("No second review needed"));
    assertThat(id("outcome-rating").getText()).isEqualTo("PCI is rated appropriate.");
    assertThat(id("findings").getText()).contains("indication 17");
    // the form now shows the change: two anti-anginal classes
    assertThat(browser.findElements(By.cssSelector("#f-classes input:checked"))).hasSize(2);
  }

  @Test
  void aBadValueIsMarkedAtItsFieldAsTypedAndFromTheServer() {
    signIn();
    fillStableOneVesselCase();
    type("f-lesion-0-stenosis", "150");
    assertThat(id("f-lesion-0-stenosis-error").getText()).isEqualTo("Must be between 0 and 100.");
    assertThat(id("f-lesion-0-stenosis").getDomAttribute("aria-invalid")).isEqualTo("true");
    id("evaluate").click();
    assertThat(id("form-status").getText()).contains("1 field(s) need attention");
    assertThat(id("result").isDisplayed()).isFalse();

    // a rule only the server knows: a chronic total occlusion is a 100% lesion
    type("f-lesion-0-stenosis", "80");
    assertThat(id("f-lesion-0-stenosis-error").getText()).isEmpty();
    id("f-lesion-0-cto").click();
    id("evaluate").click();
    waitUntil(d -> !id("f-lesion-0-stenosis-error").getText().isEmpty());
    assertThat(id("f-lesion-0-stenosis-error").getText()).contains("a chronic total occlusion is 100%, got 80");
    assertThat(id("form-status").getText()).contains("Invalid case");
  }

  @Test
  void aPastedCaseIsCheckedAsIs() throws IOException {
    signIn();
    String json = Files.readString(Path.of("..", "docs", "examples", "pci-stable-two-vessel.json"));
    js("document.getElementById('case-json').value = arguments[0]", json);
    id("check-json").click();
    assertThat(headline()).isEqualTo("No second review needed");
    assertThat(id("findings").getText()).contains("Table 2, indication 41");
    // the form shows the pasted case
    assertThat(new Select(id("f-setting")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("STABLE");
    assertThat(browser.findElements(By.cssSelector("#lesions tbody tr"))).isNotEmpty();
  }

  @Test
  void withoutSigningInOrWithAWrongPasswordThePageSaysSoWithoutABrowserDialog() {
    fillStableOneVesselCase();
    id("evaluate").click();
    assertThat(id("form-status").getText()).contains("Sign in first");
    type("signin-password", "wrong");
    id("signin-button").click();
    id("evaluate").click();
    waitUntil(d -> id("signin-status").getText().contains("not accepted"));
    assertThat(id("result").isDisplayed()).isFalse();
  }

  @Test
  void theKeyboardAloneCanCheckAPlanAndEveryFieldHasALabel() {
    signIn();
    fillStableOneVesselCase();
    id("f-lvef").sendKeys(Keys.ENTER);
    assertThat(headline()).isNotEmpty();
    // focus moves to the result for screen readers
    assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("result-title");
    Object unlabelled = js("return Array.from(document.querySelectorAll('input, select, textarea'))"
        + ".filter(e => e.offsetParent !== null)"
        + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))"
        + ".map(e => e.id)");
    assertThat((List<?>) unlabelled).isEmpty();
  }

  @Test
  void nothingComesFromTheInternetAndNothingFailsInTheConsole() {
    signIn();
    fillStableOneVesselCase();
    id("evaluate").click();
    headline();
    Object origins = js("return performance.getEntriesByType('resource').map(r => new URL(r.name).origin)"
        + ".filter(o => o !== location.origin)");
    assertThat((List<?>) origins).isEmpty();
    List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(severe).isEmpty();
  }

  @Test
  void thePrintViewShowsTheResultWithoutTheForm() {
    signIn();
    fillStableOneVesselCase();
    id("evaluate").click();
    headline();
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(id("case-form").isDisplayed()).isFalse();
      assertThat(id("result").isDisplayed()).isTrue();
      assertThat(id("print-footer").getText()).contains("revasc-auc-2012");
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }
}
