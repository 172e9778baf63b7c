// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.crosscheck.audit.output.AuditFiles;
import org.crosscheck.testcases.BrowserFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens {@code report.html} in a real headless Chromium (Debian {@code chromium} + {@code chromium-driver}) and checks
 * what a reader sees: every chart drawn with a size, one dot per tested provider, the flagged table, no console errors
 * and nothing fetched from the network. Leaves a screenshot in {@code target/report-screenshot.png}.
 */
class ReportInBrowserTest {

  private static ChromeDriver browser;
  private static AuditSummary summary;

  @BeforeAll
  static void openReport() throws IOException {
    assumeTrue(BrowserFixture.available(), BrowserFixture.WHY_SKIPPED);
    Path out = Files.createTempDirectory("crosscheck-report");
    summary = new AuditRun(AuditFixtures.evaluator(), 2)
        .run(List.of(AuditFixtures.input()), out, (r, b, t) -> { });
    browser = BrowserFixture.start();
    browser.manage().window().setSize(new Dimension(1100, 900));
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    browser.get(out.resolve(AuditFiles.REPORT).toUri().toString());
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyChartIsDrawnWithASize() {
    for (String id : List.of("funnel-plot", "trend-chart")) {
      WebElement chart = browser.findElement(By.id(id));
      assertThat(chart.isDisplayed()).as(id).isTrue();
      assertThat(chart.getSize().getWidth()).as(id).isGreaterThan(300);
      assertThat(chart.getSize().getHeight()).as(id).isGreaterThan(200);
    }
    // the outcome and tier bars: one labelled segment at least per group
    assertThat(browser.findElements(By.cssSelector("#outcomes rect.segment"))).hasSizeGreaterThan(4);
    assertThat(browser.findElements(By.cssSelector("#tiers rect.segment"))).hasSizeGreaterThan(4);
    assertThat(browser.findElements(By.cssSelector("#reasons rect.bar"))).isNotEmpty();
  }

  @Test
  void theFunnelPlotHasOneDotPerTestedProviderAndTheFlaggedOnesStandOut() {
    assertThat(browser.findElements(By.cssSelector("#funnel-plot circle.provider")))
        .hasSize(summary.providerOutliers().tested());
    assertThat(browser.findElements(By.cssSelector("#funnel-plot circle.flagged")))
        .hasSize(summary.providerOutliers().flagged());
    assertThat(browser.findElements(By.cssSelector("#flagged-providers tbody tr")))
        .hasSize(Math.max(1, summary.providerOutliers().flagged()));
    assertThat(browser.findElements(By.cssSelector("#funnel-plot polyline.limit"))).hasSize(4);
    // every dot lies inside the plot
    for (WebElement dot : browser.findElements(By.cssSelector("#funnel-plot circle.provider"))) {
      double cy = Double.parseDouble(dot.getDomAttribute("cy"));
      assertThat(cy).isBetween(0.0, 400.0);
    }
  }

  @Test
  void theQuarterlyTrendShowsEachQuarter() {
    assertThat(browser.findElements(By.cssSelector("#trend-chart circle.quarter")))
        .hasSize((int) summary.trend().quarters().stream().filter(q -> q.rarelyAppropriate().rate() != null)
            .count());
    assertThat(browser.findElement(By.id("trend")).getText()).contains("Cochran-Armitage");
  }

  @Test
  void theCountsAndTheNationalFiguresAreThere() {
    assertThat(browser.getTitle()).isEqualTo("Crosscheck audit report");
    assertThat(browser.findElement(By.id("counts")).getText()).contains("evaluated").contains("rejected");
    assertThat(browser.findElements(By.cssSelector("#national-table tbody tr"))).hasSizeGreaterThan(5);
    assertThat(browser.findElement(By.id("kappa")).getText()).contains("kappa");
  }

  @Test
  void itLoadsNothingFromTheNetworkAndLogsNoErrors() throws IOException {
    Object resources = ((JavascriptExecutor) browser)
        .executeScript("return performance.getEntriesByType('resource').length");
    assertThat(((Number) resources).intValue()).isZero();
    List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(severe).isEmpty();
    Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(1100, ((Number) height).intValue() + 120));
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    assertThat(png.length).isGreaterThan(10_000);
    Files.write(Path.of("target", "report-screenshot.png"), png);
  }
}
