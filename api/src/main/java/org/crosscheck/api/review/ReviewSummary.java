// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.time.OffsetDateTime;

/** What a screening shows of its latest review. */
public record ReviewSummary(
    String id,
    ReviewKind kind,
    ReviewStatus status,
    boolean expedited,
    OffsetDateTime dueAt,
    ReviewDecision decision,
    Alternative alternative,
    String decidedBy,
    OffsetDateTime decidedAt) {

  public static ReviewSummary of(Review r) {
    return new ReviewSummary(
        r.id(),
        r.kind(),
        r.status(),
        r.expedited(),
        r.dueAt(),
        r.decision(),
        r.alternative(),
        r.decidedBy(),
        r.decidedAt());
  }
}
