// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.print.PrintOptions;

/**
 * The self-check page as a cardiologist uses it: a revascularization and an imaging case entered
 * through the form alone, what-ifs shown as hypotheses beside the documented result (never written
 * into the case or the printout), bad values marked at their fields, sign-in checked before it is
 * claimed, the print view, a phone. Screenshots (the README's among them) go to {@code
 * target/self-check/}.
 */
class SelfCheckPageTest extends PageTestSupport {

  /**
   * Stable angina on one anti-anginal drug, no stress test, one significant LCX lesion: 2012
   * indication 20.
   */
  private static void fillStableOneVesselCase() {
    date("asOf", "2026-03-01");
    choose("request.procedure", "PCI");
    choose("request.urgency", "ELECTIVE");
    tick("f-request-targets-LCX_PROXIMAL");
    type("patient.ageYears", "64");
    choose("patient.sex", "male");
    type("lvef", "60");
    choose("presentation.setting", "STABLE");
    choose("presentation.ccsClass", "2");
    choose("therapy", "present");
    tick("f-therapy-antianginalClasses-BETA_BLOCKER");
    choose("stressTests", "empty");
    choose("anatomy", "present");
    choose("anatomy.source", "INVASIVE_ANGIOGRAPHY");
    choose("anatomy.lesions", "items");
    choose("anatomy.lesions[0].segment", "LCX_PROXIMAL");
    type("anatomy.lesions[0].stenosisPercent", "80");
  }

  @Test
  void aRevascularizationCaseFilledInClinicalTermsGetsItsRatingCitationAndReasons() {
    signIn();
    fillStableOneVesselCase();
    type("caseId", "MRN 0042, plan 1");
    assertThat(check()).isEqualTo("A second review by another clinician is needed");
    assertThat(visibleText("outcome-rating"))
        .isEqualTo("PCI (coronary stent): rated may be appropriate (uncertain).");
    assertThat(visibleText("findings"))
        .contains("U (5): may be appropriate")
        .contains("Patel MR et al. J Am Coll Cardiol 2012;59:857-81, Table 2, indication 20");
    assertThat(visibleText("reasons"))
        .contains("may be appropriate (uncertain) for this elective request");
    assertThat(visibleText("derived")).contains("Stress test risk\nNo test performed");
    js("window.scrollTo(0, 0)");
    screenshot("result-in-view");
    fullPage("desktop", DESKTOP_WIDTH);
  }

  @Test
  void anImagingCaseEnteredThroughTheFormAloneIsRated() {
    signIn();
    date("asOf", "2026-03-01");
    choose("request.procedure", "CCTA");
    choose("request.urgency", "ELECTIVE");
    // an imaging request asks its own questions, not the revascularization ones
    assertThat(field("request.targets").isDisplayed()).isFalse();
    assertThat(field("stressTests").isDisplayed()).isFalse();
    choose("presentation.setting", "STABLE");
    choose("imaging.question", "CHEST_PAIN_EVALUATION");
    choose("imaging.symptoms", "LIKELY_ANGINAL");
    choose("imaging.suspectedCondition", "CAD");
    choose("imaging.cadProbability", "INTERMEDIATE");
    // the ACS probability matters only when an acute coronary syndrome is suspected
    assertThat(field("imaging.acsProbability").isDisplayed()).isFalse();
    assertThat(check()).startsWith("Cannot be rated yet");
    WebElement acuityLink =
        browser.findElement(By.cssSelector("#missing button[data-field='imaging.acuity']"));
    assertThat(acuityLink.getText()).isEqualTo("Acuity");
    acuityLink.click();
    assertThat(browser.switchTo().activeElement().getDomAttribute("data-path"))
        .isEqualTo("imaging.acuity");
    choose("imaging.acuity", "CHRONIC");
    assertThat(check()).isEqualTo("No second review needed");
    assertThat(visibleText("outcome-rating"))
        .isEqualTo("Coronary CT angiography: rated appropriate.");
    assertThat(visibleText("findings"))
        .contains("Usually appropriate for coronary CT angiography")
        .contains("Chronic chest pain, noncardiac etiology unlikely");
    js("window.scrollTo(0, 0)");
    screenshot("imaging-result");
  }

