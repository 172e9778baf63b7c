// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.casefile.Reperfusion;
import org.crosscheck.engine.casefile.Setting;
import org.crosscheck.engine.casefile.Urgency;
import org.crosscheck.engine.facts.AcsRisk;
import org.crosscheck.engine.facts.CadBurden;
import org.crosscheck.engine.facts.CriterionMatch;
import org.crosscheck.engine.facts.HospitalPhase;
import org.crosscheck.engine.facts.Instability;
import org.crosscheck.engine.facts.LvFunction;
import org.crosscheck.engine.facts.NoninvasiveRisk;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.facts.StemiTiming;
import org.crosscheck.engine.facts.SymptomColumn;
import org.crosscheck.engine.facts.TargetLesions;
import org.crosscheck.engine.facts.TargetRelation;
import org.crosscheck.engine.facts.TargetSpan;
import org.crosscheck.engine.facts.TherapyLevel;
import org.crosscheck.engine.ruleset.RuleSetCatalog;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Two independent encodings of the 2012 table agree on random scenarios: the decision tables
 * compiled by Drools and the hand-coded lookup. A typo in a decision-table cell shows up here as a
 * disagreement.
 */
class HandCodedOracleTest {

  private static final int SCENARIOS = 100_000;

  @Test
  void droolsAndTheHandCodedLookupMatchTheSameCellsOnRandomScenarios() {
    Random random = new Random(20261128);
    List<Scenario> scenarios = new ArrayList<>(SCENARIOS);
    for (int i = 0; i < SCENARIOS; i++) {
      scenarios.add(randomScenario(i, random));
    }
    KieBase kieBase = RuleSetCatalog.load().criteria().get(0).kieBase();
    Map<Integer, TreeSet<String>> drools = new HashMap<>();
    KieSession session = kieBase.newKieSession();
    List<CriterionMatch> found = new ArrayList<>();
    session.setGlobal(CriterionMatch.GLOBAL, found);
    scenarios.forEach(session::insert);
    session.fireAllRules();
    for (CriterionMatch m : found) {
      drools
          .computeIfAbsent(m.scenario(), k -> new TreeSet<>())
          .add(m.meta("indication") + "/" + m.meta("column"));
    }
    session.dispose();
    List<String> disagreements = new ArrayList<>();
    int matched = 0;
    for (Scenario s : scenarios) {
      TreeSet<String> expected = new TreeSet<>(HandCodedRevasc2012.cells(s));
      TreeSet<String> actual = drools.getOrDefault(s.id(), new TreeSet<>());
      matched += actual.isEmpty() ? 0 : 1;
      if (!expected.equals(actual) && disagreements.size() < 20) {
        disagreements.add(s + "\n  hand-coded " + expected + "\n  drools     " + actual);
      }
    }
    assertThat(disagreements).isEmpty();
    assertThat(matched).as("scenarios with at least one cell").isGreaterThan(SCENARIOS / 20);
  }

  private static <T> T pick(Random r, T[] values, boolean nullable) {
    int n = values.length + (nullable ? 1 : 0);
    int i = r.nextInt(n);
    return i == values.length ? null : values[i];
  }

  static Scenario randomScenario(int id, Random r) {
    Procedure procedure =
        r.nextInt(10) == 0 ? Procedure.CCTA : r.nextBoolean() ? Procedure.PCI : Procedure.CABG;
    return new Scenario(
        id,
        procedure,
        pick(r, Urgency.values(), false),
        pick(r, Setting.values(), false),
        pick(r, SymptomColumn.values(), false),
        pick(r, NoninvasiveRisk.values(), false),
        pick(r, TherapyLevel.values(), false),
        pick(r, LvFunction.values(), r.nextInt(10) == 0),
        r.nextInt(5) - 1,
        r.nextBoolean(),
        r.nextInt(4) == 0,
        r.nextInt(6) == 0,
        r.nextInt(4),
        r.nextInt(5) == 0,
        r.nextInt(5) == 0,
        r.nextInt(5) == 0,
        pick(r, CadBurden.values(), true),
        r.nextInt(3) == 0,
        r.nextBoolean(),
        r.nextBoolean(),
        r.nextBoolean(),
        pick(r, StemiTiming.values(), true),
        pick(r, Instability.values(), true),
        pick(r, AcsRisk.values(), true),
        r.nextInt(8) == 0,
        pick(r, Reperfusion.values(), false),
        pick(r, TargetRelation.values(), false),
        pick(r, TargetSpan.values(), false),
        pick(r, HospitalPhase.values(), true),
        r.nextBoolean(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        false,
        false,
        false,
        pick(r, TargetLesions.values(), false));
  }
}
