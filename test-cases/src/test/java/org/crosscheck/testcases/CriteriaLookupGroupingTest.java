// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.derivation.CaseDerivation;
import org.crosscheck.engine.derivation.Completion;
import org.crosscheck.engine.derivation.Completions;
import org.crosscheck.engine.derivation.DerivedCase;
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

  private static final RecordComponent[] FIELDS = Scenario.class.getRecordComponents();
  private static final int CHUNK = 1000;

  @Test
  void groupedMatchesAreEachScenariosOwn() throws Exception {
    RuleSetCatalog catalog = RuleSetCatalog.load();
    List<Scenario> vignettes = vignetteScenarios(catalog);
    Random random = new Random(20261207);
    for (LoadedRuleSet ruleSet : catalog.criteria()) {
      FieldSet tested = ruleSet.rows().testedFields();
      assertThat(tested.isEmpty()).isFalse();
      List<Scenario> scenarios = new ArrayList<>();
      for (Scenario s : vignettes) {
        scenarios.add(s);
        scenarios.add(changed(s, random, tested, false)); // alike: in its group
        scenarios.add(changed(s, random, tested, true)); // a tested field changed
      }
      for (int i = 0; i < 1000; i++) {
        scenarios.add(randomScenario(random));
      }
      Collections.shuffle(scenarios, random);
      CriteriaLookup lookup = new CriteriaLookup(ruleSet);
      int matched = 0;
      int shared = 0;
      for (int from = 0; from < scenarios.size(); from += CHUNK) {
        List<Scenario> chunk = new ArrayList<>();
        for (int i = from; i < Math.min(from + CHUNK, scenarios.size()); i++) {
          Object[] args = values(scenarios.get(i));
          args[0] = i - from; // ids unique within a call, as the engine numbers them
          chunk.add(construct(args));
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

  private static List<Scenario> vignetteScenarios(RuleSetCatalog catalog) throws IOException {
    List<Scenario> all = new ArrayList<>();
    for (Path file : Vignettes.all()) {
      DerivedCase d = CaseDerivation.derive(CaseReader.read(Files.readAllBytes(file)).caseFile());
      for (LoadedRuleSet ruleSet : catalog.criteria()) {
        for (Completion c : Completions.of(d, ruleSet.rows())) {
          all.add(Completions.scenario(0, d, c));
        }
      }
    }
    assertThat(all).hasSizeGreaterThan(300);
    return all;
  }

  /** {@code s} with 1-3 fields changed: tested ones only, or untested ones only. */
  private static Scenario changed(Scenario s, Random random, FieldSet tested, boolean testedOnes)
      throws Exception {
    Object[] args = values(s);
    int changes = 1 + random.nextInt(3);
    for (int done = 0, tries = 0; done < changes && tries < 1000; tries++) {
      int n = 1 + random.nextInt(FIELDS.length - 1); // never the id
      if (tested.contains(n) == testedOnes) {
        args[n] = randomValue(FIELDS[n].getType(), random);
        done++;
      }
    }
    return construct(args);
  }

  private static Scenario randomScenario(Random random) throws Exception {
    Object[] args = new Object[FIELDS.length];
    args[0] = 0;
    for (int n = 1; n < FIELDS.length; n++) {
      args[n] = randomValue(FIELDS[n].getType(), random);
    }
    return construct(args);
  }

  private static Object randomValue(Class<?> type, Random random) {
    if (type == int.class) {
      return random.nextInt(5);
    }
    if (type == boolean.class) {
      return random.nextBoolean();
    }
    Object[] constants = type.getEnumConstants();
    int i = random.nextInt(constants.length + 1);
    return i == constants.length ? null : constants[i];
  }

  private static Object[] values(Scenario s) throws Exception {
    Object[] args = new Object[FIELDS.length];
    for (int n = 0; n < FIELDS.length; n++) {
      args[n] = FIELDS[n].getAccessor().invoke(s);
    }
    return args;
  }

  private static Scenario construct(Object[] args) throws Exception {
    Class<?>[] types = new Class<?>[FIELDS.length];
    for (int n = 0; n < FIELDS.length; n++) {
      types[n] = FIELDS[n].getType();
    }
    Constructor<Scenario> c = Scenario.class.getDeclaredConstructor(types);
    return c.newInstance(args);
  }
}
