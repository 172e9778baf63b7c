// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.api.audit.AuditTrail;
import org.crosscheck.engine.json.EvaluationJson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every change of a review, in one place: recorded in the audit trail (who, when, what, the state
 * before and after) and announced to the screening ({@link ReviewChanged}), inside the caller's
 * transaction.
 */
@Component
class ReviewChanges {

  static final String ENTITY = "REVIEW";

  private final ReviewRepository reviews;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReviewChanges(
      ReviewRepository reviews, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
    this.reviews = reviews;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  /**
   * Records a change of the review {@code before} (null when it was just created); returns the
   * review after it.
   */
  Review record(String actor, String action, Review before, String id, ReviewDecision decision) {
    Review after = reviews.require(id);
    audit.record(actor, action, ENTITY, id, before == null ? null : state(before), state(after));
    events.publishEvent(
        new ReviewChanged(after.screeningId(), id, actor, decision, after.updatedAt()));
    return after;
  }

  /** The audit trail's view of a review: its state, not the case's clinical data. */
  static String state(Review r) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", r.status());
    state.put("screeningVersion", r.screeningVersion());
    state.put("dueAt", r.dueAt().toString());
    state.put("claimedBy", r.claimedBy());
    state.put("decision", r.decision());
    state.put("alternative", r.alternative());
    state.put("note", r.decisionNote());
    state.put("decidedBy", r.decidedBy());
    return EvaluationJson.mapper().writeValueAsString(state);
  }
}
