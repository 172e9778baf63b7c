// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.List;
import org.crosscheck.engine.evaluation.Evaluation.Reason;
import org.crosscheck.engine.evaluation.Evaluation.WhatIf;
import org.crosscheck.engine.facts.Tier;

/**
 * The decision on a case across its completions.
 *
 * @param representative the scenario whose criteria explain the decision (null when the case pends)
 * @param findings the matched cells to report
 */
record CaseDecision(
    Outcome outcome,
    Tier tier,
    ScenarioResult representative,
    List<MatchedCell> findings,
    List<Reason> reasons,
    List<String> missingData,
    List<String> unresolvedData,
    List<WhatIf> whatIf,
    List<String> warnings) {

  List<String> decidingCriteria() {
    return representative == null || outcome == Outcome.PEND ? List.of() : representative.decidingCriteria();
  }
}
