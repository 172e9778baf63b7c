// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.engine.facts.CriterionMatch;
import org.crosscheck.engine.facts.Effect;
import org.crosscheck.engine.facts.PolicyCase;
import org.crosscheck.engine.facts.PolicySettings;
import org.crosscheck.engine.facts.ReviewTrigger;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.facts.TargetLesions;
import org.crosscheck.engine.facts.Tier;
import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Runs scenarios through every criteria rule base, then through the review policy: one session per rule base for a
 * whole chunk of scenarios (sessions are per call; KieBases are shared and thread-safe).
 */
final class RuleRunner {

  private static final Comparator<ReviewTrigger> TRIGGER_ORDER =
      Comparator.comparing(ReviewTrigger::effect).thenComparing(ReviewTrigger::code).thenComparing(ReviewTrigger::text);

  private final List<LoadedRuleSet> criteria;
  private final LoadedRuleSet policy;
  private final PolicySettings settings;
  /** Criteria rule set ids in decision precedence: the policy's list, then the others in catalog order. */
  private final List<String> precedence;
  /** The rules of each criteria package, by rule name, with their metadata read once. */
  private final Map<String, Map<String, CellRule>> rules = new HashMap<>();

  RuleRunner(List<LoadedRuleSet> criteria, LoadedRuleSet policy, PolicySettings settings) {
    this.criteria = List.copyOf(criteria);
    this.policy = policy;
    this.settings = settings;
    List<String> order = new ArrayList<>(settings.criteriaPrecedence());
    criteria.forEach(r -> {
      if (!order.contains(r.info().id())) {
        order.add(r.info().id());
      }
    });
    this.precedence = List.copyOf(order);
    for (LoadedRuleSet ruleSet : criteria) {
      Map<String, CellRule> byName = new HashMap<>();
      ruleSet.kieBase().getKiePackage(ruleSet.info().packageName()).getRules()
          .forEach(rule -> byName.put(rule.getName(), CellRule.of(ruleSet, rule)));
      rules.put(ruleSet.info().packageName(), byName);
    }
  }

  /**
   * The result of each scenario, in the order given. Scenario ids must be unique within the call; each scenario
   * comes with the facts of its case that only the policy uses.
   */
  List<ScenarioResult> run(List<Scenario> scenarios, List<PolicyContext> contexts) {
    Map<Integer, List<MatchedCell>> matches = new HashMap<>();
    for (LoadedRuleSet ruleSet : criteria) {
      for (CriterionMatch m : fire(ruleSet.kieBase(), scenarios, CriterionMatch.class)) {
        CellRule rule = rules.get(m.packageName()).get(m.ruleName());
        matches.computeIfAbsent(m.scenario(), k -> new ArrayList<>()).add(new MatchedCell(rule));
      }
    }
    List<PolicyCase> cases = new ArrayList<>(scenarios.size() + 1);
    Map<Integer, Tier> tiers = new HashMap<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      List<MatchedCell> cells = matches.computeIfAbsent(s.id(), k -> new ArrayList<>());
      cells.sort(MatchedCell.ORDER);
      PolicyCase pc = policyCase(s, cells, contexts.get(i));
      tiers.put(s.id(), pc.tier());
      cases.add(pc);
    }
    List<Object> facts = new ArrayList<>(cases);
    facts.add(settings);
    Map<Integer, List<ReviewTrigger>> triggers = new HashMap<>();
    for (ReviewTrigger t : fire(policy.kieBase(), facts, ReviewTrigger.class)) {
      triggers.computeIfAbsent(t.scenario(), k -> new ArrayList<>()).add(t);
    }
    List<ScenarioResult> results = new ArrayList<>(scenarios.size());
    for (Scenario s : scenarios) {
      List<ReviewTrigger> ts = triggers.getOrDefault(s.id(), new ArrayList<>());
      ts.sort(TRIGGER_ORDER);
      List<MatchedCell> cells = matches.get(s.id());
      Tier tier = tiers.get(s.id());
      Outcome outcome = outcome(ts);
      results.add(new ScenarioResult(s, List.copyOf(cells), tier, List.copyOf(ts), outcome));
    }
    return results;
  }

  private static <T> Collection<T> fire(KieBase kieBase, List<?> facts, Class<T> type) {
    KieSession session = kieBase.newKieSession();
    try {
      for (Object fact : facts) {
        session.insert(fact);
      }
      session.fireAllRules();
      List<T> out = new ArrayList<>();
      for (Object o : session.getObjects(new ClassObjectFilter(type))) {
        out.add(type.cast(o));
      }
      return out;
    } finally {
      session.dispose();
    }
  }

  /** What the policy needs of a scenario besides its categories (the repeat-test facts of its case). */
  record PolicyContext(Integer daysSinceSameTest, boolean newOrWorseningSymptoms, List<String> targetsWithoutLesion) {}

  /**
   * The policy's view of a scenario. The tier comes from the first criteria rule set, in the policy's precedence,
   * that rates the request: the least favourable of its rating rows. NR rows alone give NOT_RATED; no row gives
   * NO_CRITERIA_APPLY. Method rows (62-67) only compare PCI with CABG.
   */
  private PolicyCase policyCase(Scenario s, List<MatchedCell> cells, PolicyContext context) {
    Map<String, Tier> worstByRuleSet = new HashMap<>();
    boolean notRated = false;
    Tier pci = null;
    Tier cabg = null;
    String method = null;
    List<String> criteria = new ArrayList<>(cells.size());
    for (MatchedCell cell : cells) {
      CellRule rule = cell.rule();
      criteria.add(rule.criterion());
      if (rule.isRating()) {
        Tier t = rule.tier();
        if (t == Tier.NOT_RATED) {
          notRated = true;
        } else {
          worstByRuleSet.merge(rule.ruleSet().info().id(), t, RuleRunner::leastFavourable);
        }
      } else if (rule.pciRating() != null) {
        pci = leastFavourable(pci, Tier.ofRating(rule.pciRating()));
        cabg = leastFavourable(cabg, Tier.ofRating(rule.cabgRating()));
        method = method == null ? rule.criterion() : method;
      }
    }
    String deciding = null;
    for (String id : precedence) {
      if (worstByRuleSet.containsKey(id)) {
        deciding = id;
        break;
      }
    }
    Tier tier = deciding != null ? worstByRuleSet.get(deciding) : notRated ? Tier.NOT_RATED : Tier.NO_CRITERIA_APPLY;
    return new PolicyCase(s.id(), s.procedure(), s.urgency(), tier, criteria, pci, cabg, method, deciding,
        context.daysSinceSameTest(), context.newOrWorseningSymptoms(),
        s.targetLesions() == TargetLesions.SOME_WITHOUT_LESION, context.targetsWithoutLesion());
  }

  static Tier leastFavourable(Tier a, Tier b) {
    return a == null || b.isLessFavourableThan(a) ? b : a;
  }

  private static Outcome outcome(List<ReviewTrigger> triggers) {
    Outcome outcome = Outcome.CLEAR;
    for (ReviewTrigger t : triggers) {
      if (t.effect() == Effect.NO_DELAY) {
        return Outcome.NO_DELAY;
      }
      if (t.effect() == Effect.REVIEW) {
        outcome = Outcome.SECOND_REVIEW;
      }
    }
    return outcome;
  }
}
