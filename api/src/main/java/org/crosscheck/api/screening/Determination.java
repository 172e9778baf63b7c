// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.api.review.Alternative;
import org.crosscheck.api.review.ReviewDecision;

/**
 * The determination of a request that a reviewer decided: the contents of the letter to the
 * requester. For a denial, CMS-0057-F asks for a specific reason: the criteria the rating rests on
 * (with their citations), the reasons the request was held for review, the reviewer's rationale and
 * the alternative recommended.
 *
 * @param outcome APPROVED or NOT_APPROVED
 * @param version the version of the case that was decided
 * @param criteria the matched criteria for the requested procedure (every matched criterion when
 *     none is for it)
 * @param reasons why the request was held for a second review (the evaluation's reasons)
 * @param rationale the reviewer's note
 * @param alternative what the reviewer recommends instead (a denial only)
 */
record Determination(
    ScreeningStatus outcome,
    String caseId,
    String procedure,
    int version,
    ReviewDecision decision,
    List<Criterion> criteria,
    List<Reason> reasons,
    String rationale,
    Alternative alternative,
    String decidedBy,
    OffsetDateTime decidedAt,
    OffsetDateTime requestedAt) {

  /**
   * A matched criterion: rule set, criterion and column, its rating, its wording and its source.
   */
  record Criterion(
      String ruleSet,
      String criterion,
      String column,
      String rating,
      Integer score,
      String tier,
      String description,
      String citation) {}

  /** A reason the request was held for review: a stable code and its text. */
  record Reason(String code, String text) {}
}
