// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.crosscheck.engine.evaluation.CriteriaLookup;
import org.crosscheck.engine.facts.CriterionMatch;
import org.crosscheck.engine.facts.FieldSet;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.crosscheck.engine.ruleset.RuleSetCatalog;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * {@link CriteriaLookup} sends each group of scenarios alike in the fields a rule set's tables test
 * through the rules once. Against the plain reading (each scenario alone in a session of its own),
 * for every criteria rule set: the vignettes' scenarios, copies of them with random fields changed
 * (tested or not) and scenarios of random values, in chunks as the engine sends them. A field left
 * out of the grouping, or a grouping that gave one scenario another's matches, fails it.
 */
class CriteriaLookupGroupingTest {

  private static final int CHUNK = 1000;

  @Test
  void groupedMatchesAreEachScenariosOwn() throws IOException {
    RuleSetCatalog catalog = RuleSetCatalog.load();
    List<Scenario> vignettes = TestScenarios.ofVignettes(catalog);
    assertThat(vignettes).hasSizeGreaterThan(300);
    Random random = new Random(20261207);
    for (LoadedRuleSet ruleSet : catalog.criteria()) {
      FieldSet tested = ruleSet.rows().testedFields();
      assertThat(tested.isEmpty()).isFalse();
      List<Scenario> scenarios = new ArrayList<>();
      for (Scenario s : vignettes) {
        scenarios.add(s);
        scenarios.add(TestScenarios.changed(s, random, tested, false)); // alike: in its group
        scenarios.add(TestScenarios.changed(s, random, tested, true)); // a tested field changed
      }
      for (int i = 0; i < 1000; i++) {
        scenarios.add(TestScenarios.random(random));
      }
      Collections.shuffle(scenarios, random);
      CriteriaLookup lookup = new CriteriaLookup(ruleSet);
      int matched = 0;
      int shared = 0;
      for (int from = 0; from < scenarios.size(); from += CHUNK) {
        List<Scenario> chunk = new ArrayList<>();
        for (int i = from; i < Math.min(from + CHUNK, scenarios.size()); i++) {
          // ids unique within a call, as the engine numbers them
          chunk.add(TestScenarios.withId(scenarios.get(i), i - from));
        }
        List<List<CriterionMatch>> grouped = lookup.matches(chunk);
        assertThat(grouped).hasSize(chunk.size());
        Set<List<CriterionMatch>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < chunk.size(); i++) {
          List<String> expected = alone(ruleSet, chunk.get(i));
          List<String> actual =
              grouped.get(i).stream().map(CriterionMatch::ruleName).sorted().toList();
          assertThat(actual).as(ruleSet.info().id() + " " + chunk.get(i)).isEqualTo(expected);
          matched += expected.isEmpty() ? 0 : 1;
          if (!expected.isEmpty() && !seen.add(grouped.get(i))) {
            shared++; // this scenario's matches came from another of its group
          }
        }
      }
      // the comparison means something: scenarios that match, and matches shared in a group
      assertThat(matched).as(ruleSet.info().id() + " scenarios that match").isGreaterThan(100);
      assertThat(shared).as(ruleSet.info().id() + " shared matches").isGreaterThan(50);
    }
  }

  private static List<String> alone(LoadedRuleSet ruleSet, Scenario s) {
    KieSession session = ruleSet.kieBase().newKieSession();
    try {
      List<CriterionMatch> found = new ArrayList<>();
      session.setGlobal(CriterionMatch.GLOBAL, found);
      session.insert(s);
      session.fireAllRules();
      return found.stream().map(CriterionMatch::ruleName).sorted().toList();
    } finally {
      session.dispose();
    }
  }
}
