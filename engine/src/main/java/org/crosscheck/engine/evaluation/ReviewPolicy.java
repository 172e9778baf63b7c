// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.engine.facts.Effect;
import org.crosscheck.engine.facts.PolicyCase;
import org.crosscheck.engine.facts.PolicySettings;
import org.crosscheck.engine.facts.ReviewTrigger;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.facts.Tier;

/**
 * The part of the review policy that rules do not say well, in one place beside the policy rule
 * base ({@code review-policy.drl}, described in rules/README.md): which criteria rule set decides
 * when several rate a request (the settings' precedence), that the least favourable of its rating
 * rows gives the tier, and how the triggers the policy rules insert make an outcome (NO_DELAY over
 * REVIEW over CLEAR).
 */
final class ReviewPolicy {

  /** The order of triggers in the output: by effect, then code, then wording. */
  static final Comparator<ReviewTrigger> TRIGGER_ORDER =
      Comparator.comparing(ReviewTrigger::effect)
          .thenComparing(ReviewTrigger::code)
          .thenComparing(ReviewTrigger::text);

  /**
   * Criteria rule set ids in decision precedence: the settings' list, then the others in catalog
   * order.
   */
  private final List<String> precedence;

  ReviewPolicy(PolicySettings settings, List<String> criteriaRuleSets) {
    List<String> order = new ArrayList<>(settings.criteriaPrecedence());
    criteriaRuleSets.forEach(
        id -> {
          if (!order.contains(id)) {
            order.add(id);
          }
        });
    this.precedence = List.copyOf(order);
  }

  /**
   * The policy's view of a scenario. The tier comes from the first criteria rule set, in
   * precedence, that rates the request: the least favourable of its rating rows. NR rows alone give
   * NOT_RATED; no row gives NO_CRITERIA_APPLY. Method rows (62-67) only compare PCI with CABG. A
   * row that the tables mark time-critical makes the case so.
   */
  PolicyCase policyCase(Scenario s, List<MatchedCell> cells, RuleRunner.PolicyContext context) {
    Map<String, Tier> worstByRuleSet = new HashMap<>();
    boolean notRated = false;
    Tier pci = null;
    Tier cabg = null;
    String method = null;
    List<String> criteria = new ArrayList<>(cells.size());
    List<String> timeCritical = new ArrayList<>();
    for (MatchedCell cell : cells) {
      CellRule rule = cell.rule();
      criteria.add(rule.indicationKey());
      if (rule.timeCritical()) {
        timeCritical.add(rule.indicationKey());
      }
      if (rule.isRating()) {
        Tier t = rule.tier();
        if (t == Tier.NOT_RATED) {
          notRated = true;
        } else {
          worstByRuleSet.merge(rule.ruleSet().info().id(), t, ReviewPolicy::leastFavourable);
        }
      } else if (rule.pciRating() != null) {
        pci = leastFavourable(pci, Tier.ofRating(rule.pciRating()));
        cabg = leastFavourable(cabg, Tier.ofRating(rule.cabgRating()));
        method = method == null ? rule.indicationKey() : method;
      }
    }
    String deciding =
        precedence.stream().filter(worstByRuleSet::containsKey).findFirst().orElse(null);
    Tier tier =
        deciding != null
            ? worstByRuleSet.get(deciding)
            : notRated ? Tier.NOT_RATED : Tier.NO_CRITERIA_APPLY;
    return new PolicyCase(
        s.id(),
        s.procedure(),
        s.urgency(),
        tier,
        criteria,
        timeCritical,
        pci,
        cabg,
        method,
        deciding,
        context.daysSinceSameTest(),
        context.newOrWorseningSymptoms(),
        s.targetLesions() == org.crosscheck.engine.facts.TargetLesions.SOME_WITHOUT_LESION,
        context.targetsWithoutLesion());
  }

  static Tier leastFavourable(Tier a, Tier b) {
    return a == null || b.isLessFavourableThan(a) ? b : a;
  }

  /**
   * NO_DELAY when any trigger says so (emergencies are never held), else SECOND_REVIEW for any
   * REVIEW, else CLEAR.
   */
  static Outcome outcome(List<ReviewTrigger> triggers) {
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
