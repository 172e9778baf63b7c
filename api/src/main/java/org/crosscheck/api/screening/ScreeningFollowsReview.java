// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crosscheck.api.audit.AuditTrail;
import org.crosscheck.api.review.ReviewChanged;
import org.crosscheck.api.web.ApiException;
import org.crosscheck.engine.json.EvaluationJson;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A screening follows its review, inside the review change's transaction: a decision moves its
 * status (see {@link ScreeningStatus#decided}; audited as SCREENING_STATUS_CHANGED), and every
 * change of the review marks the screening as updated, for integrations that poll for changes.
 */
@Component
class ScreeningFollowsReview {

  private final ScreeningRepository screenings;
  private final AuditTrail audit;

  ScreeningFollowsReview(ScreeningRepository screenings, AuditTrail audit) {
    this.screenings = screenings;
    this.audit = audit;
  }

  @EventListener
  void on(ReviewChanged change) {
    Screening before = screenings.find(change.screeningId()).orElseThrow();
    ScreeningStatus next =
        change.decision() == null ? before.status() : before.status().decided(change.decision());
    if (!screenings.changed(before.id(), before.status(), next, change.at())) {
      throw ApiException.conflict(
          "screening " + before.id() + " changed at the same time; read it again and retry");
    }
    if (next != before.status()) {
      audit.record(
          change.actor(),
          "SCREENING_STATUS_CHANGED",
          ScreeningService.ENTITY,
          before.id(),
          state(before.status(), before.currentVersion()),
          state(next, before.currentVersion()));
    }
  }

  private static String state(ScreeningStatus status, int version) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", status);
    state.put("version", version);
    return EvaluationJson.mapper().writeValueAsString(state);
  }
}
