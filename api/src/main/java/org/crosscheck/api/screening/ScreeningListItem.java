// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.api.review.ReviewMessage;
import org.crosscheck.api.review.ReviewSummary;

/**
 * A screening in a list: where it stands and the reviewers' messages, without the case (no read of
 * a case).
 */
record ScreeningListItem(
    String id,
    String caseId,
    String procedure,
    String urgency,
    ScreeningStatus status,
    int version,
    ReviewSummary review,
    List<ReviewMessage> messages,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
