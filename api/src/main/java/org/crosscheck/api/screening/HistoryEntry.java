// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import java.time.OffsetDateTime;

/**
 * One step in the life of a request and its reviews, from the audit trail (reads left out): who did
 * what, when, and the state it left (status, version, who holds the review, the decision).
 */
record HistoryEntry(
    OffsetDateTime at,
    String actor,
    String action,
    String entityType,
    String status,
    Integer version,
    String claimedBy,
    String decision) {}
