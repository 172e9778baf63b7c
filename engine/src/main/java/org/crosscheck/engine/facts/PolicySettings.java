// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

/**
 * A payer's settings of the review policy rule base (loaded from JSON; see rules/README.md).
 *
 * @param reviewMayBeAppropriateElective hold elective requests rated may-be-appropriate (U/M) for a second review
 * @param reviewMayBeAppropriateUrgent hold urgent requests rated may-be-appropriate for a second review
 * @param heartTeamReview hold PCI requests when the method rows rate PCI below CABG, for a heart-team discussion
 */
public record PolicySettings(
    boolean reviewMayBeAppropriateElective, boolean reviewMayBeAppropriateUrgent, boolean heartTeamReview) {}
