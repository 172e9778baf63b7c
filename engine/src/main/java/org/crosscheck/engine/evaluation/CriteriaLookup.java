// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.engine.facts.CriterionMatch;
import org.crosscheck.engine.facts.FieldSet;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.facts.ScenarioFields;
import org.crosscheck.engine.ruleset.CriteriaRows;
import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.DirectFiringOption;

/**
 * The rule step of one criteria rule base over a chunk of scenarios, in one session. A criteria
 * rule reads the fields its table row tests and nothing else of a scenario (its action takes only
 * the id), so scenarios alike in the fields that the rule base's tables test ({@link
 * CriteriaRows#testedFields}) match the same rules: each such group goes through the session once,
 * and its matches are given to every scenario of the group. The revascularization tables test 29 of
 * the 45 fields, the imaging tables fewer: a revascularization request is one group for them
 * whatever its revascularization fields.
 */
public final class CriteriaLookup {

  private final KieBase kieBase;
  private final FieldSet tested;

  /**
   * Direct firing: the session fires the matched rules in the order they matched, without the
   * agenda's priority queue (the criteria rules have no salience, and the engine sorts a scenario's
   * matches itself). One configuration for every session, on any thread, as Drools's own container
   * keeps one per session model ({@code KieContainerImpl.sessionConfsCache}).
   */
  private final KieSessionConfiguration sessions;

  /** The lookup of one criteria rule set: its KieBase and the fields its tables test. */
  public CriteriaLookup(LoadedRuleSet ruleSet) {
    this(ruleSet.kieBase(), ruleSet.rows().testedFields());
  }

  CriteriaLookup(KieBase kieBase, FieldSet testedFields) {
    this.kieBase = kieBase;
    this.tested = testedFields;
    this.sessions = KieServices.get().newKieSessionConfiguration();
    sessions.setOption(DirectFiringOption.YES);
  }

  /**
   * The matches of each scenario, in the order given (each list in the session's order; the
   * scenario id of a match is that of the first scenario of its group, which went through the
   * session). Scenarios of one group share one list.
   *
   * @throws IllegalArgumentException when the first scenarios of two groups have one id (a match
   *     names the scenario that went through the session by its id)
   */
  public List<List<CriterionMatch>> matches(List<Scenario> scenarios) {
    Map<Key, List<CriterionMatch>> groups = new HashMap<>();
    Map<Integer, List<CriterionMatch>> byFirstId = new HashMap<>();
    List<List<CriterionMatch>> out = new ArrayList<>(scenarios.size());
    List<CriterionMatch> found = new ArrayList<>();
    KieSession session = kieBase.newKieSession(sessions, null);
    try {
      session.setGlobal(CriterionMatch.GLOBAL, found);
      for (Scenario s : scenarios) {
        Key key = Key.of(s, tested);
        List<CriterionMatch> group = groups.get(key);
        if (group == null) {
          group = new ArrayList<>(2);
          groups.put(key, group);
          if (byFirstId.put(s.id(), group) != null) {
            throw new IllegalArgumentException("two scenarios of one call have the id " + s.id());
          }
          session.insert(s);
        }
        out.add(group);
      }
      session.fireAllRules();
      for (CriterionMatch m : found) {
        byFirstId.get(m.scenario()).add(m);
      }
    } finally {
      session.dispose();
    }
    return out;
  }

  /**
   * The categories of a scenario that a rule set tests, packed: 4 bits per enum (its ordinal + 1, 0
   * for null; no category has more than 15 values, checked when the class loads), 1 bit per flag,
   * the two counts whole; an untested field's bits stay 0. Cheaper to hash and compare than the
   * 45-field record. CriteriaLookupTest checks that every field of {@link Scenario} but the id
   * changes the key, and that a field outside the set does not.
   */
  static final class Key {
    static {
      for (var c : Scenario.class.getRecordComponents()) {
        if (c.getType().isEnum() && c.getType().getEnumConstants().length > 15) {
          throw new IllegalStateException("Scenario." + c.getName() + " has more than 15 values");
        }
      }
    }

    private final long a;
    private final long b;
    private final long c;

    private Key(long a, long b, long c) {
      this.a = a;
      this.b = b;
      this.c = c;
    }

