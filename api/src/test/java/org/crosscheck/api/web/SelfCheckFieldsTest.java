// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.derivation.Interpretation;
import org.crosscheck.engine.evaluation.DerivedView;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.evaluation.Finding;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the form can hold and what the page says: every field of case format v1 that a rule set
 * reads is on the form; every missing-data path the engine can report opens and focuses its field;
 * the words on screen are clinical (no codes, field paths or true/false), with the codes on demand.
 */
class SelfCheckFieldsTest extends PageTestSupport {

  @Autowired Evaluator evaluator;

  /**
   * For every field path the engine reports as missing data (list indices written []), a case whose
   * evaluation reports it: a vignette ("vignette:FILE") or a case of its own.
   */
  static final Map<String, String> MISSING_DATA_CASES = missingDataCases();

  /**
   * Paths the derivation can name for which no case was found where they alone change the result.
   */
  static final Set<String> NOT_REACHED = Set.of("presentation", "presentation.cardiogenicShock");

  private static final String R = "\"caseId\": \"m\", \"asOf\": \"2026-03-01\"";

  private static Map<String, String> missingDataCases() {
    try (java.io.InputStream in =
        SelfCheckFieldsTest.class.getResourceAsStream("missing-data-cases.json")) {
      tools.jackson.databind.JsonNode root =
          tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
      Map<String, String> cases = new java.util.TreeMap<>();
      for (Map.Entry<String, tools.jackson.databind.JsonNode> e : root.properties()) {
        if (!e.getKey().startsWith("$")) {
          cases.put(
              e.getKey(),
              e.getValue().isString()
                  ? vignette(e.getValue().asString().substring(9))
                  : e.getValue().toString());
        }
      }
      return cases;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String vignette(String name) throws IOException {
    try (Stream<Path> walk =
        Files.walk(Path.of("..", "test-cases", "src", "main", "resources", "vignettes"))) {
      return Files.readString(
          walk.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow());
    }
  }

  private static String pattern(String path) {
    return path.replaceAll("\\[\\d+]", "[]");
  }

  @Test
  void everyFieldOfTheCaseFormatThatARuleSetReadsIsOnTheForm() {
    Object notOnTheForm = js("return window.crosscheck.fieldsNotOnTheForm()");
    assertThat((List<?>) notOnTheForm).isEmpty();
  }

  @Test
  void theEnginePathsAreEveryCaseFieldTheDerivationNames() throws IOException {
    // literal paths, and the list items the derivation builds ("anatomy.lesions[" + i + "]" +
    // ".segment")
    Pattern literal =
        Pattern.compile(
            "\"((?:presentation|imaging|anatomy|priorCabg|priorPci|stressTests|therapy"
                + "|request|patient|lvef|incompleteRevascularization|priorImaging)(?:\\.[a-zA-Z]+|\\[\\])*)\"");
    Pattern item = Pattern.compile("\"([a-zA-Z.]+)\\[\" \\+ \\w+ \\+ \"\\]\\.?([a-zA-Z]*)\"");
    Pattern itemField =
        Pattern.compile(
            "\"((?:anatomy\\.lesions|priorCabg\\.grafts|stressTests|priorPci)\\[)\" \\+");
    Set<String> named = new TreeSet<>();
    try (Stream<Path> files =
        Files.list(
            Path.of(
                "..",
                "engine",
                "src",
                "main",
                "java",
                "org",
                "crosscheck",
                "engine",
                "derivation"))) {
      for (Path file : files.toList()) {
        String source = Files.readString(file);
        // Category's constants name their case field first, then the scenario fields they set (not
        // case paths)
        Pattern paths =
            file.getFileName().toString().equals("Category.java")
                ? Pattern.compile("(?m)^  [A-Z_]+\\(\"([^\"]+)\"")
                : literal;
        for (Matcher m = paths.matcher(source); m.find(); ) {
          named.add(m.group(1));
        }
        for (Matcher m = item.matcher(source); m.find(); ) {
          if (!m.group(2).isEmpty()) {
            named.add(m.group(1) + "[]." + m.group(2));
          }
        }
        // an item path kept in a variable ("at") and completed later: its fields are the ".x"
        // literals after it
        for (Matcher m = itemField.matcher(source); m.find(); ) {
          Matcher fields = Pattern.compile("at \\+ \"\\.([a-zA-Z]+)\"").matcher(source);
          while (fields.find()) {
            named.add(m.group(1) + "]." + fields.group(1));
          }
        }
      }
    }
    named.removeIf(p -> p.startsWith("request.targets["));
    assertThat(named).isNotEmpty();
    Set<String> known = new TreeSet<>(MISSING_DATA_CASES.keySet());
    known.addAll(NOT_REACHED);
    assertThat(known).containsAll(named);
  }

  @Test
  void everyMissingDataLinkTheEngineCanReportOpensAndFocusesItsField() {
    signIn();
    Map<String, List<String>> pathsByCase = new java.util.LinkedHashMap<>();
    MISSING_DATA_CASES.forEach(
        (path, json) ->
            pathsByCase.computeIfAbsent(json, j -> new java.util.ArrayList<>()).add(path));
    Set<String> clicked = new TreeSet<>();
    for (Map.Entry<String, List<String>> e : pathsByCase.entrySet()) {
      assertThat(checkJson(e.getKey()))
          .as(e.getValue().toString())
          .startsWith("Cannot be rated yet");
      List<String> links =
          browser.findElements(By.cssSelector("#missing button[data-field]")).stream()
              .map(l -> l.getDomAttribute("data-field"))
              .toList();
      for (String path : links) {
        browser.findElement(By.cssSelector("#missing button[data-field=\"" + path + "\"]")).click();
        assertThat((Boolean) js(FOCUSED_ON_FIELD, path))
            .as("the link of %s focuses its field", path)
            .isTrue();
        clicked.add(pattern(path));
      }
      assertThat(clicked).as("reported by %s", e.getValue()).containsAll(e.getValue());
    }
    // the paths no case reaches: the same focusing, from a revascularization case whose setting is
    // not documented
    js(
        "document.getElementById('case-json').value = arguments[0]; document.getElementById('load-json').click()",
        "{" + R + ", \"request\": {\"procedure\": \"PCI\", \"urgency\": \"URGENT\"}}");
    for (String path : NOT_REACHED) {
      assertThat((Boolean) js("return window.crosscheck.focusField(arguments[0])", path))
          .as(path)
          .isTrue();
      assertThat((Boolean) js(FOCUSED_ON_FIELD, path)).as("%s focuses its field", path).isTrue();
    }
  }

  /**
   * The focused element documents the path: its own data-path (a list item's, for a path with []),
   * a field inside the group the path names, or, while the group or list the path is in is closed,
   * that group's "documented?" question.
   */
  private static final String FOCUSED_ON_FIELD =
      """
      const a = document.activeElement, path = arguments[0];
      if (!a || a.closest('[hidden]') || a.offsetParent === null) return false;
      const holder = a.closest('[data-path]');
      const own = a.dataset.stateOf || (holder && holder.dataset.path) || '';
      const norm = s => s.replace(/\\[\\d+\\]/g, '[]');
      if (own === path || norm(own) === norm(path) || own.startsWith(path + '.')) return true;
      return !!a.dataset.stateOf && (path.startsWith(a.dataset.stateOf + '.') || path.startsWith(a.dataset.stateOf + '['))
        && (a.value === 'absent' || a.value === 'empty');
      """;

  @Test
  void theWordsOnScreenAreClinicalWithTheCodesOnDemand() {
    signIn();
    List<String> cases =
        List.of(
            MISSING_DATA_CASES.get("presentation.setting"),
            MISSING_DATA_CASES.get("anatomy.lesions[].stenosisPercent"),
            MISSING_DATA_CASES.get("priorCabg.grafts[].target"),
            MISSING_DATA_CASES.get("imaging.acsProbability"),
            MISSING_DATA_CASES.get("stressTests[].date"),
            // warnings: a reported risk the findings overrule, a 65% lesion without FFR, a test
            // after the plan's date
            "{"
                + R
                + ", \"request\": {\"procedure\": \"PCI\", \"urgency\": \"ELECTIVE\"}, \"lvef\": 55,"
                + " \"presentation\": {\"setting\": \"STABLE\", \"ccsClass\": 3},"
                + " \"therapy\": {\"antianginalClasses\": [\"BETA_BLOCKER\", \"LONG_ACTING_NITRATE\"]},"
                + " \"stressTests\": [{\"modality\": \"SPECT_MPI\", \"date\": \"2026-02-01\", \"riskCategory\": \"HIGH\","
                + " \"findings\": {\"restLvef\": 55, \"dukeTreadmillScore\": 6}}, {\"modality\": \"STRESS_ECHO\", \"date\":"
                + " \"2026-04-01\", \"riskCategory\": \"LOW\"}], \"anatomy\": {\"source\": \"INVASIVE_ANGIOGRAPHY\","
                + " \"lesions\": [{\"segment\": \"LAD_MID\", \"stenosisPercent\": 60}, {\"segment\": \"RCA_MID\","
                + " \"stenosisPercent\": 65}, {\"segment\": \"LCX_PROXIMAL\", \"stenosisPercent\": 75, \"ffr\": 0.9}]}}",
            // the method rows (their published wording is missing) and an ACR rating with its
            // source caveat
            "{"
                + R
                + ", \"request\": {\"procedure\": \"PCI\", \"urgency\": \"ELECTIVE\"}, \"lvef\": 60, \"presentation\":"
                + " {\"setting\": \"STABLE\", \"ccsClass\": 3}, \"therapy\": {\"antianginalClasses\": [\"BETA_BLOCKER\","
                + " \"LONG_ACTING_NITRATE\"]}, \"stressTests\": [{\"modality\": \"SPECT_MPI\", \"date\": \"2026-02-01\","
                + " \"riskCategory\": \"HIGH\"}], \"anatomy\": {\"syntaxScore\": 15, \"lesions\": [{\"segment\": \"LEFT_MAIN\","
                + " \"stenosisPercent\": 60}]}}",
            "{"
                + R
                + ", \"request\": {\"procedure\": \"CCTA\", \"urgency\": \"ELECTIVE\"}, \"presentation\": {\"setting\":"
                + " \"STABLE\", \"ccsClass\": 0}, \"imaging\": {\"question\": \"CHEST_PAIN_EVALUATION\", \"symptoms\":"
                + " \"LIKELY_ANGINAL\", \"suspectedCondition\": \"CAD\", \"cadProbability\": \"INTERMEDIATE\", \"acuity\":"
                + " \"CHRONIC\"}}");
    for (String json : cases) {
      checkJson(json);
      String text = visibleText("result");
      assertThat(text)
          .as(json)
          .doesNotContainPattern("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b")
          .doesNotContainPattern("\\b[a-z]+[A-Z]\\w*\\.[a-z]\\w*")
          .doesNotContainPattern("\\w\\[\\d*]")
          .doesNotContainPattern(
              "\\b(presentation|imaging|anatomy|therapy|patient|request)\\.[a-z]")
          .doesNotContainPattern("\\b(true|false|null|undefined|asOf)\\b")
          .doesNotContain("Row wording")
          .doesNotContain("not seen")
          .doesNotContain("stored text")
          .doesNotContain(".md")
          .doesNotContain(".csv")
          .doesNotContain("SCAI app data only");
      tick("show-codes");
      assertThat(visibleText("result"))
          .containsPattern("\\[(CLEAR|SECOND_REVIEW|PEND|NO_DELAY)\\b");
      tick("show-codes");
    }
    // the choices of every field of the form, with an item in every list
    js(
        "document.getElementById('case-json').value = arguments[0]; document.getElementById('load-json').click()",
        "{"
            + R
            + ", \"request\": {\"procedure\": \"PCI\", \"urgency\": \"ELECTIVE\"}, \"stressTests\": [{\"modality\":"
            + " \"SPECT_MPI\", \"date\": \"2026-02-01\", \"riskCategory\": \"HIGH\"}], \"anatomy\": {\"lesions\":"
            + " [{\"segment\": \"LAD_MID\", \"stenosisPercent\": 60}]}, \"priorCabg\": {\"grafts\": [{\"conduit\":"
            + " \"SVG\", \"target\": \"RCA\", \"stenosisPercent\": 80}]}, \"priorPci\": [{\"date\": \"2020-01-01\"}],"
            + " \"priorImaging\": [{\"procedure\": \"CCTA\", \"date\": \"2025-01-01\"}]}");
    assertThat(browser.findElements(By.cssSelector("fieldset.item"))).hasSize(5);
    assertThat(allOptionTexts()).noneMatch(t -> t.matches(".*\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b.*"));
  }

  private static List<String> allOptionTexts() {
    @SuppressWarnings("unchecked")
    List<String> texts =
        (List<String>)
            js(
                "return Array.from(document.querySelectorAll('option, .check'))"
                    + ".map(o => o.textContent.trim())");
    return texts;
  }

  @Test
  void everyInterpretationDerivedCategoryTierAndOutcomeHasClinicalWords() {
    for (org.crosscheck.engine.facts.Tier tier : org.crosscheck.engine.facts.Tier.values()) {
      assertThat(
              (Boolean)
                  js(
                      "return !!window.crosscheck.words.vocabulary.tiers[arguments[0]]",
                      tier.name()))
          .as("words of tier %s", tier)
          .isTrue();
    }
    for (org.crosscheck.engine.evaluation.Outcome outcome :
        org.crosscheck.engine.evaluation.Outcome.values()) {
      assertThat(
              (Boolean)
                  js(
                      "return !!window.crosscheck.words.vocabulary.outcomes[arguments[0]]",
                      outcome.name()))
          .as("words of outcome %s", outcome)
          .isTrue();
    }
    // each interpretation's wording was written for the engine's current text: a changed text is
    // worded again
    for (Interpretation i : Interpretation.values()) {
      assertThat(
              (Boolean)
                  js("return window.crosscheck.words.hasInterpretationWords(arguments[0])", i.id()))
          .as("page wording of interpretation %s", i.id())
          .isTrue();
      assertThat(
              (String)
                  js(
                      "return window.crosscheck.words.interpretationEngineText(arguments[0])",
                      i.id()))
          .as("the engine text that docs/clinical-words.json words for %s", i.id())
          .isEqualTo(i.text());
    }
    for (String name :
        Arrays.stream(DerivedView.class.getRecordComponents()).map(c -> c.getName()).toList()) {
      assertThat(
              (Boolean)
                  js("return !!window.crosscheck.words.vocabulary.derived[arguments[0]]", name))
          .as("label of derived category %s", name)
          .isTrue();
    }
  }

  /**
   * Every vignette loaded into the form and read back from it is rated as the vignette itself: the
   * form loses nothing a rule set reads, and what it leaves out (fields hidden for the procedure
   * and setting) changes nothing.
   */
  @Test
  void everyVignetteReadBackFromTheFormIsRatedAsTheVignette() throws IOException {
    List<Path> files;
    try (Stream<Path> walk =
        Files.walk(Path.of("..", "test-cases", "src", "main", "resources", "vignettes"))) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(700);
    List<String> originals = new java.util.ArrayList<>();
    for (Path f : files) {
      originals.add(Files.readString(f));
    }
    @SuppressWarnings("unchecked")
    List<String> readBack =
        (List<String>)
            js(
                """
        return arguments[0].map(json => {
          window.crosscheck.fillForm(JSON.parse(json));
          try { return JSON.stringify(window.crosscheck.caseFromForm()); } catch (e) { return 'ERROR ' + e.message; }
        });""",
                originals);
    List<String> differences = new java.util.ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String back = readBack.get(i);
      String name = files.get(i).getFileName().toString();
      if (back.startsWith("ERROR")) {
        differences.add(name + ": " + back);
        continue;
      }
      String expected = signature(evaluator.evaluate(CaseReader.read(originals.get(i).getBytes())));
      String actual = signature(evaluator.evaluate(CaseReader.read(back.getBytes())));
      if (!expected.equals(actual)) {
        differences.add(name + ": " + expected + " -> " + actual + "  " + back);
      }
    }
    assertThat(differences).isEmpty();
  }

  private static String signature(Evaluation e) {
    return e.decision().outcome()
        + " "
        + e.decision().tier()
        + " "
        + e.decision().reasons().stream().map(Evaluation.Reason::code).toList()
        + " "
        + e.decision().missingData()
        + " "
        + e.findings().stream().map(Finding::rule).toList()
        + " "
        + e.warnings().size();
  }
}