  @Test
  void aPatientThreeYearsAfterPciIsReadAsSuch() {
    signIn();
    date("asOf", "2026-03-01");
    choose("request.procedure", "STRESS_ECHO");
    choose("request.urgency", "ELECTIVE");
    choose("presentation.setting", "STABLE");
    choose("imaging.question", "SURVEILLANCE");
    choose("imaging.symptoms", "NONE");
    choose("priorPci", "items");
    date("priorPci[0].date", "2023-01-10");
    choose("priorPci[0].segment", "LAD_PROXIMAL");
    assertThat(check()).isEqualTo("A second review by another clinician is needed");
    assertThat(visibleText("derived")).contains("Time since PCI\n2 years or more");
    assertThat(visibleText("findings")).contains("scenario 44");
  }

  @Test
  void aWhatIfIsAHypothesisBesideTheDocumentedResultAndNeverEntersTheCaseOrThePrintout()
      throws IOException {
    signIn();
    fillStableOneVesselCase();
    type("caseId", "MRN 0042, plan 1");
    check();
    WebElement list = id("whatif-list");
    assertThat(list.findElement(By.cssSelector("li.documented")).getText())
        .isEqualTo(
            "As documented\nA second review by another clinician is needed: rated may be appropriate (uncertain).");
    WebElement hypothesis =
        list.findElements(By.cssSelector("li.hypothesis")).stream()
            .filter(li -> li.getText().startsWith("If a stress test showed high-risk findings"))
            .findFirst()
            .orElseThrow();
    assertThat(hypothesis.getText()).contains("no second review needed: rated appropriate");
    // nothing on the page writes the hypothesis into the case: its button opens the field to
    // document a real test
    assertThat(browser.findElements(By.xpath("//button[contains(., 'Apply')]"))).isEmpty();
    hypothesis.findElement(By.cssSelector("button.go")).click();
    assertThat(browser.switchTo().activeElement().getDomAttribute("data-state-of"))
        .isEqualTo("stressTests");
    assertThat((String) js("return JSON.stringify(window.crosscheck.caseFromForm().stressTests)"))
        .isEqualTo("[]");
    js("document.getElementById('result').scrollIntoView()");
    screenshot("hypotheses");

    printMedia(true);
    try {
      assertThat(id("case-form").isDisplayed()).isFalse();
      assertThat(id("whatifs").isDisplayed()).isFalse();
      String printed = visibleText("result");
      assertThat(printed)
          .doesNotContain("high-risk")
          .doesNotContain("If a stress test")
          .contains("Noninvasive stress test\nnone performed")
          .contains("Case reference: MRN 0042, plan 1")
          .contains("Check reference: ");
      fullPage("print", 800);
    } finally {
      printMedia(false);
    }
    // the browser's own print to PDF, kept as an artifact
    String pdf = browser.print(new PrintOptions()).getContent();
    Files.write(SCREENSHOTS.resolve("print.pdf"), Base64.getDecoder().decode(pdf));
    assertThat(Files.size(SCREENSHOTS.resolve("print.pdf"))).isGreaterThan(10_000);
  }

  @Test
  void onlyTheValueTheClinicianEntersChangesTheResult() {
    signIn();
    fillStableOneVesselCase();
    check();
    // the clinician documents the second anti-anginal class the patient takes, and checks again
    tick("f-therapy-antianginalClasses-LONG_ACTING_NITRATE");
    assertThat(id("stale").isDisplayed()).isTrue();
    assertThat(id("print").isEnabled()).isFalse();
    choose("stressTests", "items");
    choose("stressTests[0].modality", "SPECT_MPI");
    date("stressTests[0].date", "2026-02-01");
    choose("stressTests[0].riskCategory", "HIGH");
    tick("f-stressTests-0-findings-multipleModerateDefects");
    assertThat(check()).isEqualTo("No second review needed");
    assertThat(id("stale").isDisplayed()).isFalse();
    assertThat(visibleText("findings")).contains("indication 19");
    assertThat(visibleText("inputs")).contains("Multiple perfusion defects of moderate size: Yes");
  }

