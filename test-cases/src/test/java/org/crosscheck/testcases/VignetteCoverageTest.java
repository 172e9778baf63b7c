// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.casefile.Expected;
import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.crosscheck.engine.ruleset.RuleSetCatalog;
import org.crosscheck.engine.ruleset.RuleSetKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/**
 * Rule -> table row -> vignette as one checked hop, by rule id: every criteria rule needs a
 * positive and a negative vignette naming it ({@code expected.rule}); every vignette naming a rule
 * names a loaded one, with the rule's own indication and column, and a vignette of a cell folder is
 * named after its rule ({@code <rule id>-pos|neg...}); every review policy rule needs a vignette
 * that expects its reason code.
 */
class VignetteCoverageTest {

  /** The cell folders: one vignette per rule and polarity, named after the rule. */
  private static final List<String> CELL_FOLDERS =
      List.of(
          "revasc-2012/table1",
          "revasc-2012/table2",
          "revasc-2012/table3",
          "revasc-2012/method",
          "imaging/acr",
          "imaging/multimodality-2023");

  private static RuleSetCatalog catalog;
  private static Map<Path, Expected> expectations;
  private static Map<String, Rule> rulesById;

  @BeforeAll
  static void load() {
    catalog = RuleSetCatalog.load();
    expectations = new LinkedHashMap<>();
    for (Path file : Vignettes.all()) {
      try {
        CaseFile c = CaseReader.read(Files.readAllBytes(file)).caseFile();
        expectations.put(Vignettes.root().relativize(file), c.expected());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    rulesById = new HashMap<>();
    for (LoadedRuleSet ruleSet : catalog.criteria()) {
      rules(ruleSet).forEach(r -> rulesById.put(r.getMetaData().get("id").toString(), r));
    }
  }

  @Test
  void everyCriteriaRuleHasAPositiveAndANegativeVignette() {
    List<String> uncovered = new ArrayList<>();
    for (String id : new TreeSet<>(rulesById.keySet())) {
      for (boolean positive : new boolean[] {true, false}) {
        boolean covered =
            expectations.values().stream()
                .anyMatch(
                    e -> id.equals(e.rule()) && Boolean.valueOf(positive).equals(e.matches()));
        if (!covered) {
          uncovered.add(id + (positive ? " positive" : " negative"));
        }
      }
    }
    assertThat(rulesById).as("criteria rules loaded").hasSizeGreaterThanOrEqualTo(163);
    assertThat(uncovered).as("rules without a vignette").isEmpty();
  }

  @Test
  void everyVignetteNamesItsRuleAndTheRuleItsCell() {
    List<String> wrong = new ArrayList<>();
    expectations.forEach(
        (path, e) -> {
          String folder = path.getParent() == null ? "" : path.getParent().toString();
          boolean cellFolder = CELL_FOLDERS.stream().anyMatch(folder::startsWith);
          if (e.criterion() == null || e.column() == null) {
            if (cellFolder) {
              wrong.add(path + ": a cell vignette names no cell");
            }
            return;
          }
          Rule rule = e.rule() == null ? null : rulesById.get(e.rule());
          if (rule == null) {
            wrong.add(path + ": no loaded rule " + e.rule());
          } else if (!e.criterion().equals(rule.getMetaData().get("indication").toString())
              || !e.column().equals(rule.getMetaData().get("column").toString())) {
            wrong.add(
                path
                    + ": rule "
                    + e.rule()
                    + " is not the cell "
                    + e.criterion()
                    + "/"
                    + e.column());
          } else if (cellFolder && !path.getFileName().toString().startsWith(e.rule() + "-")) {
            wrong.add(path + ": not named after its rule " + e.rule());
          }
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyReviewPolicyRuleIsExpectedByAVignette() {
    Set<String> expectedCodes = new HashSet<>();
    List<String> uncovered = new ArrayList<>();
    expectations.values().stream()
        .filter(e -> e.reasons() != null)
        .forEach(e -> expectedCodes.addAll(e.reasons()));
    for (LoadedRuleSet ruleSet : catalog.ruleSets()) {
      if (ruleSet.info().kind() != RuleSetKind.POLICY) {
        continue;
      }
      for (Rule rule : rules(ruleSet)) {
        String code = String.valueOf(rule.getMetaData().get("code"));
        if (!expectedCodes.contains(code)) {
          uncovered.add(rule.getName() + " (" + code + ")");
        }
      }
    }
    assertThat(uncovered).as("policy rules no vignette expects").isEmpty();
  }

  private static List<Rule> rules(LoadedRuleSet ruleSet) {
    return List.copyOf(ruleSet.kieBase().getKiePackage(ruleSet.info().packageName()).getRules());
  }
}
