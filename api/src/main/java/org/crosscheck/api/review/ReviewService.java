// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosscheck.api.audit.AuditTrail;
import org.crosscheck.api.security.CurrentUser;
import org.crosscheck.api.web.ApiException;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.json.EvaluationJson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: opening reviews for flagged screenings (with due times), claims (one reviewer at a time),
 * decisions (never by the requester), and the audit trail of every change.
 */
@Service
public class ReviewService {

  private static final String ENTITY = "REVIEW";

  private final ReviewRepository reviews;
  private final AuditTrail audit;
  private final DueTimes dueTimes;
  private final Clock clock;

  ReviewService(ReviewRepository reviews, AuditTrail audit, DueTimes dueTimes, Clock clock) {
    this.reviews = reviews;
    this.audit = audit;
    this.dueTimes = dueTimes;
    this.clock = clock;
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }

  /**
   * After a screening version is stored: opens a review when the evaluation asks for one (SECOND_REVIEW; or a
   * retrospective one for an emergency flagged for review after the fact), keeps a pending review on the new
   * version, or cancels it when the new version no longer needs one. Part of the caller's transaction.
   */
  public void afterVersion(String screeningId, int version, String requestedBy, CaseFile c, Evaluation e,
      String actor) {
    ReviewKind needed = switch (e.decision().outcome()) {
      case SECOND_REVIEW -> ReviewKind.PROSPECTIVE;
      case NO_DELAY -> e.decision().reasons().stream().anyMatch(r -> r.code().equals("RETROSPECTIVE_REVIEW"))
          ? ReviewKind.RETROSPECTIVE : null;
      default -> null;
    };
    String reasons = EvaluationJson.mapper().writeValueAsString(e.decision().reasons());
    OffsetDateTime now = now();
    var pending = reviews.pendingFor(screeningId);
    if (pending.isPresent()) {
      Review before = pending.get();
      if (needed != null) {
        reviews.followVersion(before.id(), version, reasons, now);
        audit.record(actor, "REVIEW_UPDATED", ENTITY, before.id(), state(before), state(reviews.find(before.id())
            .orElseThrow()));
      } else {
        reviews.cancel(before.id(), now);
        audit.record(actor, "REVIEW_CANCELLED", ENTITY, before.id(), state(before),
            state(reviews.find(before.id()).orElseThrow()));
      }
      return;
    }
    if (needed == null) {
      return;
    }
    Review review = new Review(UUID.randomUUID().toString(), screeningId, version, c.caseId(),
        c.request().procedure().name(), c.request().urgency().name(), requestedBy,
        c.request().requester() == null ? null : c.request().requester().id(), needed, ReviewStatus.OPEN,
        dueTimes.expedited(c.request().urgency()), dueTimes.dueAt(c.request().urgency(), now), reasons, null, null,
        null, null, null, null, null, now, now);
    reviews.insert(review);
    audit.record(actor, "REVIEW_CREATED", ENTITY, review.id(), null, state(review));
  }

  /** The latest review of a screening, for the screening's view. */
  public java.util.Optional<ReviewSummary> latestSummary(String screeningId) {
    return reviews.latestFor(screeningId).map(r -> new ReviewSummary(r.id(), r.kind(), r.status(), r.expedited(),
        r.dueAt(), r.decision(), r.alternative(), r.decidedBy()));
  }

  public ReviewResponse get(String id) {
    return response(find(id));
  }

  public ReviewPage page(ReviewStatus status, OffsetDateTime dueBefore, int page, int size) {
    List<ReviewResponse> items = reviews.page(status, dueBefore, page, size).stream().map(this::response).toList();
    return new ReviewPage(items, page, size, reviews.count(status, dueBefore));
  }

  public List<ReviewResponse> overdue() {
    return reviews.overdue(now()).stream().map(this::response).toList();
  }

  /** One reviewer at a time: a review that is not OPEN any more answers 409. The requester may not review. */
  @Transactional
  public ReviewResponse claim(String id, CurrentUser user) {
    Review before = find(id);
    fourEyes(before, user);
    if (!reviews.claim(id, user.name(), now())) {
      Review current = find(id);
      throw ApiException.conflict("review " + id + " is " + current.status()
          + (current.claimedBy() == null ? "" : " (claimed by " + current.claimedBy() + ")") + ", not OPEN");
    }
    Review after = find(id);
    audit.record(user.name(), "REVIEW_CLAIMED", ENTITY, id, state(before), state(after));
    return response(after);
  }

  /** The claimer decides; an overturn names the alternative; the requester never decides their own request. */
  @Transactional
  public ReviewResponse decide(String id, DecisionRequest request, CurrentUser user) {
    Review before = find(id);
    fourEyes(before, user);
    if (request.decision() == Decision.OVERTURN && request.alternative() == null) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
          "alternative: required for OVERTURN (the procedure or therapy recommended instead)");
    }
    ReviewStatus next = request.decision() == Decision.REQUEST_INFO ? ReviewStatus.INFO_REQUESTED
        : ReviewStatus.DECIDED;
    if (!reviews.decide(id, user.name(), next, request.decision(), request.note(), request.alternative(), now())) {
      Review current = find(id);
      throw ApiException.conflict(current.status() == ReviewStatus.CLAIMED
          ? "review " + id + " is claimed by " + current.claimedBy() + ", not by " + user.name()
          : "review " + id + " is " + current.status() + ": claim it before deciding");
    }
    Review after = find(id);
    audit.record(user.name(), next == ReviewStatus.DECIDED ? "REVIEW_DECIDED" : "REVIEW_INFO_REQUESTED", ENTITY, id,
        state(before), state(after));
    return response(after);
  }

  private static void fourEyes(Review review, CurrentUser user) {
    if (user.name().equals(review.requestedBy()) || user.name().equals(review.requesterId())) {
      throw ApiException.forbidden("the second review must be done by another clinician than the requester ("
          + user.name() + ")");
    }
  }

  private Review find(String id) {
    return reviews.find(id).orElseThrow(() -> ApiException.notFound("review", id));
  }

  ReviewResponse response(Review r) {
    return new ReviewResponse(r.id(), r.screeningId(), r.screeningVersion(), r.caseId(), r.procedure(), r.urgency(),
        r.kind(), r.status(), r.expedited(), r.dueAt(), r.status().pending() && r.dueAt().isBefore(now()),
        r.reasonsJson(), r.claimedBy(), r.claimedAt(), r.decision(), r.decisionNote(), r.alternative(),
        r.decidedBy(), r.decidedAt());
  }

  /** The audit trail's view of a review: its state, not the case's clinical data. */
  private static String state(Review r) {
    Map<String, Object> state = new java.util.LinkedHashMap<>();
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
