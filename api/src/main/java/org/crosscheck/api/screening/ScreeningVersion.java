// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import java.time.OffsetDateTime;

/** One version of a screening's case and its evaluation (every version is kept). */
record ScreeningVersion(
    String screeningId,
    int version,
    String caseJson,
    String evaluationJson,
    String outcome,
    String tier,
    String missingDataJson,
    String createdBy,
    OffsetDateTime createdAt) {}
