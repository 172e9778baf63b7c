// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.evaluation;

import java.util.List;

/**
 * A criterion cell that applies to the case: its published letter and score, the normalized tier, the published
 * description, the citation (document, table, indication), how the cell was verified, the rule that fired, and
 * every interpretation the finding relies on.
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
    List<InterpretationNote> interpretations) {

  public Finding {
    interpretations = List.copyOf(interpretations);
  }

  /** An interpretation of the criteria that is not published text (see {@code Interpretation}). */
  public record InterpretationNote(String id, String text) {}
}
