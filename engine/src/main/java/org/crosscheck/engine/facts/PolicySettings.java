// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

import java.util.List;

/**
 * A payer's settings of the review policy rule base (loaded from JSON; see rules/README.md).
 *
 * @param reviewMayBeAppropriateElective hold elective requests rated may-be-appropriate (U/M) for a
 *     second review
 * @param reviewMayBeAppropriateUrgent hold urgent requests rated may-be-appropriate for a second
 *     review
 * @param heartTeamReview hold PCI requests when the method rows rate PCI below CABG, for a
 *     heart-team discussion
 * @param repeatTestWindowDays hold a repeat of the same imaging test within this many days, unless
 *     symptoms are new or worse (0 turns the check off)
 * @param criteriaPrecedence criteria rule set ids in order: when several rate a request, the first
 *     that rates it decides the tier (every finding is still reported); rule sets not listed come
 *     after, in catalog order
 */
public record PolicySettings(
    boolean reviewMayBeAppropriateElective,
    boolean reviewMayBeAppropriateUrgent,
    boolean heartTeamReview,
    int repeatTestWindowDays,
    List<String> criteriaPrecedence) {

  public PolicySettings {
    criteriaPrecedence = criteriaPrecedence == null ? List.of() : List.copyOf(criteriaPrecedence);
  }
}
