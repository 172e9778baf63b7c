// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import java.time.OffsetDateTime;

/** A stored procedure request: who submitted it, its current outcome and version. */
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
    String status,
    int currentVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