  @Test
  void anotherProcedureIsTheClinicianChoiceAndIsCheckedAsANewPlan() {
    signIn();
    // isolated left main disease: the method rows rate PCI below CABG, a heart-team review
    checkJson(
        """
        {"caseId": "lm-1", "asOf": "2026-03-01", "request": {"procedure": "PCI", "urgency": "ELECTIVE"},
         "lvef": 60, "presentation": {"setting": "STABLE", "ccsClass": 3},
         "therapy": {"antianginalClasses": ["BETA_BLOCKER", "LONG_ACTING_NITRATE"]},
         "stressTests": [{"modality": "SPECT_MPI", "date": "2026-02-01", "riskCategory": "HIGH"}],
         "anatomy": {"syntaxScore": 15, "lesions": [{"segment": "LEFT_MAIN", "stenosisPercent": 60}]}}""");
    assertThat(visibleText("reasons")).contains("heart-team discussion");
    WebElement plan =
        browser.findElement(By.xpath("//ul[@id='whatif-list']//button[starts-with(., 'Check ')]"));
    assertThat(plan.getText()).isEqualTo("Check CABG (bypass surgery) instead");
    js("document.getElementById('outcome-headline').id = 'outcome-headline-old'");
    plan.click();
    assertThat(headline()).isEqualTo("No second review needed");
    assertThat(field("request.procedure").getDomProperty("value")).isEqualTo("CABG");
    assertThat(visibleText("inputs")).contains("Requested procedure\nCABG (bypass surgery)");
  }

  @Test
  void aBadValueIsMarkedAtItsFieldAsTypedAndFromTheServer() {
    signIn();
    fillStableOneVesselCase();
    type("anatomy.lesions[0].stenosisPercent", "150");
    assertThat(id("f-anatomy-lesions-0-stenosisPercent-error").getText())
        .isEqualTo("Must be between 0 and 100.");
    assertThat(field("anatomy.lesions[0].stenosisPercent").getDomAttribute("aria-invalid"))
        .isEqualTo("true");
    type("anatomy.lesions[0].ffr", "1.2");
    assertThat(id("f-anatomy-lesions-0-ffr-error").getText())
        .isEqualTo("Must be more than 0 and at most 1.");
    id("evaluate").click();
    assertThat(visibleText("form-status")).contains("2 field(s) need attention");
    assertThat(id("result").isDisplayed()).isFalse();

    // a rule only the server knows: a chronic total occlusion is a 100% lesion
    type("anatomy.lesions[0].stenosisPercent", "80");
    type("anatomy.lesions[0].ffr", "0.7");
    assertThat(id("f-anatomy-lesions-0-stenosisPercent-error").getText()).isEmpty();
    choose("anatomy.lesions[0].chronicTotalOcclusion", "true");
    id("evaluate").click();
    waitUntil(d -> !id("f-anatomy-lesions-0-stenosisPercent-error").getText().isEmpty());
    assertThat(id("f-anatomy-lesions-0-stenosisPercent-error").getText())
        .contains("a chronic total occlusion is 100%");
    assertThat(visibleText("form-status")).contains("Invalid case");
  }

  @Test
  void requiredFieldsAreMarkedAsTheSchemaSaysAndClearingTheFormLeavesNoError() {
    choose("request.procedure", "PCI");
    choose("presentation.setting", "STABLE");
    choose("stressTests", "items");
    // the case format requires the procedure, the urgency and the date; a test's date may be
    // unknown
    assertThat(
            browser.findElements(By.cssSelector("label .required")).stream()
                .map(r -> r.findElement(By.xpath("..")).getText())
                .toList())
        .containsExactly(
            "Requested procedure (required)", "Urgency (required)", "Date of the plan (required)");
    assertThat(browser.findElement(By.cssSelector("label[for='f-stressTests-0-date']")).getText())
        .isEqualTo("Date of the test");
    id("clear").click();
    assertThat(
            browser.findElements(By.cssSelector(".field-error")).stream()
                .map(WebElement::getText)
                .filter(t -> !t.isEmpty())
                .toList())
        .isEmpty();
    assertThat(browser.findElements(By.cssSelector("[aria-invalid='true']"))).isEmpty();
    assertThat(field("request.procedure").getDomProperty("value")).isEmpty();
    assertThat(field("stressTests").isDisplayed()).isFalse();
  }

