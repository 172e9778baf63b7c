// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.api.review.ReviewSummary;

/**
 * A screening: its current outcome (CLEAR, SECOND_REVIEW, PEND, NO_DELAY), version, the missing data when it pends,
 * its review (if any) and the evaluation of its current version (output v1).
 */
record ScreeningResponse(
    String id,
    String caseId,
    String status,
    String tier,
    int version,
    List<String> missingData,
    ReviewSummary review,
    @JsonRawValue String evaluation,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
