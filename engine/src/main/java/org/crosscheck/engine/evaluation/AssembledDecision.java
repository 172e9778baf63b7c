// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.List;
import org.crosscheck.engine.evaluation.Evaluation.Reason;
import org.crosscheck.engine.evaluation.Evaluation.WhatIf;
import org.crosscheck.engine.facts.Tier;

/**
 * The decision on a case as {@link DecisionAssembler} makes it across the completions, before it is
 * written as the evaluation's {@link Evaluation.Decision}.
 *
 * @param findings the matched cells that hold in every completion (the case as documented)
 * @param decidingCriteria the findings that decide the tier, with the method rows (empty when the
 *     case pends)
 */
record AssembledDecision(
    Outcome outcome,
    Tier tier,
    List<MatchedCell> findings,
    List<String> decidingCriteria,
    List<Reason> reasons,
    List<String> missingData,
    List<String> unresolvedData,
    List<WhatIf> whatIf,
    List<String> warnings) {}
