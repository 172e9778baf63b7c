// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crosscheck.engine.facts.ReviewTrigger;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.facts.Tier;

/**
 * What the criteria and the policy made of one scenario.
 *
 * @param matches every criterion cell that matched, sorted
 * @param tier the tier the decision uses (least favourable rating row, NOT_RATED or
 *     NO_CRITERIA_APPLY)
 * @param triggers the policy's review triggers, sorted by effect and code
 */
record ScenarioResult(
    Scenario scenario,
    List<MatchedCell> matches,
    Tier tier,
    List<ReviewTrigger> triggers,
    Outcome outcome) {

  /**
   * What must agree across the completions of a case for its unknowns not to hold it: the outcome
   * and the tier (the letter of the deciding row). Rows that differ while these agree (another
   * column with the same letter, a method row when the request is reviewed or cleared either way)
   * do not pend a case; they are reported as what-ifs, and a reason that only some completions give
   * is not reported.
   */
  DecisionKey decisionKey() {
    return new DecisionKey(outcome, tier);
  }

  /** {@link #decisionKey()}: equal when the outcome and the tier are. */
  record DecisionKey(Outcome outcome, Tier tier) {}

  /**
   * The criteria that decide the tier, as {@code ruleSet/indication/column}, and the method rows.
   */
  List<String> decidingCriteria() {
    return deciding(matches, tier);
  }

  static List<String> deciding(List<MatchedCell> cells, Tier tier) {
    List<String> keys = new ArrayList<>(cells.size());
    for (MatchedCell m : cells) {
      if (!m.isRating() || !tier.isRating() || m.rule().tier() == tier) {
        String key = m.key();
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    return Collections.unmodifiableList(keys);
  }
}
