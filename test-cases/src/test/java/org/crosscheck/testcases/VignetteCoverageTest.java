// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Fails the build when a rule of a loaded rule base lacks a vignette: every criteria cell (indication x column) needs
 * a positive and a negative vignette; every review policy rule needs a vignette that expects its reason code.
 */
class VignetteCoverageTest {

  private static RuleSetCatalog catalog;
  private static List<Expected> expectations;

  @BeforeAll
  static void load() {
    catalog = RuleSetCatalog.load();
    expectations = new ArrayList<>();
    for (Path file : Vignettes.all()) {
      try {
        CaseFile c = CaseReader.read(Files.readAllBytes(file)).caseFile();
        expectations.add(c.expected());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void everyCriteriaCellHasAPositiveAndANegativeVignette() {
    List<String> uncovered = new ArrayList<>();
    int cells = 0;
    for (LoadedRuleSet ruleSet : catalog.criteria()) {
      for (Rule rule : rules(ruleSet)) {
        cells++;
        String id = ruleSet.info().id();
        String indication = rule.getMetaData().get("indication").toString();
        String column = rule.getMetaData().get("column").toString();
        for (boolean positive : new boolean[] {true, false}) {
          boolean covered = expectations.stream().anyMatch(e -> id.equals(e.ruleSet())
              && indication.equals(e.criterion()) && column.equals(e.column())
              && Boolean.valueOf(positive).equals(e.matches()));
          if (!covered) {
            uncovered.add(id + " " + indication + " " + column + (positive ? " positive" : " negative"));
          }
        }
      }
    }
    assertThat(cells).as("criteria cells loaded").isGreaterThanOrEqualTo(163);
    assertThat(uncovered).as("cells without a vignette").isEmpty();
  }

  @Test
  void everyReviewPolicyRuleIsExpectedByAVignette() {
    Set<String> expectedCodes = new HashSet<>();
    expectations.stream().filter(e -> e.reasons() != null).forEach(e -> expectedCodes.addAll(e.reasons()));
    List<String> uncovered = new ArrayList<>();
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
