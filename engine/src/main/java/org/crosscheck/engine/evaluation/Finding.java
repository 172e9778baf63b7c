// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.List;

/**
 * A criterion cell that applies to the case: its published letter and score, the normalized tier,
 * the published description, the citation (document, table, indication), how the cell was verified,
 * the id of the rule that fired, and the ids of every interpretation the finding relies on (their
 * wording is in the evaluation's {@code interpretations}).
 */
public record Finding(
    String ruleSet,
    String criterion,
    String column,
    String procedure,
    String rating,
    Integer score,
    String tier,
    String description,
    String citation,
    String verification,
    String rule,
    List<String> interpretations) {

  public Finding {
    interpretations = List.copyOf(interpretations);
  }
}
