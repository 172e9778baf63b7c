// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import org.crosscheck.api.review.ReviewDecision;
import org.crosscheck.engine.evaluation.Outcome;

/**
 * Where a request stands, for the requester and for integrations. Every transition is here:
 *
 * <ul>
 *   <li>A version of the case is evaluated (the first one, or data supplied later), from any
 *       status: the evaluation's outcome: CLEAR (meets the criteria, no review needed), PEND (data
 *       missing that could change the rating), SECOND_REVIEW (held for a second review by another
 *       clinician), NO_DELAY (an emergency: proceeds; a retrospective review may follow).
 *   <li>A reviewer decides, while the request is under review (SECOND_REVIEW, NO_DELAY with its
 *       retrospective review, INFO_REQUESTED when the reviewer decides without waiting): CONCUR ->
 *       APPROVED, OVERTURN -> NOT_APPROVED, REQUEST_INFO -> INFO_REQUESTED (the requester is asked
 *       for more).
 * </ul>
 *
 * Claims and releases change the review, not the request's status.
 */
public enum ScreeningStatus {
  CLEAR,
  PEND,
  SECOND_REVIEW,
  NO_DELAY,
  INFO_REQUESTED,
  APPROVED,
  NOT_APPROVED;

  /** The status after a version of the case is evaluated: its outcome, whatever the status was. */
  static ScreeningStatus evaluated(Outcome outcome) {
    return switch (outcome) {
      case CLEAR -> CLEAR;
      case PEND -> PEND;
      case SECOND_REVIEW -> SECOND_REVIEW;
      case NO_DELAY -> NO_DELAY;
    };
  }

  /**
   * The status after a reviewer's decision; a request that is not under review cannot be decided.
   */
  ScreeningStatus decided(ReviewDecision decision) {
    if (!underReview()) {
      throw new IllegalStateException(
          "a request that is " + this + " is not under review: no decision applies");
    }
    return switch (decision) {
      case CONCUR -> APPROVED;
      case OVERTURN -> NOT_APPROVED;
      case REQUEST_INFO -> INFO_REQUESTED;
    };
  }

  /**
   * A reviewer may decide: held for review, an emergency under retrospective review, or waiting for
   * information.
   */
  boolean underReview() {
    return this == SECOND_REVIEW || this == NO_DELAY || this == INFO_REQUESTED;
  }

  /** A reviewer has decided: the determination letter applies. */
  boolean determined() {
    return this == APPROVED || this == NOT_APPROVED;
  }
}