  @Test
  void aPastedCaseIsCheckedAsIs() throws IOException {
    signIn();
    String json = Files.readString(Path.of("..", "docs", "examples", "pci-stable-two-vessel.json"));
    assertThat(checkJson(json)).isEqualTo("No second review needed");
    assertThat(visibleText("findings")).contains("Table 2, indication 41");
    // the form shows the pasted case
    assertThat(field("presentation.setting").getDomProperty("value")).isEqualTo("STABLE");
    assertThat(browser.findElements(By.cssSelector("[data-item^='anatomy.lesions']"))).isNotEmpty();
  }

  @Test
  void signingInSaysSoOnlyOnceTheServiceAcceptedTheCredentials() {
    fillStableOneVesselCase();
    id("evaluate").click();
    assertThat(visibleText("form-status")).contains("Sign in first");
    id("signin-password").sendKeys("wrong");
    id("signin-button").click();
    waitUntil(d -> id("signin-status").getText().contains("not accepted"));
    assertThat(visibleText("signin-status")).doesNotContain("Signed in");
    id("evaluate").click();
    assertThat(visibleText("form-status")).contains("Sign in first");
    assertThat(id("result").isDisplayed()).isFalse();
  }

  @Test
  void theKeyboardAloneCanCheckAPlanAndEveryFieldHasALabel() {
    signIn();
    fillStableOneVesselCase();
    field("lvef").sendKeys(Keys.ENTER);
    assertThat(headline()).isNotEmpty();
    // focus moves to the result for screen readers
    assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("result-title");
    Object unlabelled =
        js(
            "return Array.from(document.querySelectorAll('input, select, textarea'))"
                + ".filter(e => e.offsetParent !== null)"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))"
                + ".map(e => e.id)");
    assertThat((List<?>) unlabelled).isEmpty();
  }

  @Test
  void nothingComesFromTheInternetAndNothingFailsInTheConsole() {
    signIn();
    fillStableOneVesselCase();
    check();
    Object origins =
        js(
            "return performance.getEntriesByType('resource').map(r => new URL(r.name).origin)"
                + ".filter(o => o !== location.origin)");
    assertThat((List<?>) origins).isEmpty();
    List<LogEntry> severe =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertThat(severe).isEmpty();
  }

  @Test
  void onAPhoneThePageIsOneColumnWithoutSidewaysScrolling() {
    browser.manage().window().setSize(new Dimension(390, 844));
    signIn();
    fillStableOneVesselCase();
    choose("stressTests", "items");
    choose("priorCabg", "present");
    choose("priorCabg.grafts", "items");
    assertNoHorizontalScroll();
    // labels sit above their fields
    WebElement label =
        browser.findElement(By.cssSelector("label[for='f-anatomy-lesions-0-stenosisPercent']"));
    WebElement input = field("anatomy.lesions[0].stenosisPercent");
    assertThat(label.getRect().getY() + label.getRect().getHeight())
        .isLessThanOrEqualTo(input.getRect().getY());
    assertThat(input.getRect().getWidth()).isGreaterThan(250);
    js("document.querySelector('[data-item=\"anatomy.lesions[0]\"]').scrollIntoView()");
    screenshot("phone-form");
    choose("stressTests", "empty");
    choose("priorCabg", "absent");
    check();
    assertNoHorizontalScroll();
    js("document.getElementById('result').scrollIntoView()");
    screenshot("phone-result");
    fullPage("phone", 390);
  }
}
