// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.engine.facts.CriterionMatch;
import org.crosscheck.engine.facts.Scenario;
import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * The rule step of a criteria rule base over a chunk of scenarios, in one session. A criteria rule
 * tests the categories of one scenario and nothing else, so scenarios that differ only in their id
 * match the same rules: each distinct scenario goes through the session once (a chunk of synthetic
 * cases has ~1 distinct scenario in 5, the vignettes ~1 in 2), and its matches are given to every
 * scenario like it.
 */
public final class CriteriaLookup {

  private CriteriaLookup() {}

  /**
   * The matches of each scenario, in the order given (each list in the session's order; the
   * scenario id of a match is that of the distinct scenario, not the caller's). Scenarios alike
   * share one list.
   */
  public static List<List<CriterionMatch>> matches(KieBase kieBase, List<Scenario> scenarios) {
    Map<Key, Integer> index = new HashMap<>();
    List<Scenario> distinct = new ArrayList<>();
    int[] of = new int[scenarios.size()];
    for (int i = 0; i < scenarios.size(); i++) {
      Integer k = index.putIfAbsent(Key.of(scenarios.get(i)), distinct.size());
      if (k == null) {
        k = distinct.size();
        distinct.add(scenarios.get(i).withId(k));
      }
      of[i] = k;
    }
    List<List<CriterionMatch>> byDistinct = new ArrayList<>(distinct.size());
    for (int k = 0; k < distinct.size(); k++) {
      byDistinct.add(new ArrayList<>(2));
    }
    KieSession session = kieBase.newKieSession();
    try {
      for (Scenario s : distinct) {
        session.insert(s);
      }
      session.fireAllRules();
      for (Object o : session.getObjects(new ClassObjectFilter(CriterionMatch.class))) {
        CriterionMatch m = (CriterionMatch) o;
        byDistinct.get(m.scenario()).add(m);
      }
    } finally {
      session.dispose();
    }
    List<List<CriterionMatch>> out = new ArrayList<>(scenarios.size());
    for (int k : of) {
      out.add(byDistinct.get(k));
    }
    return out;
  }

  /**
   * Every category of a scenario but its id, packed: 4 bits per enum (its ordinal + 1, 0 for null;
   * no category has more than 15 values, checked when the class loads), 1 bit per flag, the two
   * counts whole. Cheaper to hash and compare than the 45-field record. CriteriaLookupTest checks
   * that every field of {@link Scenario} but the id changes the key.
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

    static Key of(Scenario s) {
      long a = 0;
      a = a << 4 | slot(s.procedure());
      a = a << 4 | slot(s.urgency());
      a = a << 4 | slot(s.setting());
      a = a << 4 | slot(s.column());
      a = a << 4 | slot(s.risk());
      a = a << 4 | slot(s.therapy());
      a = a << 4 | slot(s.lvFunction());
      a = a << 4 | slot(s.cadBurden());
      a = a << 4 | slot(s.stemiTiming());
      a = a << 4 | slot(s.instability());
      a = a << 4 | slot(s.acsRisk());
      a = a << 4 | slot(s.reperfusion());
      a = a << 4 | slot(s.target());
      a = a << 4 | slot(s.targetSpan());
      a = a << 4 | slot(s.phase());
      a = a << 4 | slot(s.imagingSymptoms());
      long b = 0;
      b = b << 4 | slot(s.imagingQuestion());
      b = b << 4 | slot(s.cadProbability());
      b = b << 4 | slot(s.suspectedCondition());
      b = b << 4 | slot(s.acuity());
      b = b << 4 | slot(s.acsProbability());
      b = b << 4 | slot(s.exclusionOfIschemia());
      b = b << 4 | slot(s.heartFailureStatus());
      b = b << 4 | slot(s.cabgInterval());
      b = b << 4 | slot(s.pciInterval());
      b = b << 4 | slot(s.targetLesions());
      b = b << 1 | (s.proximalLad() ? 1 : 0);
      b = b << 1 | (s.leftMain() ? 1 : 0);
      b = b << 1 | (s.singleCto() ? 1 : 0);
      b = b << 1 | (s.borderlineUnevaluated() ? 1 : 0);
      b = b << 1 | (s.borderlineFfrSignificant() ? 1 : 0);
      b = b << 1 | (s.borderlineFfrNotSignificant() ? 1 : 0);
      b = b << 1 | (s.priorCabg() ? 1 : 0);
      b = b << 1 | (s.svgDisease() ? 1 : 0);
      b = b << 1 | (s.allGraftsPatent() ? 1 : 0);
      b = b << 1 | (s.ungraftedNativeDisease() ? 1 : 0);
      b = b << 1 | (s.shock() ? 1 : 0);
      b = b << 1 | (s.recurrentIschemia() ? 1 : 0);
      b = b << 1 | (s.priorRevascularization() ? 1 : 0);
      b = b << 1 | (s.incompleteRevascularization() ? 1 : 0);
      b = b << 1 | (s.priorHighRiskPci() ? 1 : 0);
      b = b << 1 | (s.silentIschemiaRisk() ? 1 : 0);
      long c = (long) s.vessels() << 32 | (s.vesselsWithBorderline() & 0xffffffffL);
      return new Key(a, b, c);
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
      return Long.hashCode(a * 31 + b) * 31 + Long.hashCode(c);
    }
  }
}
