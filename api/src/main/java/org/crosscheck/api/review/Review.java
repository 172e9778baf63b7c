// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.time.OffsetDateTime;

/**
 * A second review of a screening version, with what the queue shows of the request (case id,
 * procedure, urgency) and who asked for it ({@code requestedBy}: the submitting user; {@code
 * requesterId}: the case's requester), for the four-eyes rule. {@code activeAt} is when its claimer
 * last worked on it (an idle claim is released).
 */
public record Review(
    String id,
    String screeningId,
    int screeningVersion,
    String caseId,
    String procedure,
    String urgency,
    String requestedBy,
    String requesterId,
    ReviewKind kind,
    ReviewStatus status,
    boolean expedited,
    OffsetDateTime dueAt,
    String reasonsJson,
    String claimedBy,
    OffsetDateTime claimedAt,
    OffsetDateTime activeAt,
    ReviewDecision decision,
    String decisionNote,
    Alternative alternative,
    String decidedBy,
    OffsetDateTime decidedAt,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  /**
   * The four-eyes rule: true when {@code user} asked for this review (submitted it, or is the
   * case's requester).
   */
  public boolean isRequester(String user) {
    return user.equals(requestedBy) || user.equals(requesterId);
  }
}
