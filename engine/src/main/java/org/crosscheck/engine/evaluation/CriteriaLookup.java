// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.engine.facts.CriterionMatch;
import org.crosscheck.engine.facts.FieldSet;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.ruleset.CriteriaRows;
import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

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
  private final Key tested;

  /** The lookup of one criteria rule set: its KieBase and the fields its tables test. */
  public CriteriaLookup(LoadedRuleSet ruleSet) {
    this(ruleSet.kieBase(), ruleSet.rows().testedFields());
  }

  CriteriaLookup(KieBase kieBase, FieldSet testedFields) {
    this.kieBase = kieBase;
    this.tested = Key.bitsOf(testedFields);
  }

  /**
   * The matches of each scenario, in the order given (each list in the session's order; the
   * scenario id of a match is that of the group's scenario sent through the session, not the
   * caller's). Scenarios of one group share one list.
   */
  public List<List<CriterionMatch>> matches(List<Scenario> scenarios) {
    Map<Key, Integer> index = new HashMap<>();
    List<Scenario> distinct = new ArrayList<>();
    int[] of = new int[scenarios.size()];
    for (int i = 0; i < scenarios.size(); i++) {
      Integer k = index.putIfAbsent(Key.of(scenarios.get(i)).and(tested), distinct.size());
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

    /**
     * The bits of the given fields in a key, found by changing each field alone in a scenario
     * (every constant and null for an enum, both values for a flag, 0 and -1 for a count) and
     * keeping the bits that change: the packing of {@link #of} stays the one place that lays the
     * key out.
     */
    static Key bitsOf(FieldSet fields) {
      RecordComponent[] components = Scenario.class.getRecordComponents();
      Object[] base = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        base[i] = types[i] == int.class ? (Object) 0 : types[i] == boolean.class ? false : null;
      }
      Key baseKey = of(construct(types, base));
      long a = 0;
      long b = 0;
      long c = 0;
      for (int n : fields.numbers()) {
        Class<?> type = types[n];
        List<Object> values = new ArrayList<>();
        if (type == int.class) {
          values.add(-1);
        } else if (type == boolean.class) {
          values.add(true);
        } else if (type.isEnum()) {
          values.addAll(List.of(type.getEnumConstants()));
        } else {
          throw new IllegalStateException(
              "Scenario." + components[n].getName() + " is neither an enum, an int nor a boolean");
        }
        for (Object value : values) {
          Object[] args = base.clone();
          args[n] = value;
          Key changed = of(construct(types, args));
          a |= changed.a ^ baseKey.a;
          b |= changed.b ^ baseKey.b;
          c |= changed.c ^ baseKey.c;
        }
      }
      return new Key(a, b, c);
    }

    private static Scenario construct(Class<?>[] types, Object[] args) {
      try {
        return Scenario.class.getDeclaredConstructor(types).newInstance(args);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot make a Scenario to lay out CriteriaLookup.Key", e);
      }
    }

    /** The bits of this key that are set in {@code mask} too. */
    Key and(Key mask) {
      return new Key(a & mask.a, b & mask.b, c & mask.c);
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
