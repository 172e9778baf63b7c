// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Swagger UI in a real headless Chromium: it renders the API without a Content-Security-Policy
 * violation, and its Authorize button works (HTTP Basic, then "Try it out" on the rule sets answers
 * 200). Screenshot in {@code target/swagger-ui/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwaggerUiTest {

  private static ChromeDriver browser;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  @BeforeAll
  static void startBrowser() {
    assumeTrue(BrowserFixture.available(), BrowserFixture.WHY_SKIPPED);
    browser = BrowserFixture.start();
    browser.manage().window().setSize(new Dimension(1400, 1000));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @Test
  void rendersWithoutCspViolationsAndAuthorizeWorks() throws IOException {
    browser.manage().logs().get(LogType.BROWSER);
    browser.get("http://localhost:" + port + "/swagger-ui/index.html");
    waiting()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".opblock-summary-path[data-path='/api/v1/rulesets']")));
    assertThat(browser.findElement(By.cssSelector(".info .title")).getText())
        .contains("Crosscheck API");

    browser.findElement(By.cssSelector(".auth-wrapper .authorize")).click();
    WebElement user =
        waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("input[aria-label='auth-basic-username']")));
    user.sendKeys("reviewer");
    browser
        .findElement(By.cssSelector("input[aria-label='auth-basic-password']"))
        .sendKeys("crosscheck");
    user.findElement(By.xpath("./ancestor::form"))
        .findElement(By.cssSelector("button.authorize"))
        .click();
    waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".modal-ux"), "Authorized"));
    browser.findElement(By.cssSelector(".modal-ux button.btn-done")).click();

    WebElement rulesets =
        browser.findElement(By.cssSelector(".opblock-summary-path[data-path='/api/v1/rulesets']"));
    rulesets.click();
    WebElement operation =
        rulesets.findElement(By.xpath("./ancestor::div[contains(@class,'opblock ')]"));
    waiting().until(d -> operation.findElement(By.cssSelector(".try-out__btn"))).click();
    operation.findElement(By.cssSelector(".execute")).click();
    waiting()
        .until(
            d ->
                !operation
                    .findElements(
                        By.cssSelector(".live-responses-table tbody .response-col_status"))
                    .isEmpty());
    String status =
        operation
            .findElement(By.cssSelector(".live-responses-table tbody .response-col_status"))
            .getText();

    Path shots = Path.of("target", "swagger-ui");
    Files.createDirectories(shots);
    Files.write(
        shots.resolve("authorized-try-it-out.png"), browser.getScreenshotAs(OutputType.BYTES));
    assertThat(status).as("the rule sets with the authorized user").startsWith("200");
    List<LogEntry> csp =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getMessage().contains("Content Security Policy"))
            .toList();
    assertThat(csp).isEmpty();
  }
}
