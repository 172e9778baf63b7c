// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import java.time.OffsetDateTime;

/** A stored procedure request: who submitted it, its status and current version. */
record Screening(
    String id,
    String idempotencyKey,
    String requestSha256,
    String caseId,
    String procedure,
    String urgency,
    String requesterId,
    String facilityId,
    String submittedBy,
    ScreeningStatus status,
    int currentVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
