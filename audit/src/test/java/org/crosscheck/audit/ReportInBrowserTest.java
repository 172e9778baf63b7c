// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.crosscheck.audit.output.AuditFiles;
import org.crosscheck.testcases.BrowserFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
 * Opens {@code report.html} in a real headless Chromium (Debian {@code chromium} + {@code
 * chromium-driver}) and checks what a quality officer sees: every chart drawn with a size and a
 * legend entry for every mark, the funnel fitted to the providers' volumes with smooth limits and
 * the flagged providers named, a sortable table of every provider and facility, why imaging
 * requests are held, the national figures with their years, clinical words instead of codes, no
 * console errors and nothing fetched. Screenshots in {@code target/report/} (and {@code
 * target/report-screenshot.png}).
 */
class ReportInBrowserTest {

  private static final Path SHOTS = Path.of("target", "report");
  private static ChromeDriver browser;
  private static AuditSummary summary;
  private static String url;

  @BeforeAll
  static void openReport() throws IOException {
    assumeTrue(BrowserFixture.available(), BrowserFixture.WHY_SKIPPED);
    Path out = Files.createTempDirectory("crosscheck-report");
    summary =
        new AuditRun(AuditFixtures.evaluator(), 2)
            .run(List.of(AuditFixtures.input()), out, (r, b, t) -> {});
    browser = BrowserFixture.start();
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    url = out.resolve(AuditFiles.REPORT).toUri().toString();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void load() {
    browser.manage().window().setSize(new Dimension(1100, 900));
    browser.get(url);
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static void shot(String name, String sectionId) throws IOException {
    js("document.getElementById(arguments[0]).scrollIntoView()", sectionId);
    Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void everyChartIsDrawnWithASizeAndALegendForEveryMark() {
    for (String id : List.of("funnel-plot", "trend-chart")) {
      WebElement chart = browser.findElement(By.id(id));
      assertThat(chart.isDisplayed()).as(id).isTrue();
      assertThat(chart.getSize().getWidth()).as(id).isGreaterThan(300);
      assertThat(chart.getSize().getHeight()).as(id).isGreaterThan(200);
    }
    assertThat(browser.findElements(By.cssSelector("#reasons rect.bar"))).isNotEmpty();
    // the tier bars: every kind of segment drawn has its legend entry, inside the chart
    for (String section : List.of("outcomes", "tiers")) {
      @SuppressWarnings("unchecked")
      List<String> drawn =
          (List<String>)
              js(
                  "return Array.from(new Set(Array.from(document.querySelectorAll("
                      + "'#' + arguments[0] + ' rect.segment')).map(r => r.getAttribute('fill'))))",
                  section);
      @SuppressWarnings("unchecked")
      List<String> keyed =
          (List<String>)
              js(
                  "return Array.from(document.querySelectorAll('#' + arguments[0]"
                      + " + ' .legend-item rect')).map(r => r.getAttribute('fill'))",
                  section);
      assertThat(keyed).as(section).containsExactlyInAnyOrderElementsOf(drawn);
      Object outside =
          js(
              "const svg = document.querySelector('#' + arguments[0] + ' svg').getBoundingClientRect();"
                  + " return Array.from(document.querySelectorAll('#' + arguments[0] + ' .legend-item'))"
                  + ".filter(g => g.getBoundingClientRect().right > svg.right + 1).length",
              section);
      assertThat(((Number) outside).intValue())
          .as("legend entries outside the %s chart", section)
          .isZero();
    }
  }

  @Test
  void theFunnelIsFittedToTheProvidersWithSmoothLimitsAndTheFlaggedOnesNamed() throws IOException {
    AuditSummary.Outliers o = summary.providerOutliers();
    assertThat(browser.findElements(By.cssSelector("#funnel-plot circle.provider")))
        .hasSize(o.tested());
    assertThat(browser.findElements(By.cssSelector("#funnel-plot circle.flagged")))
        .hasSize(o.flagged());
    assertThat(o.flagged()).as("the synthetic population has outlying providers").isPositive();
    assertThat(
            browser.findElements(By.cssSelector("#funnel-plot text.point-label")).stream()
                .map(WebElement::getText)
                .toList())
        .containsExactlyInAnyOrderElementsOf(
            o.providers().stream().filter(t -> t.flagged()).map(t -> t.id()).toList());
    assertThat(browser.findElements(By.cssSelector("#funnel-plot polyline.limit"))).hasSize(4);
    // the x axis starts near the smallest volume, not at 0, when all volumes are far from 0
    long min = o.providers().stream().mapToLong(t -> t.proportion().total()).min().orElseThrow();
    long max = o.providers().stream().mapToLong(t -> t.proportion().total()).max().orElseThrow();
    long firstTick =
        Long.parseLong(
            browser
                .findElements(By.cssSelector("#funnel-plot text.tick"))
                .get(0)
                .getText()
                .replace(",", ""));
    assertThat(firstTick).isLessThanOrEqualTo(min);
    if (min > 0.3 * max) {
      assertThat(firstTick).isGreaterThan(0);
    }
    // smooth limits: many points, no vertical steps between neighbours
    String points =
        browser
            .findElements(By.cssSelector("#funnel-plot polyline.limit"))
            .get(0)
            .getDomAttribute("points");
    String[] p = points.trim().split(" ");
    assertThat(p.length).isGreaterThan(10);
    for (int i = 1; i < p.length; i++) {
      double dy =
          Math.abs(
              Double.parseDouble(p[i].split(",")[1]) - Double.parseDouble(p[i - 1].split(",")[1]));
      double dx =
          Double.parseDouble(p[i].split(",")[0]) - Double.parseDouble(p[i - 1].split(",")[0]);
      assertThat(dx).isGreaterThanOrEqualTo(0);
      assertThat(dy).as("limit segment %d", i).isLessThan(Math.max(4, 3 * dx));
    }
    // four kinds of marks, four distinct swatches: two dots, three line styles
    @SuppressWarnings("unchecked")
    List<String> swatches =
        (List<String>)
            js(
                "return Array.from(document.querySelectorAll('#funnel-plot"
                    + " .legend-item')).map(g => g.dataset.kind + ' ' + (g.firstElementChild.getAttribute('stroke')"
                    + " || g.firstElementChild.getAttribute('fill')) + ' ' + g.firstElementChild.getAttribute('stroke-dasharray'))");
    assertThat(swatches).hasSize(5).doesNotHaveDuplicates();
    assertThat(browser.findElement(By.id("trend")).getText())
        .contains("Cochran-Armitage")
        .doesNotContain("= <")
        .containsPattern("p (<|=) 0\\.\\d+");
    shot("funnel", "funnel");
  }

  @Test
  void everyProviderAndFacilityIsListedWithItsRateIntervalAndBenchmarkAndSorts()
      throws IOException {
    List<WebElement> rows = browser.findElements(By.cssSelector("#provider-table tbody tr"));
    assertThat(rows).hasSize(summary.byProvider().size());
    assertThat(browser.findElements(By.cssSelector("#facility-table tbody tr")))
        .hasSize(summary.byFacility().size());
    assertThat(browser.findElements(By.cssSelector("#provider-table tbody tr.flagged")))
        .hasSize(summary.providerOutliers().flagged());
    String pooled =
        String.format(
            java.util.Locale.ROOT, "%.1f%%", 100 * summary.providerOutliers().pooled().rate());
    assertThat(rows.get(0).getText()).contains(pooled).contains("flagged").contains("–");
    // sort by rate, then again to reverse
    WebElement rate =
        browser.findElement(
            By.xpath(
                "//table[@id='provider-table']//th[.//button[normalize-space(.)"
                    + "='Rate']]//button"));
    rate.click();
    List<Double> ascending = rates();
    assertThat(ascending).isSorted();
    rate.click();
    List<Double> descending = rates();
    assertThat(descending.get(0)).isGreaterThanOrEqualTo(descending.get(descending.size() - 1));
    assertThat(
            browser
                .findElement(
                    By.xpath(
                        "//table[@id='provider-table']//th[.//button[normalize-space(.)='Rate']]"))
                .getDomAttribute("aria-sort"))
        .isEqualTo("descending");
    shot("provider-table", "providers");
  }

  private static List<Double> rates() {
    @SuppressWarnings("unchecked")
    List<String> keys =
        (List<String>)
            js(
                "return Array.from(document.querySelectorAll('#provider-table tbody tr'))"
                    + ".map(r => r.cells[4].dataset.sort).filter(s => s !== '')");
    return keys.stream().map(Double::valueOf).toList();
  }

  @Test
  void theReportSaysWhyImagingRequestsAreHeld() throws IOException {
    AuditSummary.ImagingReview r = summary.imagingReview();
    assertThat(r.requests()).isPositive();
    String text = browser.findElement(By.id("imaging")).getText();
    assertThat(text)
        .contains("Coverage gap")
        .contains("Practice pattern")
        .contains("ACR cardiac imaging criteria")
        .contains("ACC/AHA 2023 multimodality imaging criteria");
    assertThat(browser.findElements(By.cssSelector("#imaging-reasons tbody tr")))
        .hasSize(r.reasons().size());
    assertThat(browser.findElements(By.cssSelector("#imaging-unrated tbody tr")))
        .hasSize(Math.max(1, r.unratedScenarios().size()));
    shot("imaging", "imaging");
  }

  @Test
  void theWordsAreClinicalAndTheNationalRowsCarryTheirYears() {
    assertThat(browser.getTitle()).isEqualTo("Crosscheck audit report");
    assertThat(browser.findElement(By.id("counts")).getText())
        .contains("evaluated")
        .contains("rejected");
    assertThat(browser.findElements(By.cssSelector("#national-table td.years")))
        .allMatch(td -> td.getText().matches("\\d{4}(-\\d{4})?"));
    assertThat(browser.findElement(By.id("national-table")).getText())
        .contains("2010")
        .contains("2014");
    assertThat(browser.findElement(By.id("kappa")).getText()).contains("kappa");
    // no code of the case format or the evaluation outside the definitions (which quote
    // summary.json)
    String text =
        (String)
            js(
                "return Array.from(document.querySelectorAll('header, main > section:not(#definitions)'))"
                    + ".map(s => s.innerText).join('\\n')");
    assertThat(text)
        .doesNotContainPattern("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b")
        .doesNotContainPattern(
            "\\b(presentation|imaging|anatomy|therapy|patient|request|stressTests|priorCabg|priorPci"
                + "|recordedReview)\\.[a-z]")
        .doesNotContain("p = <");
    Map<String, String> expected =
        Map.of(
            "NONACUTE", "Nonacute revascularization", "RARELY_APPROPRIATE", "Rarely appropriate");
    assertThat(browser.findElement(By.id("tiers")).getText()).contains(expected.values());
  }

  @Test
  void itLoadsNothingFromTheNetworkLogsNoErrorsAndPrintsHeadingsWithTheirCharts()
      throws IOException {
    Object resources = js("return performance.getEntriesByType('resource').length");
    assertThat(((Number) resources).intValue()).isZero();
    List<LogEntry> severe =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertThat(severe).isEmpty();
    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      Object kept =
          js("return getComputedStyle(document.querySelector('#funnel .keep')).breakInside");
      assertThat(kept).isEqualTo("avoid");
      Object after =
          js("return getComputedStyle(document.querySelector('#providers h2')).breakAfter");
      assertThat(after).isEqualTo("avoid");
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    Object height = js("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(1100, ((Number) height).intValue() + 120));
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    assertThat(png.length).isGreaterThan(10_000);
    Files.write(Path.of("target", "report-screenshot.png"), png);
    Files.write(SHOTS.resolve("report.png"), png);
  }
}
