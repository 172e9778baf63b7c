// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.api.review.ReviewMessage;
import org.crosscheck.api.review.ReviewSummary;

/**
 * A screening: where it stands ({@link ScreeningStatus}), its version, the missing data when it
 * pends, its latest review, every message of the reviewers to the requester, the determination once
 * a reviewer decided, and the case and evaluation (output v1) of its current version.
 */
record ScreeningResponse(
    String id,
    String caseId,
    String procedure,
    String urgency,
    ScreeningStatus status,
    String tier,
    int version,
    List<String> missingData,
    ReviewSummary review,
    List<ReviewMessage> messages,
    Determination determination,
    @JsonProperty("case") @JsonRawValue String caseJson,
    @JsonRawValue String evaluation,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
