// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;

/** One version of a screening: the case as submitted and its evaluation. */
record VersionResponse(
    int version,
    String outcome,
    String tier,
    String createdBy,
    OffsetDateTime createdAt,
    @JsonRawValue String caseJson,
    @JsonRawValue String evaluation) {}
