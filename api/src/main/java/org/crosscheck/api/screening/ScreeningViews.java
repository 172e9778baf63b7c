// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.crosscheck.api.audit.AuditEvent;
import org.crosscheck.api.audit.AuditTrail;
import org.crosscheck.api.review.Review;
import org.crosscheck.api.review.ReviewService;
import org.crosscheck.api.review.ReviewSummary;
import org.crosscheck.engine.json.EvaluationJson;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What the API shows of a screening: the full view, the list item, the determination, the history.
 */
@Component
class ScreeningViews {

  private final ScreeningRepository screenings;
  private final ReviewService reviews;
  private final AuditTrail audit;

  ScreeningViews(ScreeningRepository screenings, ReviewService reviews, AuditTrail audit) {
    this.screenings = screenings;
    this.reviews = reviews;
    this.audit = audit;
  }

  ScreeningResponse response(Screening s) {
    ScreeningVersion v = screenings.version(s.id(), s.currentVersion()).orElseThrow();
    List<String> missing =
        List.of(EvaluationJson.mapper().readValue(v.missingDataJson(), String[].class));
    Optional<Review> review = reviews.latestFor(s.id());
    return new ScreeningResponse(
        s.id(),
        s.caseId(),
        s.procedure(),
        s.urgency(),
        s.status(),
        v.tier(),
        s.currentVersion(),
        missing,
        review.map(ReviewSummary::of).orElse(null),
        reviews.messagesFor(s.id()),
        review.flatMap(r -> determination(s, r)).orElse(null),
        v.caseJson(),
        v.evaluationJson(),
        s.createdAt(),
        s.updatedAt());
  }

  ScreeningListItem item(Screening s) {
    return new ScreeningListItem(
        s.id(),
        s.caseId(),
        s.procedure(),
        s.urgency(),
        s.status(),
        s.currentVersion(),
        reviews.latestFor(s.id()).map(ReviewSummary::of).orElse(null),
        reviews.messagesFor(s.id()),
        s.createdAt(),
        s.updatedAt());
  }

  /**
   * The letter's contents, once a reviewer decided the request as it stands (a later version
   * supersedes it).
   */
  private Optional<Determination> determination(Screening s, Review r) {
    if (!s.status().determined() || r.decidedAt() == null) {
      return Optional.empty();
    }
    JsonNode evaluation =
        EvaluationJson.mapper()
            .readTree(
                screenings.version(s.id(), r.screeningVersion()).orElseThrow().evaluationJson());
    List<Determination.Criterion> all = new ArrayList<>();
    List<Determination.Criterion> forProcedure = new ArrayList<>();
    for (JsonNode f : evaluation.path("findings")) {
      Determination.Criterion criterion =
          new Determination.Criterion(
              text(f, "ruleSet"),
              text(f, "criterion"),
              text(f, "column"),
              text(f, "rating"),
              f.path("score").isNumber() ? f.path("score").asInt() : null,
              text(f, "tier"),
              text(f, "description"),
              text(f, "citation"));
      all.add(criterion);
      if (s.procedure().equals(text(f, "procedure"))) {
        forProcedure.add(criterion);
      }
    }
    List<Determination.Reason> reasons = new ArrayList<>();
    for (JsonNode reason : evaluation.path("decision").path("reasons")) {
      reasons.add(new Determination.Reason(text(reason, "code"), text(reason, "text")));
    }
    return Optional.of(
        new Determination(
            s.status(),
            s.caseId(),
            s.procedure(),
            r.screeningVersion(),
            r.decision(),
            forProcedure.isEmpty() ? all : forProcedure,
            reasons,
            r.decisionNote(),
            r.alternative(),
            r.decidedBy(),
            r.decidedAt(),
            s.createdAt()));
  }

  /** The screening's and its reviews' audit events, oldest first, without the reads. */
  List<HistoryEntry> history(Screening s) {
    List<AuditEvent> events = new ArrayList<>(audit.forEntity(s.id()));
    reviews.allFor(s.id()).forEach(r -> events.addAll(audit.forEntity(r.id())));
    return events.stream()
        .filter(e -> !e.action().equals("CASE_READ") && !e.action().equals("MESSAGE_TO_REQUESTER"))
        .sorted(Comparator.comparing(AuditEvent::occurredAt).thenComparing(AuditEvent::id))
        .map(ScreeningViews::entry)
        .toList();
  }

  private static HistoryEntry entry(AuditEvent e) {
    JsonNode after =
        e.after() == null
            ? EvaluationJson.mapper().missingNode()
            : EvaluationJson.mapper().readTree(e.after());
    JsonNode version =
        after.path(e.entityType().equals(ScreeningService.ENTITY) ? "version" : "screeningVersion");
    return new HistoryEntry(
        e.occurredAt(),
        e.actor(),
        e.action(),
        e.entityType(),
        text(after, "status"),
        version.isNumber() ? version.asInt() : null,
        text(after, "claimedBy"),
        text(after, "decision"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asString();
  }
}
