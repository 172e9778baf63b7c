// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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
 * The review queue: opening reviews for flagged screenings (with due times), following new versions
 * of the case, decisions (never by the requester) with the messages they send the requester, and
 * reading the queue. Claims are {@link ClaimService}'s.
 */
@Service
public class ReviewService {

  private final ReviewRepository reviews;
  private final ReviewMessageRepository messages;
  private final ReviewChanges changes;
  private final AuditTrail audit;
  private final DueTimes dueTimes;
  private final CaseFieldPaths fields;

  ReviewService(
      ReviewRepository reviews,
      ReviewMessageRepository messages,
      ReviewChanges changes,
      AuditTrail audit,
      DueTimes dueTimes,
      CaseFieldPaths fields) {
    this.reviews = reviews;
    this.messages = messages;
    this.changes = changes;
    this.audit = audit;
    this.dueTimes = dueTimes;
    this.fields = fields;
  }

  /**
   * After a screening version is stored: opens a review when the evaluation asks for one
   * (SECOND_REVIEW; or a retrospective one for an emergency flagged for review after the fact),
   * keeps a pending review on the new version (back to its reviewer after a request for
   * information), or cancels it when the new version no longer needs one. Part of the caller's
   * transaction.
   */
  public void afterVersion(
      String screeningId, int version, String requestedBy, CaseFile c, Evaluation e, String actor) {
    ReviewKind needed =
        switch (e.decision().outcome()) {
          case SECOND_REVIEW -> ReviewKind.PROSPECTIVE;
          case NO_DELAY ->
              e.decision().reasons().stream().anyMatch(r -> r.code().equals("RETROSPECTIVE_REVIEW"))
                  ? ReviewKind.RETROSPECTIVE
                  : null;
          default -> null;
        };
    String reasons = EvaluationJson.mapper().writeValueAsString(e.decision().reasons());
    OffsetDateTime now = changes.now();
    Optional<Review> pending = reviews.pendingFor(screeningId);
    if (pending.isPresent()) {
      Review before = pending.get();
      if (needed != null) {
        reviews.followVersion(before.id(), version, reasons, now);
        changes.record(actor, "REVIEW_UPDATED", before, before.id(), null);
      } else {
        reviews.cancel(before.id(), now);
        changes.record(actor, "REVIEW_CANCELLED", before, before.id(), null);
      }
      return;
    }
    if (needed == null) {
      return;
    }
    Review review =
        new Review(
            UUID.randomUUID().toString(),
            screeningId,
            version,
            c.caseId(),
            c.request().procedure().name(),
            c.request().urgency().name(),
            requestedBy,
            c.request().requester() == null ? null : c.request().requester().id(),
            needed,
            ReviewStatus.OPEN,
            dueTimes.expedited(c.request().urgency()),
            dueTimes.dueAt(c.request().urgency(), now),
            reasons,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            now,
            now);
    reviews.insert(review);
    changes.record(actor, "REVIEW_CREATED", null, review.id(), null);
  }

  /** The latest review of a screening, whatever its state. */
  public Optional<Review> latestFor(String screeningId) {
    List<Review> all = reviews.allFor(screeningId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Every review of a screening, oldest first. */
  public List<Review> allFor(String screeningId) {
    return reviews.allFor(screeningId);
  }

  /** The reviewers' messages to the requester of a screening, oldest first. */
  public List<ReviewMessage> messagesFor(String screeningId) {
    return messages.forScreening(screeningId);
  }

  public ReviewResponse response(Review r) {
    return new ReviewResponse(
        r.id(),
        r.screeningId(),
        r.screeningVersion(),
        r.caseId(),
        r.procedure(),
        r.urgency(),
        r.kind(),
        r.status(),
        r.expedited(),
        r.dueAt(),
        r.status().pending() && r.dueAt().isBefore(changes.now()),
        r.reasonsJson(),
        r.claimedBy(),
        r.claimedAt(),
        r.decision(),
        r.decisionNote(),
        r.alternative(),
        r.decidedBy(),
        r.decidedAt());
  }

  /**
   * A review; when its claimer opens it, the claim is active again (see {@link
   * ClaimService#releaseIdle}).
   */
  @Transactional
  public ReviewResponse get(String id, CurrentUser user) {
    Review review = reviews.require(id);
    if (user.name().equals(review.claimedBy())) {
      reviews.touch(id, user.name(), changes.now());
    }
    return response(review);
  }

  public ReviewPage page(ReviewFilter filter, int page, int size) {
    List<ReviewResponse> items =
        reviews.page(filter, page, size).stream().map(this::response).toList();
    return new ReviewPage(items, page, size, reviews.count(filter));
  }

  public List<ReviewResponse> overdue() {
    return reviews.overdue(changes.now()).stream().map(this::response).toList();
  }

  /**
   * The claimer decides; an overturn names the alternative; a request for information names the
   * case fields asked for (or none: the note says what). The requester never decides their own
   * request. The decision and its note go to the requester as a message.
   */
  @Transactional
  public ReviewResponse decide(String id, DecisionRequest request, CurrentUser user) {
    Review before = reviews.require(id);
    if (before.isRequester(user.name())) {
      throw ClaimService.fourEyes(user);
    }
    check(request);
    ReviewStatus next =
        request.decision() == ReviewDecision.REQUEST_INFO
            ? ReviewStatus.INFO_REQUESTED
            : ReviewStatus.DECIDED;
    OffsetDateTime now = changes.now();
    if (!reviews.decide(
        id, user.name(), next, request.decision(), request.note(), request.alternative(), now)) {
      Review current = reviews.require(id);
      throw ApiException.conflict(
          current.status().pending() && current.claimedBy() != null
              ? "review " + id + " is claimed by " + current.claimedBy() + ", not by " + user.name()
              : "review " + id + " is " + current.status() + ": claim it before deciding");
    }
    ReviewMessage message =
        new ReviewMessage(
            UUID.randomUUID().toString(),
            id,
            before.screeningVersion(),
            next == ReviewStatus.DECIDED
                ? ReviewMessage.Kind.DETERMINATION
                : ReviewMessage.Kind.INFO_REQUEST,
            user.name(),
            request.note(),
            request.items(),
            request.decision(),
            request.alternative(),
            now);
    messages.insert(before.screeningId(), message);
    Review after =
        changes.record(
            user.name(),
            next == ReviewStatus.DECIDED ? "REVIEW_DECIDED" : "REVIEW_INFO_REQUESTED",
            before,
            id,
            request.decision());
    audit.record(
        user.name(),
        "MESSAGE_TO_REQUESTER",
        ReviewChanges.ENTITY,
        id,
        null,
        EvaluationJson.mapper().writeValueAsString(message));
    return response(after);
  }

  private void check(DecisionRequest request) {
    if (request.decision() == ReviewDecision.OVERTURN && request.alternative() == null) {
      throw invalid(
          "alternative", "required for OVERTURN (the procedure or therapy recommended instead)");
    }
    if (request.decision() != ReviewDecision.OVERTURN && request.alternative() != null) {
      throw invalid("alternative", "only with OVERTURN");
    }
    if (request.decision() != ReviewDecision.REQUEST_INFO && !request.items().isEmpty()) {
      throw invalid("items", "only with REQUEST_INFO (the case fields asked for)");
    }
    for (int i = 0; i < request.items().size(); i++) {
      if (!fields.exists(request.items().get(i))) {
        throw invalid(
            "items[" + i + "]",
            "'" + request.items().get(i) + "' is not a field of case format v1");
      }
    }
  }

  private static ApiException invalid(String field, String message) {
    return new ApiException(
        HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", field + ": " + message);
  }
}
