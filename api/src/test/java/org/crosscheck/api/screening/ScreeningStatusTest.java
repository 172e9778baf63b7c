// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.api.screening.ScreeningStatus.APPROVED;
import static org.crosscheck.api.screening.ScreeningStatus.CLEAR;
import static org.crosscheck.api.screening.ScreeningStatus.INFO_REQUESTED;
import static org.crosscheck.api.screening.ScreeningStatus.NOT_APPROVED;
import static org.crosscheck.api.screening.ScreeningStatus.NO_DELAY;
import static org.crosscheck.api.screening.ScreeningStatus.PEND;
import static org.crosscheck.api.screening.ScreeningStatus.SECOND_REVIEW;

import java.util.EnumSet;
import java.util.Map;
import org.crosscheck.api.review.ReviewDecision;
import org.crosscheck.engine.evaluation.Outcome;
import org.junit.jupiter.api.Test;

/** Every transition of a screening's status, and every one that must not happen. */
class ScreeningStatusTest {

  private static final Map<Outcome, ScreeningStatus> EVALUATED =
      Map.of(
          Outcome.CLEAR,
          CLEAR,
          Outcome.PEND,
          PEND,
          Outcome.SECOND_REVIEW,
          SECOND_REVIEW,
          Outcome.NO_DELAY,
          NO_DELAY);

  private static final Map<ReviewDecision, ScreeningStatus> DECIDED =
      Map.of(
          ReviewDecision.CONCUR,
          APPROVED,
          ReviewDecision.OVERTURN,
          NOT_APPROVED,
          ReviewDecision.REQUEST_INFO,
          INFO_REQUESTED);

  @Test
  void aNewVersionTakesItsEvaluationsOutcomeFromEveryStatus() {
    assertThat(EVALUATED.keySet()).containsExactlyInAnyOrder(Outcome.values());
    for (ScreeningStatus from : ScreeningStatus.values()) {
      for (Outcome outcome : Outcome.values()) {
        assertThat(ScreeningStatus.evaluated(outcome))
            .as(from + " + " + outcome)
            .isEqualTo(EVALUATED.get(outcome));
      }
    }
  }

  @Test
  void aDecisionMovesARequestUnderReviewToApprovedNotApprovedOrInformationRequested() {
    for (ScreeningStatus from : EnumSet.of(SECOND_REVIEW, NO_DELAY, INFO_REQUESTED)) {
      for (ReviewDecision decision : ReviewDecision.values()) {
        assertThat(from.decided(decision))
            .as(from + " + " + decision)
            .isEqualTo(DECIDED.get(decision));
      }
    }
  }

  @Test
  void noDecisionAppliesToARequestThatIsNotUnderReview() {
    for (ScreeningStatus from : EnumSet.of(CLEAR, PEND, APPROVED, NOT_APPROVED)) {
      for (ReviewDecision decision : ReviewDecision.values()) {
        assertThatThrownBy(() -> from.decided(decision))
            .as(from + " + " + decision)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("not under review");
      }
    }
  }

  @Test
  void onlyApprovedAndNotApprovedCarryADetermination() {
    assertThat(EnumSet.allOf(ScreeningStatus.class).stream().filter(ScreeningStatus::determined))
        .containsExactlyInAnyOrder(APPROVED, NOT_APPROVED);
  }
}
