// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.crosscheck.api.cdshooks.SyntheaCdsIT;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.TestDatabase;
import org.crosscheck.testcases.BrowserFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documentation form's page as a clinician uses it from an order card, in a real headless
 * Chromium against the running service (on the tests' PostgreSQL): a Synthea record's PCI order
 * pends, the card's link opens the page, the clinician signs in and answers one step at a time
 * (choices, numbers, dates, a stenosis list) until the order is rated, at desktop and phone width.
 * Screenshots go to {@code target/questionnaire/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionnairePageTest {

  private static final Path SCREENSHOTS = Path.of("target", "questionnaire");
  private static ChromeDriver browser;

  @LocalServerPort int port;

  /**
   * The tests' PostgreSQL, not the embedded default in the user's home (answers would outlive the
   * run).
   */
  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @BeforeAll
  static void startBrowser() throws Exception {
    assumeTrue(BrowserFixture.available(), BrowserFixture.WHY_SKIPPED);
    browser = BrowserFixture.start();
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** The page of a pending PCI order of the Synthea sample, as its card links it. */
  private String pendingOrderPage(int n) throws Exception {
    // a form's answers stay with their order: each run of the form takes another PCI order of the
    // sample
    ObjectNode request =
        SyntheaCdsIT.requests().stream()
            .filter(
                r ->
                    r.get("context")
                        .get("draftOrders")
                        .get("entry")
                        .get(0)
                        .get("resource")
                        .get("code")
                        .get("coding")
                        .get(0)
                        .get("code")
                        .asString()
                        .equals("92928"))
            .skip(n)
            .findFirst()
            .orElseThrow();
    Http.Response r =
        new Http(port).post("/cds-services/crosscheck-order-sign", null, request.toString());
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    String url = r.json().get("cards").get(0).get("links").get(0).get("url").asString();
    assertThat(url).as(r.body()).contains("/questionnaire/index.html?context=");
    return url;
  }

  private static void shot(String name) throws Exception {
    long height =
        ((Number) browser.executeScript("return document.documentElement.scrollHeight"))
            .longValue();
    Dimension size = browser.manage().window().getSize();
    browser
        .manage()
        .window()
        .setSize(new Dimension(size.width, (int) Math.min(3000, height + 140)));
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  /** Answers every open question of the step the way a clinician would pick a plausible value. */
  private static void answerStep() {
    for (WebElement box : browser.findElements(By.cssSelector("#items > .question"))) {
      answer(box);
    }
  }

  private static void answer(WebElement box) {
    List<WebElement> fieldsets = box.findElements(By.cssSelector(":scope > fieldset"));
    if (!fieldsets.isEmpty()) {
      for (WebElement child : fieldsets.get(0).findElements(By.cssSelector(".question"))) {
        answer(child);
      }
      return;
    }
    List<WebElement> selects = box.findElements(By.cssSelector(":scope > select"));
    List<WebElement> choices = box.findElements(By.cssSelector(":scope > .choices input"));
    List<WebElement> inputs = box.findElements(By.cssSelector(":scope > input"));
    if (!selects.isEmpty()) {
      new Select(selects.get(0)).selectByIndex(2);
    } else if (!choices.isEmpty()) {
      choices.get(Math.min(1, choices.size() - 1)).click();
    } else if (!inputs.isEmpty()) {
      WebElement input = inputs.get(0);
      String type = input.getDomAttribute("type");
      String label = box.getText();
      input.sendKeys(
          type.equals("date")
              ? "06/01/2025"
              : label.contains("stenosis")
                  ? "85"
                  : label.contains("FFR") ? "0.75" : label.contains("ejection") ? "45" : "3");
    }
  }

  @Test
  void aClinicianAnswersTheDecidingQuestionsUntilTheOrderIsRated() throws Exception {
    int run = 0;
    for (int width : new int[] {1280, 390}) {
      String page = pendingOrderPage(run++);
      browser.manage().window().setSize(new Dimension(width, 900));
      browser.manage().logs().get(LogType.BROWSER);
      browser.get(page.replaceFirst("http://[^/]+", "http://localhost:" + port));
      browser.findElement(By.id("signin-password")).sendKeys(Http.PASSWORD);
      browser.findElement(By.id("signin-button")).click();
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
      wait.until(
          d ->
              d.findElement(By.id("step")).isDisplayed()
                  || d.findElement(By.id("result")).isDisplayed());
      String first = browser.findElement(By.id("items")).getText();
      assertThat(first).isNotBlank().doesNotContain("_", "LAD_PROXIMAL", "CCS_");
      shot("first-question-" + width);
      for (int step = 0; step < 8 && browser.findElement(By.id("step")).isDisplayed(); step++) {
        answerStep();
        browser.findElement(By.id("next")).click();
        int before = step;
        wait.until(
            d ->
                !d.findElement(By.id("step")).isDisplayed()
                    || d.findElement(By.id("answered-list")).findElements(By.tagName("li")).size()
                        > before);
      }
      wait.until(d -> d.findElement(By.id("result")).isDisplayed());
      assertThat(browser.findElement(By.id("problem")).isDisplayed()).isFalse();
      String outcome = browser.findElement(By.id("result-outcome")).getText();
      assertThat(outcome).startsWith("Rated:");
      assertThat(browser.findElement(By.id("result-coverage")).getText())
          .contains("Prior authorization");
      assertThat(browser.findElement(By.id("answered-list")).getText()).isNotBlank();
      shot("result-" + width);
      assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
          .noneMatch(e -> e.getLevel().intValue() >= Level.SEVERE.intValue());
    }
  }

  @Test
  void aPageWithoutAContextSaysWhereItIsOpenedFrom() {
    browser.manage().window().setSize(new Dimension(1280, 700));
    browser.get("http://localhost:" + port + "/questionnaire/index.html");
    assertThat(browser.findElement(By.id("problem")).getText())
        .contains("opened from an order card");
    assertThat(browser.findElement(By.id("signin-button")).isEnabled()).isFalse();
  }
}
