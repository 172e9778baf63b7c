// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.crosscheck.api.audit.AuditTrail;
import org.crosscheck.api.evaluation.EvaluationService;
import org.crosscheck.api.review.ReviewService;
import org.crosscheck.api.security.CurrentUser;
import org.crosscheck.api.security.Roles;
import org.crosscheck.api.web.ApiException;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.json.EvaluationJson;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screenings: a procedure request stored with its evaluation, every version kept; a flagged one
 * opens a review. An Idempotency-Key (scoped to the user who sends it) makes a retry return the
 * same screening: the same case re-encoded (whitespace, key order) is the same request ({@link
 * CanonicalJson}); a different case under the same key is refused (422). Reading a stored case, a
 * replay included, is recorded in the audit trail.
 */
@Service
class ScreeningService {

  static final String ENTITY = "SCREENING";

  /** The audit trail's note on a read that answered a retry. */
  private static final String REPLAY = "{\"via\":\"idempotent-replay\"}";

  private final ScreeningRepository screenings;
  private final ScreeningViews views;
  private final EvaluationService evaluations;
  private final ReviewService reviews;
  private final AuditTrail audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  ScreeningService(
      ScreeningRepository screenings,
      ScreeningViews views,
      EvaluationService evaluations,
      ReviewService reviews,
      AuditTrail audit,
      TransactionTemplate tx,
      Clock clock) {
    this.screenings = screenings;
    this.views = views;
    this.evaluations = evaluations;
    this.reviews = reviews;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /**
   * The result of a submission: the screening, and whether it was created now or replayed for a
   * retry.
   */
  record Submitted(ScreeningResponse screening, boolean created) {}

  Submitted submit(byte[] body, String idempotencyKey, CurrentUser user) {
    String sha = CanonicalJson.sha256(body);
    if (idempotencyKey != null) {
      Optional<Screening> existing = screenings.findByIdempotencyKey(user.name(), idempotencyKey);
      if (existing.isPresent()) {
        return replay(existing.get(), sha, body, user);
      }
    }
    EvaluationService.Evaluated evaluated = evaluations.evaluate(body);
    try {
      return new Submitted(
          tx.execute(status -> create(body, sha, idempotencyKey, evaluated, user)), true);
    } catch (DuplicateKeyException e) {
      // a concurrent retry with the same key got there first
      return replay(
          screenings.findByIdempotencyKey(user.name(), idempotencyKey).orElseThrow(() -> e),
          sha,
          body,
          user);
    }
  }

  /** The stored screening for a retry: read again, so audited as a read. */
  private Submitted replay(Screening existing, String sha, byte[] body, CurrentUser user) {
    // screenings stored before canonical hashing carry the hash of their bytes
    if (!existing.requestSha256().equals(sha)
        && !existing.requestSha256().equals(CanonicalJson.bytesSha256(body))) {
      throw new ApiException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "idempotency-key-reused",
          "Idempotency-Key reused",
          "This Idempotency-Key was used for a different request body (screening "
              + existing.id()
              + ")");
    }
    // the replay carries the stored case: a read like any other
    audit.record(user.name(), "CASE_READ", ENTITY, existing.id(), null, REPLAY);
    return new Submitted(views.response(existing), false);
  }

  private ScreeningResponse create(
      byte[] body,
      String sha,
      String key,
      EvaluationService.Evaluated evaluated,
      CurrentUser user) {
    CaseFile c = evaluated.parsed().caseFile();
    Evaluation e = evaluated.evaluation();
    OffsetDateTime now = now();
    Screening screening =
        new Screening(
            UUID.randomUUID().toString(),
            key,
            sha,
            c.caseId(),
            c.request().procedure().name(),
            c.request().urgency().name(),
            c.request().requester() == null ? null : c.request().requester().id(),
            c.request().facility() == null ? null : c.request().facility().id(),
            user.name(),
            ScreeningStatus.evaluated(e.decision().outcome()),
            1,
            now,
            now);
    screenings.insert(screening);
    screenings.insertVersion(version(screening.id(), 1, body, e, user, now));
    audit.record(
        user.name(),
        "SCREENING_CREATED",
        ENTITY,
        screening.id(),
        null,
        state(screening.status().name(), 1, e));
    reviews.afterVersion(screening.id(), 1, user.name(), c, e, user.name());
    return views.response(screenings.find(screening.id()).orElseThrow());
  }

