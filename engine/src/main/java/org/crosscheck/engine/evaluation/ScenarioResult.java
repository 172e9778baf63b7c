// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.List;
import org.crosscheck.engine.facts.ReviewTrigger;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.facts.Tier;

/**
 * What the criteria and the policy made of one scenario.
 *
 * @param matches every criterion cell that matched, sorted
 * @param tier the tier the decision uses (least favourable rating row, NOT_RATED or NO_CRITERIA_APPLY)
 * @param triggers the policy's review triggers, sorted by effect and code
 */
record ScenarioResult(Scenario scenario, List<MatchedCell> matches, Tier tier, List<ReviewTrigger> triggers,
    Outcome outcome) {

  /**
   * What must agree across the completions of a case for its unknowns not to hold it: the outcome, the tier and
   * the reason codes. Rows that differ while these agree (another column with the same letter, a method row that
   * triggers nothing) do not pend a case; they are reported as what-ifs.
   */
  String decisionKey() {
    StringBuilder sb = new StringBuilder(outcome.name()).append('|').append(tier);
    triggers.stream().map(ReviewTrigger::code).distinct().sorted().forEach(code -> sb.append('#').append(code));
    return sb.toString();
  }

  /** The criteria that decide the tier, as {@code ruleSet/indication/column}, and the method rows. */
  List<String> decidingCriteria() {
    return deciding(matches, tier);
  }

  static List<String> deciding(List<MatchedCell> cells, Tier tier) {
    return cells.stream()
        .filter(m -> !m.isRating() || !tier.isRating() || m.rule().tier() == tier)
        .map(MatchedCell::key).distinct().toList();
  }
}
