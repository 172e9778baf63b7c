// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.TestDatabase;
import org.crosscheck.testcases.BrowserFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The collaborative second review in two real headless Chromiums, one per user, against the running
 * service (embedded default): the requester submits a case the criteria hold for review; the
 * reviewer claims it from the workbench and asks for information; the requester reads the request
 * and supplies the data; the reviewer sees what changed and approves; the requester reads and
 * prints the determination letter. Then both pages at phone width, and the figures section.
 * Screenshots go to {@code target/review-loop/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewLoopPageTest {

  private static final Path SCREENSHOTS = Path.of("target", "review-loop");
  private static ChromeDriver requester;
  private static ChromeDriver reviewer;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @BeforeAll
  static void startBrowsers() throws IOException {
    assumeTrue(BrowserFixture.available(), BrowserFixture.WHY_SKIPPED);
    requester = BrowserFixture.start();
    reviewer = BrowserFixture.start();
    requester.manage().window().setSize(new Dimension(1400, 1000));
    reviewer.manage().window().setSize(new Dimension(1400, 1000));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowsers() {
    for (ChromeDriver browser : new ChromeDriver[] {requester, reviewer}) {
      if (browser != null) {
        browser.quit();
      }
    }
  }

  private static Object js(ChromeDriver browser, String script, Object... args) {
    return browser.executeScript(script, args);
  }

  private static void waitFor(ChromeDriver browser, String script, Object... args) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .withMessage(script)
        .until(
            (Function<WebDriver, Boolean>)
                d -> Boolean.TRUE.equals(js(browser, "return !!(" + script + ")", args)));
  }

  private static String text(ChromeDriver browser, String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private void open(ChromeDriver browser, String page, String user) {
    browser.manage().logs().get(LogType.BROWSER); // each test reads only its own console messages
    browser.get("http://localhost:" + port + page);
    waitFor(browser, "document.body.dataset.started === 'true'");
    browser.findElement(By.id("signin-user")).clear();
    browser.findElement(By.id("signin-user")).sendKeys(user);
    browser.findElement(By.id("signin-password")).sendKeys(Http.PASSWORD);
    browser.findElement(By.id("signin-button")).click();
    waitFor(browser, "document.body.dataset.user === arguments[0]", user);
  }

  private static void go(ChromeDriver browser, String hash, String ready) {
    // the same address again reloads its view (the page routes on hashchange)
    js(
        browser,
        "document.body.dataset.ready = ''; if (location.hash === arguments[0]) {"
            + " window.dispatchEvent(new HashChangeEvent('hashchange')); } else { location.hash = arguments[0]; }",
        hash);
    waitFor(browser, "document.body.dataset.ready === 'true' && (" + ready + ")");
  }

  /** The whole page (up to 4,000 px high) as one PNG. */
  private static void screenshot(ChromeDriver browser, String name) {
    Dimension size = browser.manage().window().getSize();
    Number height = (Number) js(browser, "return document.documentElement.scrollHeight");
    browser
        .manage()
        .window()
        .setSize(new Dimension(size.getWidth(), Math.min(4000, height.intValue() + 140)));
    viewport(browser, name);
    browser.manage().window().setSize(size);
  }

  /** What the window shows, as one PNG. */
  private static void viewport(ChromeDriver browser, String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A view for the README: the element at the top of a window 1280 px wide. */
  private static void readmeView(ChromeDriver browser, String elementId, String name, int height) {
    Dimension size = browser.manage().window().getSize();
    browser.manage().window().setSize(new Dimension(1280, height));
    js(browser, "document.getElementById(arguments[0]).scrollIntoView()", elementId);
    viewport(browser, name);
    browser.manage().window().setSize(size);
  }

  private static List<LogEntry> severe(ChromeDriver browser) {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .toList();
  }

  /**
   * Stable one-vessel disease, low-risk test, CCS I, no anti-anginal drug: rarely appropriate (2012
   * row 14).
   */
  private static String namedCase(String caseId, String urgency) {
    return Cases.rarelyAppropriate(caseId, urgency, "npi-42")
        .replace("{\"id\": \"npi-42\"}", "{\"id\": \"npi-42\", \"name\": \"Dr. Ana Rivera\"}")
        .replace(
            "{\"id\": \"fac-01\"}",
            "{\"id\": \"fac-01\", \"name\": \"Riverside General Hospital\"}");
  }

  @Test
  void theWholeLoopWithTwoUsers() {
    String caseId = "loop-" + UUID.randomUUID().toString().substring(0, 8);
    // 1. the requester submits a case the criteria rate rarely appropriate: held for a second
    // review
    open(requester, "/requests", "requester");
    go(requester, "#/new", "!document.getElementById('new-view').hidden");
    js(
        requester,
        "document.getElementById('new-case').value = arguments[0]",
        namedCase(caseId, "ELECTIVE"));
    requester.findElement(By.id("submit-case")).click();
    waitFor(
        requester,
        "document.body.dataset.view === 'request' && document.getElementById('status-headline')");
    assertThat(text(requester, "status-headline")).isEqualTo("In second review");
    String screening = ((String) js(requester, "return location.hash")).replace("#/request/", "");

    // 2. the reviewer finds it on the queue, claims it, opens the case and asks for information
    open(reviewer, "/review", "reviewer");
    waitFor(
        reviewer,
        "Array.from(document.querySelectorAll('#prospective .queue-item'))"
            + ".some(li => li.textContent.includes(arguments[0]))",
        caseId);
    String review =
        (String)
            js(
                reviewer,
                "return Array.from(document.querySelectorAll('#prospective .queue-item'))"
                    + ".find(li => li.textContent.includes(arguments[0])).dataset.review",
                caseId);
    String item = "review-" + review;
    assertThat(text(reviewer, item))
        .contains("PCI (coronary stent), elective, case " + caseId)
        .contains("Rated rarely appropriate")
        .contains("Waiting for a reviewer")
        .doesNotContain("RARELY_APPROPRIATE");
    viewport(reviewer, "1-workbench-queue");
    reviewer.findElement(By.cssSelector("#" + item + " button.claim")).click();
    waitFor(
        reviewer,
        "document.querySelector('#' + arguments[0] + ' .state').textContent.includes('by you')",
        item);
    go(reviewer, "#/review/" + review, "document.getElementById('decision-form')");
    assertThat(text(reviewer, "evaluation"))
        .contains("Held for a second review by another clinician")
        .contains("Rarely appropriate (score 2 of 9)")
        .contains("Table 2, indication 14")
        .contains("How the data were read")
        .contains("angina CCS class I-II");
    assertThat(text(reviewer, "case"))
        .contains("Angina (CCS class)")
        .contains("CCS class I")
        .contains("proximal circumflex: 85% stenosis")
        .contains("SPECT perfusion imaging on Jan 10, 2026; reported low risk");
    assertThat(text(reviewer, "decide-concur")).isEqualTo("Approve the request as submitted");
    assertThat(text(reviewer, "decide-overturn"))
        .isEqualTo("Do not approve: recommend an alternative");
    assertThat(text(reviewer, "decide-request-info"))
        .isEqualTo("Ask the requester for more information");
    js(
        reviewer,
        "document.getElementById('decision-note').value = arguments[0]",
        "Please document the angina class on current therapy and the anti-anginal drugs taken.");
    reviewer.findElement(By.id("ask-presentation-ccsClass")).click();
    reviewer.findElement(By.id("ask-therapy-antianginalClasses")).click();
    assertEveryFieldHasALabel(reviewer);
    screenshot(reviewer, "2-workbench-case-asking");
    readmeView(reviewer, "case-page", "readme-workbench", 1640);
    reviewer.findElement(By.id("decide-request-info")).click();
    waitFor(reviewer, "document.getElementById('waiting-for-requester')");
    assertThat(text(reviewer, "messages"))
        .contains("reviewer asked for more information")
        .contains("Angina (CCS class)")
        .contains("Anti-anginal drug classes taken");

    // 3. the requester sees the request on their list and on the request's page, and supplies the
    // data
    go(
        requester,
        "#/",
        "document.getElementById('request-' + arguments[0])"
            .replace("arguments[0]", "'" + screening + "'"));
    assertThat(text(requester, "request-" + screening))
        .contains("More information requested")
        .contains("reviewer: Please document the angina class");
    screenshot(requester, "3-requests-list-information-requested");
    go(
        requester,
        "#/request/" + screening,
        "document.getElementById('edit-presentation-ccsClass')");
    assertThat(text(requester, "status-headline")).isEqualTo("More information requested");
    assertThat(text(requester, "request-messages"))
        .contains("Please document the angina class")
        .contains("Asked for:")
        .contains("Angina (CCS class)")
        .contains("Anti-anginal drug classes taken");
    requester.findElement(By.cssSelector("#request-messages .asked button")).click();
    assertThat(requester.switchTo().activeElement().getDomAttribute("id"))
        .isEqualTo("edit-presentation-ccsClass");
    new org.openqa.selenium.support.ui.Select(
            requester.findElement(By.id("edit-presentation-ccsClass")))
        .selectByVisibleText("CCS class III");
    requester.findElement(By.id("edit-therapy-antianginalClasses-BETA_BLOCKER")).click();
    assertEveryFieldHasALabel(requester);
    screenshot(requester, "4-requests-supplying");
    requester.findElement(By.id("supply-send")).click();
    waitFor(
        requester, "document.getElementById('status-headline').textContent === 'In second review'");
    assertThat(text(requester, "request-case")).contains("CCS class III").contains("beta-blocker");

    // 4. the review is back with the reviewer, who sees what changed and approves
    go(
        reviewer,
        "#/",
        "document.getElementById(arguments[0])".replace("arguments[0]", "'" + item + "'"));
    assertThat(text(reviewer, item)).contains("Being reviewed by you");
    go(reviewer, "#/review/" + review, "document.getElementById('decision-form')");
    assertThat(text(reviewer, "changes"))
        .contains("Version 2")
        .contains("Angina (CCS class) CCS class I CCS class III")
        .contains("Anti-anginal drug classes taken none beta-blocker");
    js(
        reviewer,
        "document.getElementById('decision-note').value = arguments[0]",
        "CCS class III angina despite a beta-blocker: PCI of the proximal circumflex is reasonable.");
    reviewer.findElement(By.id("decide-concur")).click();
    waitFor(reviewer, "document.getElementById('decided')");
    assertThat(text(reviewer, "letter-decision")).isEqualTo("Approved");
    screenshot(reviewer, "5-workbench-decided");

    // 5. the requester reads the determination letter, which prints alone
    go(requester, "#/request/" + screening, "!document.getElementById('letter-section').hidden");
    assertThat(text(requester, "status-headline")).isEqualTo("Approved after second review");
    assertThat(text(requester, "letter-decision")).isEqualTo("Approved");
    assertThat(text(requester, "letter-reason")).contains("may be appropriate (score 5 of 9)");
    assertThat(text(requester, "letter-criteria")).contains("Table 2, indication 14");
    assertThat(text(requester, "letter-rationale"))
        .isEqualTo(
            "CCS class III angina despite a beta-blocker: PCI of the proximal circumflex is reasonable.");
    js(requester, "document.getElementById('letter').scrollIntoView()");
    viewport(requester, "6-requests-letter");
    requester.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(requester.findElement(By.id("letter")).isDisplayed()).isTrue();
      assertThat(requester.findElement(By.id("request-case")).isDisplayed()).isFalse();
      assertThat(requester.findElement(By.id("signin")).isDisplayed()).isFalse();
      screenshot(requester, "7-letter-printed");
    } finally {
      requester.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    assertThat(severe(requester)).isEmpty();
    assertThat(severe(reviewer)).isEmpty();
    Object foreign =
        js(
            requester,
            "return performance.getEntriesByType('resource')"
                + ".map(r => new URL(r.name).origin).filter(o => o !== location.origin)");
    assertThat((List<?>) foreign).isEmpty();
  }

  @Test
  void aNotApprovedRequestsLetterGivesTheSpecificReasonAndTheAlternative() {
    Http http = new Http(port);
    JsonNode s =
        http.post(
                "/api/v1/screenings",
                "requester",
                namedCase("deny-" + UUID.randomUUID().toString().substring(0, 8), "URGENT"))
            .json();
    String review = s.get("review").get("id").asString();
    open(reviewer, "/review", "reviewer");
    go(reviewer, "#/review/" + review, "document.getElementById('claim-first')");
    reviewer.findElement(By.cssSelector("#case-actions button.claim")).click();
    waitFor(reviewer, "document.getElementById('decision-form')");
    js(
        reviewer,
        "document.getElementById('decision-note').value = arguments[0]",
        "Low-risk stress test and no anti-anginal drug tried: start medical therapy first.");
    reviewer.findElement(By.id("decide-overturn")).click();
    assertThat(text(reviewer, "decision-status"))
        .isEqualTo("Choose the alternative you recommend.");
    new org.openqa.selenium.support.ui.Select(reviewer.findElement(By.id("decision-alternative")))
        .selectByVisibleText("optimal medical therapy");
    reviewer.findElement(By.id("decide-overturn")).click();
    waitFor(reviewer, "document.getElementById('decided')");

    open(requester, "/requests", "requester");
    go(
        requester,
        "#/request/" + s.get("id").asString(),
        "!document.getElementById('letter-section').hidden");
    assertThat(text(requester, "status-headline")).isEqualTo("Not approved");
    assertThat(text(requester, "letter-decision")).isEqualTo("Not approved");
    assertThat(text(requester, "letter"))
        .contains("Specific reason for the decision")
        .contains("rarely appropriate (score 2 of 9)")
        .contains("Low-risk findings on noninvasive testing");
    assertThat(text(requester, "letter-alternative")).isEqualTo("Optimal medical therapy");
    assertThat(text(requester, "letter"))
        .contains("Dr. Ana Rivera (npi-42)")
        .contains("Riverside General Hospital");
    js(requester, "document.getElementById('letter').scrollIntoView()");
    viewport(requester, "8-letter-not-approved");
    readmeView(requester, "letter-section", "readme-letter", 1080);
  }

  @Test
  void atPhoneWidthBothPagesAreOneColumnWithoutHorizontalScrolling() {
    Http http = new Http(port);
    JsonNode s =
        http.post(
                "/api/v1/screenings",
                "requester",
                Cases.rarelyAppropriate(
                    "phone-" + UUID.randomUUID().toString().substring(0, 8), "ELECTIVE", "npi-42"))
            .json();
    String review = s.get("review").get("id").asString();
    http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null);
    http.post(
        "/api/v1/reviews/" + review + "/decision",
        "reviewer",
        "{\"decision\": \"REQUEST_INFO\","
            + " \"note\": \"The FFR of the circumflex lesion, please.\", \"items\": [\"anatomy.lesions\"]}");
    for (ChromeDriver browser : new ChromeDriver[] {reviewer, requester}) {
      browser.manage().window().setSize(new Dimension(390, 844));
    }
    try {
      open(reviewer, "/review", "reviewer");
      waitFor(reviewer, "document.querySelector('#prospective .queue-item')");
      viewport(reviewer, "phone-1-queue");
      assertNoHorizontalScroll(reviewer);
      go(reviewer, "#/review/" + review, "document.getElementById('decision-form')");
      assertThat(
              (String)
                  js(
                      reviewer,
                      "return getComputedStyle(document.querySelector('.case-grid'))"
                          + ".gridTemplateColumns"))
          .doesNotContain(" ");
      assertNoHorizontalScroll(reviewer);
      viewport(reviewer, "phone-2-case");
      js(reviewer, "document.getElementById('decision').scrollIntoView()");
      viewport(reviewer, "phone-3-decision");

      open(requester, "/requests", "requester");
      go(
          requester,
          "#/request/" + s.get("id").asString(),
          "document.getElementById('edit-anatomy-lesions')");
      assertNoHorizontalScroll(requester);
      viewport(requester, "phone-4-request");
      js(requester, "document.getElementById('supply-section').scrollIntoView()");
      viewport(requester, "phone-5-supply");
    } finally {
      for (ChromeDriver browser : new ChromeDriver[] {reviewer, requester}) {
        browser.manage().window().setSize(new Dimension(1400, 1000));
      }
    }
  }

  private static void assertEveryFieldHasALabel(ChromeDriver browser) {
    Object unlabelled =
        js(
            browser,
            "return Array.from(document.querySelectorAll('input, select, textarea'))"
                + ".filter(e => e.offsetParent !== null)"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.id)");
    assertThat((List<?>) unlabelled).isEmpty();
  }

  private static void assertNoHorizontalScroll(ChromeDriver browser) {
    Object widths =
        js(
            browser,
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
    List<?> w = (List<?>) widths;
    assertThat(((Number) w.get(0)).intValue())
        .as("page width at 390 px")
        .isLessThanOrEqualTo(((Number) w.get(1)).intValue());
  }

  @Test
  void theFiguresSectionShowsExpeditedAndStandardDecisions() {
    open(reviewer, "/review", "reviewer");
    go(reviewer, "#/metrics", "document.getElementById('metrics-table')");
    assertThat(text(reviewer, "metrics-table"))
        .contains("Expedited (72 h)")
        .contains("Standard (7 days)")
        .contains("Median time to decision");
    screenshot(reviewer, "9-figures");
  }
}
