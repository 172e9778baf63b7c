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
 * @param signature what must agree across the completions of a case for its unknowns not to matter: outcome,
 *     rating rows with their letters, and reason codes
 */
record ScenarioResult(
    Scenario scenario, List<MatchedCell> matches, Tier tier, List<ReviewTrigger> triggers, Outcome outcome,
    String signature) {

  /** The criteria that decide the tier, as {@code ruleSet/indication/column} (for a what-if). */
  List<String> decidingCriteria() {
    return matches.stream().filter(MatchedCell::isRating)
        .filter(m -> !tier.isRating() || m.rule().tier() == tier)
        .map(MatchedCell::key).distinct().toList();
  }
}