    /**
     * The key of the given fields of {@code s} (the others left at 0, so not read): numbered as
     * {@link ScenarioFields} numbers them (CriteriaLookupTest checks each number).
     */
    static Key of(Scenario s, FieldSet fields) {
      long t = fields.bits();
      long a = 0;
      a = a << 4 | (has(t, 1) ? slot(s.procedure()) : 0);
      a = a << 4 | (has(t, 2) ? slot(s.urgency()) : 0);
      a = a << 4 | (has(t, 3) ? slot(s.setting()) : 0);
      a = a << 4 | (has(t, 4) ? slot(s.column()) : 0);
      a = a << 4 | (has(t, 5) ? slot(s.risk()) : 0);
      a = a << 4 | (has(t, 6) ? slot(s.therapy()) : 0);
      a = a << 4 | (has(t, 7) ? slot(s.lvFunction()) : 0);
      a = a << 4 | (has(t, 16) ? slot(s.cadBurden()) : 0);
      a = a << 4 | (has(t, 21) ? slot(s.stemiTiming()) : 0);
      a = a << 4 | (has(t, 22) ? slot(s.instability()) : 0);
      a = a << 4 | (has(t, 23) ? slot(s.acsRisk()) : 0);
      a = a << 4 | (has(t, 25) ? slot(s.reperfusion()) : 0);
      a = a << 4 | (has(t, 26) ? slot(s.target()) : 0);
      a = a << 4 | (has(t, 27) ? slot(s.targetSpan()) : 0);
      a = a << 4 | (has(t, 28) ? slot(s.phase()) : 0);
      a = a << 4 | (has(t, 30) ? slot(s.imagingSymptoms()) : 0);
      long b = 0;
      b = b << 4 | (has(t, 31) ? slot(s.imagingQuestion()) : 0);
      b = b << 4 | (has(t, 32) ? slot(s.cadProbability()) : 0);
      b = b << 4 | (has(t, 33) ? slot(s.suspectedCondition()) : 0);
      b = b << 4 | (has(t, 34) ? slot(s.acuity()) : 0);
      b = b << 4 | (has(t, 35) ? slot(s.acsProbability()) : 0);
      b = b << 4 | (has(t, 36) ? slot(s.exclusionOfIschemia()) : 0);
      b = b << 4 | (has(t, 37) ? slot(s.heartFailureStatus()) : 0);
      b = b << 4 | (has(t, 38) ? slot(s.cabgInterval()) : 0);
      b = b << 4 | (has(t, 39) ? slot(s.pciInterval()) : 0);
      b = b << 4 | (has(t, 44) ? slot(s.targetLesions()) : 0);
      b = b << 1 | (has(t, 9) && s.proximalLad() ? 1 : 0);
      b = b << 1 | (has(t, 10) && s.leftMain() ? 1 : 0);
      b = b << 1 | (has(t, 11) && s.singleCto() ? 1 : 0);
      b = b << 1 | (has(t, 13) && s.borderlineUnevaluated() ? 1 : 0);
      b = b << 1 | (has(t, 14) && s.borderlineFfrSignificant() ? 1 : 0);
      b = b << 1 | (has(t, 15) && s.borderlineFfrNotSignificant() ? 1 : 0);
      b = b << 1 | (has(t, 17) && s.priorCabg() ? 1 : 0);
      b = b << 1 | (has(t, 18) && s.svgDisease() ? 1 : 0);
      b = b << 1 | (has(t, 19) && s.allGraftsPatent() ? 1 : 0);
      b = b << 1 | (has(t, 20) && s.ungraftedNativeDisease() ? 1 : 0);
      b = b << 1 | (has(t, 24) && s.shock() ? 1 : 0);
      b = b << 1 | (has(t, 29) && s.recurrentIschemia() ? 1 : 0);
      b = b << 1 | (has(t, 40) && s.priorRevascularization() ? 1 : 0);
      b = b << 1 | (has(t, 41) && s.incompleteRevascularization() ? 1 : 0);
      b = b << 1 | (has(t, 42) && s.priorHighRiskPci() ? 1 : 0);
      b = b << 1 | (has(t, 43) && s.silentIschemiaRisk() ? 1 : 0);
      long c = has(t, 8) ? (long) s.vessels() << 32 : 0;
      c |= has(t, 12) ? s.vesselsWithBorderline() & 0xffffffffL : 0;
      return new Key(a, b, c);
    }

    private static boolean has(long fields, int number) {
      return (fields & 1L << number) != 0;
    }

    private static long slot(Enum<?> e) {
      return e == null ? 0 : e.ordinal() + 1;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.a == a && k.b == b && k.c == c;
    }

    @Override
    public int hashCode() {
      // a key keeps only the tested fields' bits, few of which vary in a chunk: mixed so that the
      // HashMap's buckets stay short (a polynomial hash of the three words put most keys of a
      // chunk in a few buckets, which the map turned into trees)
      return (int) mix(a ^ mix(b ^ mix(c)));
    }

    /** MurmurHash3's 64-bit finalizer: every bit of the input changes half the output's. */
    private static long mix(long h) {
      h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
      h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
      return h ^ (h >>> 33);
    }
  }
}