  /**
   * A stored screening; reading it is audited. A requester sees only the screenings they submitted.
   */
  ScreeningResponse get(String id, CurrentUser user) {
    Screening screening = visible(id, user);
    audit.record(user.name(), "CASE_READ", ENTITY, id, null, null);
    return views.response(screening);
  }

  /**
   * The screenings a user may read (a requester: their own), with their status and messages but not
   * their cases: those changed after {@code updatedSince}, oldest change first (to poll), or all,
   * latest change first.
   */
  ScreeningPage list(OffsetDateTime updatedSince, int page, int size, CurrentUser user) {
    String submittedBy = user.readsAll() ? null : user.name();
    return new ScreeningPage(
        screenings.list(submittedBy, updatedSince, page, size).stream().map(views::item).toList(),
        page,
        size,
        screenings.count(submittedBy, updatedSince));
  }

  /** The life of a screening and its reviews, from the audit trail (without the reads). */
  List<HistoryEntry> history(String id, CurrentUser user) {
    return views.history(visible(id, user));
  }

  List<VersionResponse> versions(String id, CurrentUser user) {
    visible(id, user);
    audit.record(user.name(), "CASE_READ", ENTITY, id, null, null);
    return screenings.versions(id).stream()
        .map(
            v ->
                new VersionResponse(
                    v.version(),
                    v.outcome(),
                    v.tier(),
                    v.createdBy(),
                    v.createdAt(),
                    v.caseJson(),
                    v.evaluationJson()))
        .toList();
  }

  /**
   * Supplies missing or corrected data: a new version, re-evaluated; the review follows (or is
   * cancelled).
   */
  ScreeningResponse updateCase(String id, byte[] body, CurrentUser user) {
    Screening current = visible(id, user);
    if (!current.submittedBy().equals(user.name()) && !user.has(Roles.ADMIN)) {
      throw ApiException.forbidden(
          "only the submitter (or an admin) may update the case of screening " + id);
    }
    EvaluationService.Evaluated evaluated = evaluations.evaluate(body);
    Evaluation e = evaluated.evaluation();
    return tx.execute(
        status -> {
          OffsetDateTime now = now();
          int next = current.currentVersion() + 1;
          if (!screenings.advance(
              id,
              current.currentVersion(),
              ScreeningStatus.evaluated(e.decision().outcome()),
              now)) {
            throw ApiException.conflict(
                "screening " + id + " was updated concurrently; read it again and retry");
          }
          screenings.insertVersion(version(id, next, body, e, user, now));
          ScreeningVersion previous =
              screenings.version(id, current.currentVersion()).orElseThrow();
          audit.record(
              user.name(),
              "CASE_UPDATED",
              ENTITY,
              id,
              state(previous.outcome(), previous.version(), null),
              state(e.decision().outcome().name(), next, e));
          reviews.afterVersion(
              id, next, current.submittedBy(), evaluated.parsed().caseFile(), e, user.name());
          return views.response(screenings.find(id).orElseThrow());
        });
  }

  private Screening visible(String id, CurrentUser user) {
    Screening screening =
        screenings.find(id).orElseThrow(() -> ApiException.notFound("screening", id));
    if (!user.readsAll() && !screening.submittedBy().equals(user.name())) {
      throw ApiException.notFound("screening", id);
    }
    return screening;
  }

  private ScreeningVersion version(
      String id, int n, byte[] body, Evaluation e, CurrentUser user, OffsetDateTime now) {
    return new ScreeningVersion(
        id,
        n,
        new String(body, StandardCharsets.UTF_8),
        EvaluationJson.toJson(e),
        e.decision().outcome().name(),
        e.decision().tier(),
        EvaluationJson.mapper().writeValueAsString(e.decision().missingData()),
        user.name(),
        now);
  }

  /** The audit trail's view of a screening: outcome and version, not the clinical data. */
  private static String state(String status, int version, Evaluation e) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("status", status);
    state.put("version", version);
    if (e != null) {
      state.put("tier", e.decision().tier());
      state.put("inputSha256", e.provenance().inputSha256());
    }
    return EvaluationJson.mapper().writeValueAsString(state);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
