// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;

/** A review as the queue shows it; {@code reasons} are the evaluation's reasons for review. */
public record ReviewResponse(
    String id,
    String screeningId,
    int screeningVersion,
    String caseId,
    String procedure,
    String urgency,
    ReviewKind kind,
    ReviewStatus status,
    boolean expedited,
    OffsetDateTime dueAt,
    boolean overdue,
    @JsonRawValue String reasons,
    String claimedBy,
    OffsetDateTime claimedAt,
    ReviewDecision decision,
    String note,
    Alternative alternative,
    String decidedBy,
    OffsetDateTime decidedAt) {}
