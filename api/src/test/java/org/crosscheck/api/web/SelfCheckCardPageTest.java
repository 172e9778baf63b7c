// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * The self-check page's "What the EHR would show" (the order-sign card the service makes for the
 * case) and the questions that decide a pending plan (the documentation form's adaptive questions),
 * with vignettes as input: a pending case shows its question, answering it enters the value into
 * the case form, rates the case and changes the card; a clear case gets an information card, a
 * second review a warning with its reason; keyboard, labels, clinical words, no console error, 1280
 * and 390 px. Screenshots in {@code target/self-check/card-*.png}.
 */
class SelfCheckCardPageTest extends PageTestSupport {

  private static final int WIDTH = 1280;
  private static final int PHONE = 390;

  /**
   * Answers a clinician would give in the vignettes below, by question (its linkId, the case field
   * path).
   */
  private static final Map<String, String> ANSWERS =
      Map.of(
          "presentation.ccsClass",
          "3",
          "imaging.suspectedCondition",
          "CAD",
          "imaging.acuity",
          "CHRONIC");

  private static String vignette(String name) {
    try (Stream<Path> walk =
        Files.walk(Path.of("..", "test-cases", "src", "main", "resources", "vignettes"))) {
      return Files.readString(
          walk.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WebElement card() {
    waitUntil(d -> id("ehr").isDisplayed() && !d.findElements(By.id("ehr-card")).isEmpty());
    return id("ehr-card");
  }

  private static String cardSummary() {
    return card().findElement(By.className("card-summary")).getText();
  }

  private static String indicator() {
    return card().findElement(By.className("card-indicator")).getText();
  }

  private static WebElement questions() {
    waitUntil(d -> id("questions").isDisplayed() && !id("question-items").getText().isEmpty());
    return id("questions");
  }

  /** Answers each open question with the value of {@link #ANSWERS}, else the first choice. */
  private static void answerOpenQuestions() {
    for (WebElement box : browser.findElements(By.cssSelector("#question-items > .question"))) {
      String want = ANSWERS.get(box.getDomAttribute("data-link-id"));
      List<WebElement> selects = box.findElements(By.cssSelector(":scope > select"));
      List<WebElement> choices = box.findElements(By.cssSelector(":scope > .choices input"));
      if (!selects.isEmpty()) {
        Select select = new Select(selects.get(0));
        if (want != null) {
          select.selectByValue(want);
        } else {
          select.selectByIndex(1);
        }
      } else if (!choices.isEmpty()) {
        choices.stream()
            .filter(c -> want == null || want.equals(c.getDomAttribute("value")))
            .findFirst()
            .orElseThrow()
            .click();
      }
    }
  }

  /** Sends the answers and waits for the new check. */
  private static String enterAnswers() {
    js(
        "const h = document.getElementById('outcome-headline'); if (h) h.id = 'outcome-headline-old';");
    id("answer-questions").click();
    return headline();
  }

  /**
   * The card and the questions in clinical words (the case reference is the vignette's id, a code
   * by design).
   */
  private static void assertClinicalWords() {
    String text = visibleText("ehr") + "\n" + visibleText("questions");
    assertThat(text)
        .doesNotContainPattern("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b")
        .doesNotContainPattern("\\b[a-z]+[A-Z]\\w*\\.[a-z]\\w*")
        .doesNotContainPattern("\\w\\[\\d*]")
        .doesNotContainPattern("\\b(presentation|imaging|anatomy|therapy|patient|request)\\.[a-z]")
        .doesNotContainPattern("\\b(true|false|null|undefined)\\b");
  }

  private static void assertNoConsoleErrors() {
    List<LogEntry> severe =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertThat(severe).isEmpty();
  }

  @Test
  void aPendingCaseShowsTheQuestionThatDecidesItAndTheAnswerRatesItAndChangesTheCard() {
    browser.manage().window().setSize(new Dimension(WIDTH, 1000));
    signIn();
    assertThat(checkJson(vignette("POL-PEND-ccs-class-unknown.json")))
        .startsWith("Cannot be rated yet");
    assertThat(questions().getText())
        .contains("The question that decides it")
        .contains("Angina class (Canadian Cardiovascular Society) on current therapy");
    assertThat(browser.findElements(By.cssSelector("#question-items > .question"))).hasSize(1);
    assertThat(indicator()).isEqualToIgnoringCase("Warning");
    String before = cardSummary();
    assertThat(before)
        .isEqualTo("PCI: documentation missing to rate it; it will be pended for review");
    WebElement questionsLink =
        card().findElement(By.linkText("Answer the questions that decide this order"));
    assertThat(questionsLink.getDomAttribute("href")).isEqualTo("#questions");
    // the hypotheses stay beside the result: nothing entered the case before the clinician answers
    assertThat(field("presentation.ccsClass").getDomProperty("value")).isEmpty();
    assertClinicalWords();
    js("document.getElementById('result').scrollIntoView()");
    screenshot("card-pending-questions");
    fullPage("card-pending-desktop", WIDTH);

    answerOpenQuestions();
    String after = enterAnswers();
    assertThat(after).doesNotStartWith("Cannot be rated yet");
    // the answer is in the case form, as documented by the clinician, and in what was checked
    assertThat(field("presentation.ccsClass").getDomProperty("value")).isEqualTo("3");
    assertThat(visibleText("inputs")).contains("Class III");
    waitUntil(d -> id("questions-entered").isDisplayed());
    assertThat(visibleText("questions-entered"))
        .contains("Entered into the case from your answers: Angina class");
    assertThat(id("question-form").isDisplayed()).isFalse();
    waitUntil(d -> !cardSummary().equals(before));
    assertThat(cardSummary()).startsWith("PCI rated ");
    assertThat(card().findElements(By.linkText("Answer the questions that decide this order")))
        .isEmpty();
    assertClinicalWords();
    js("document.getElementById('result').scrollIntoView()");
    screenshot("card-pending-answered");
    assertNoConsoleErrors();
  }

  @Test
  void anImagingCaseIsAskedOneQuestionAtATimeUntilItIsRated() {
    browser.manage().window().setSize(new Dimension(WIDTH, 1000));
    signIn();
    assertThat(
            checkJson(
                vignette("IMG-INC-02-chest-pain-ccta-asks-the-suspected-condition-first.json")))
        .startsWith("Cannot be rated yet");
    int asked = 0;
    for (; asked < 5 && !isRated(); asked++) {
      questions();
      answerOpenQuestions();
      enterAnswers();
    }
    assertThat(asked).as("questions asked").isBetween(1, 3);
    assertThat(field("imaging.suspectedCondition").getDomProperty("value")).isEqualTo("CAD");
    assertThat(indicator()).isIn("INFORMATION", "Information", "WARNING", "Warning");
    assertThat(cardSummary()).startsWith("CCTA rated ");
    assertNoConsoleErrors();
  }

  private static boolean isRated() {
    return !headline().startsWith("Cannot be rated yet");
  }

  @Test
  void aClearCaseShowsAnInformationCardAndNoQuestions() {
    browser.manage().window().setSize(new Dimension(WIDTH, 1000));
    signIn();
    assertThat(checkJson(vignette("RV12-19-CCS_I_II-pos.json")))
        .isEqualTo("No second review needed");
    assertThat(indicator()).isEqualToIgnoringCase("Information");
    assertThat(cardSummary()).isEqualTo("PCI rated appropriate: no second review needed");
    assertThat(card().findElements(By.id("ehr-card-suggestions"))).isEmpty();
    assertThat(card().getText())
        .contains("Check this plan on the Crosscheck self-check page (this page)")
        .contains("Source: Crosscheck: Patel MR et al.");
    assertThat(id("questions").isDisplayed()).isFalse();
    assertClinicalWords();
    js("document.getElementById('ehr').scrollIntoView()");
    screenshot("card-clear");
    assertNoConsoleErrors();
  }

  @Test
  void aSecondReviewCaseShowsAWarningCardWithItsReason() {
    browser.manage().window().setSize(new Dimension(WIDTH, 1000));
    signIn();
    assertThat(checkJson(vignette("RV12-57-CCS_I_II-pos.json")))
        .isEqualTo("A second review by another clinician is needed");
    assertThat(indicator()).isEqualToIgnoringCase("Warning");
    assertThat(cardSummary())
        .isEqualTo("PCI rated may be appropriate: a second review by another clinician is needed");
    // the detail is folded as an EHR folds it; opened, it gives the reason
    WebElement detail = card().findElement(By.className("card-detail"));
    assertThat(detail.getDomProperty("open")).isEqualTo("false");
    detail.findElement(By.tagName("summary")).click();
    assertThat(detail.getText()).contains("Why:").contains("Criterion:");
    js("document.getElementById('ehr').scrollIntoView()");
    screenshot("card-second-review");
    assertNoConsoleErrors();
  }

  @Test
  void theQuestionsAndTheCardWorkWithTheKeyboardAndEveryControlHasALabel() {
    browser.manage().window().setSize(new Dimension(WIDTH, 1000));
    signIn();
    checkJson(vignette("POL-PEND-ccs-class-unknown.json"));
    questions();
    Object unlabelled =
        js(
            "return Array.from(document.querySelectorAll('#questions input, #questions select,"
                + " #ehr a, #ehr summary')).filter(e => e.offsetParent !== null)"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                + " && !e.getAttribute('aria-labelledby') && !e.textContent.trim()).map(e => e.outerHTML)");
    assertThat((List<?>) unlabelled).isEmpty();
    // the card's link goes to the questions; a radio button is chosen with the space bar, the form
    // sent with Enter
    card()
        .findElement(By.linkText("Answer the questions that decide this order"))
        .sendKeys(Keys.ENTER);
    WebElement classThree = browser.findElement(By.cssSelector("#question-items input[value='3']"));
    classThree.sendKeys(Keys.SPACE);
    assertThat(classThree.isSelected()).isTrue();
    js(
        "const h = document.getElementById('outcome-headline'); if (h) h.id = 'outcome-headline-old';");
    id("answer-questions").sendKeys(Keys.ENTER);
    assertThat(headline()).doesNotStartWith("Cannot be rated yet");
    assertThat(field("presentation.ccsClass").getDomProperty("value")).isEqualTo("3");
  }

  @Test
  void aChangedFormMustBeCheckedAgainBeforeItsQuestionsAreAnswered() {
    browser.manage().window().setSize(new Dimension(WIDTH, 1000));
    signIn();
    checkJson(vignette("POL-PEND-ccs-class-unknown.json"));
    questions();
    type("lvef", "40");
    assertThat(id("answer-questions").isEnabled()).isFalse();
    assertThat(visibleText("question-status")).contains("check the plan again");
  }

  @Test
  void onAPhoneTheCardAndTheQuestionsFitTheWidth() {
    browser.manage().window().setSize(new Dimension(PHONE, 844));
    signIn();
    checkJson(vignette("POL-PEND-ccs-class-unknown.json"));
    questions();
    card();
    assertNoHorizontalScroll();
    js("document.getElementById('questions').scrollIntoView()");
    screenshot("card-phone-questions");
    fullPage("card-phone", PHONE);
    browser.manage().window().setSize(new Dimension(PHONE, 844));
    answerOpenQuestions();
    enterAnswers();
    card();
    assertNoHorizontalScroll();
    js("document.getElementById('ehr').scrollIntoView()");
    screenshot("card-phone-answered");
    assertNoConsoleErrors();
  }
}
