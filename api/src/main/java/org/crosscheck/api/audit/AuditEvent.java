// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;

/**
 * One entry of the audit trail: who did what to which entity, when, with the state before and after
 * (JSON).
 */
public record AuditEvent(
    long id,
    OffsetDateTime occurredAt,
    String actor,
    String action,
    String entityType,
    String entityId,
    @JsonRawValue String before,
    @JsonRawValue String after) {}
