// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.engine.facts.CriterionMatch;
import org.crosscheck.engine.facts.PolicyCase;
import org.crosscheck.engine.facts.PolicySettings;
import org.crosscheck.engine.facts.ReviewTrigger;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.facts.Tier;
import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.kie.api.KieBase;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Runs scenarios through every criteria rule base, then through the review policy rule base: one
 * session per rule base for a whole chunk of scenarios (sessions are per call; KieBases are shared
 * and thread-safe). What the policy sees of a scenario and how its triggers make an outcome is
 * {@link ReviewPolicy}.
 */
final class RuleRunner {

  private final LoadedRuleSet policy;
  private final PolicySettings settings;
  private final ReviewPolicy reviewPolicy;

  /** The rules of each criteria package, by rule name, with their metadata read once. */
  private final Map<String, Map<String, CellRule>> rules = new HashMap<>();

  /** The rule step of each criteria rule set, in the order given. */
  private final List<CriteriaLookup> lookups = new ArrayList<>();

  RuleRunner(List<LoadedRuleSet> criteria, LoadedRuleSet policy, PolicySettings settings) {
    this.policy = policy;
    this.settings = settings;
    this.reviewPolicy =
        new ReviewPolicy(settings, criteria.stream().map(r -> r.info().id()).toList());
    for (LoadedRuleSet ruleSet : criteria) {
      Map<String, CellRule> byName = new HashMap<>();
      ruleSet
          .kieBase()
          .getKiePackage(ruleSet.info().packageName())
          .getRules()
          .forEach(rule -> byName.put(rule.getName(), CellRule.of(ruleSet, rule)));
      rules.put(ruleSet.info().packageName(), byName);
      lookups.add(new CriteriaLookup(ruleSet));
    }
  }

  /**
   * The result of each scenario, in the order given. Scenario ids must be unique within the call;
   * each scenario comes with the facts of its case that only the policy uses.
   */
  List<ScenarioResult> run(List<Scenario> scenarios, List<PolicyContext> contexts) {
    List<List<MatchedCell>> matches = new ArrayList<>(scenarios.size());
    for (int i = 0; i < scenarios.size(); i++) {
      matches.add(new ArrayList<>());
    }
    for (CriteriaLookup lookup : lookups) {
      List<List<CriterionMatch>> found = lookup.matches(scenarios);
      for (int i = 0; i < scenarios.size(); i++) {
        for (CriterionMatch m : found.get(i)) {
          CellRule rule = rules.get(m.packageName()).get(m.ruleName());
          matches.get(i).add(new MatchedCell(rule));
        }
      }
    }
    List<PolicyCase> cases = new ArrayList<>(scenarios.size() + 1);
    Map<Integer, Tier> tiers = new HashMap<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      List<MatchedCell> cells = matches.get(i);
      cells.sort(MatchedCell.ORDER);
      PolicyCase pc = reviewPolicy.policyCase(s, cells, contexts.get(i));
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
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      List<ReviewTrigger> ts = triggers.getOrDefault(s.id(), new ArrayList<>());
      ts.sort(ReviewPolicy.TRIGGER_ORDER);
      List<MatchedCell> cells = matches.get(i);
      Tier tier = tiers.get(s.id());
      Outcome outcome = ReviewPolicy.outcome(ts);
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

  /**
   * What the policy needs of a scenario besides its categories (the repeat-test facts of its case).
   */
  record PolicyContext(
      Integer daysSinceSameTest,
      boolean newOrWorseningSymptoms,
      List<String> targetsWithoutLesion) {}
}
