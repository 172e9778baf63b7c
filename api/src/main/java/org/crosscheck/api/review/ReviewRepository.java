// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reviews. State changes are conditional updates, so that concurrent claims cannot both win. */
@Repository
public class ReviewRepository {

  private static final String COLUMNS = "id, screening_id, screening_version, case_id, procedure_code, urgency,"
      + " requested_by, requester_id, kind, status, expedited, due_at,"
      + " reasons_json, claimed_by, claimed_at, decision, decision_note, alternative, decided_by, decided_at,"
      + " created_at, updated_at";
  private static final String PENDING = "('OPEN', 'CLAIMED', 'INFO_REQUESTED')";

  private final JdbcClient jdbc;

  ReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Review r) {
    jdbc.sql("INSERT INTO review (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?)")
        .params(r.id(), r.screeningId(), r.screeningVersion(), r.caseId(), r.procedure(), r.urgency(),
            r.requestedBy(), r.requesterId(), r.kind().name(), r.status().name(), r.expedited(),
            r.dueAt(), r.reasonsJson(), r.claimedBy(), r.claimedAt(), name(r.decision()), r.decisionNote(),
            name(r.alternative()), r.decidedBy(), r.decidedAt(), r.createdAt(), r.updatedAt())
        .update();
  }

  Optional<Review> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM review WHERE id = ?").param(id).query(this::review).optional();
  }

  /** The review of a screening that is still on the queue, if any. */
  public Optional<Review> pendingFor(String screeningId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM review WHERE screening_id = ? AND status IN " + PENDING
        + " ORDER BY created_at DESC").param(screeningId).query(this::review).list().stream().findFirst();
  }

  /** The latest review of a screening, whatever its state. */
  public Optional<Review> latestFor(String screeningId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM review WHERE screening_id = ? ORDER BY created_at DESC, id")
        .param(screeningId).query(this::review).list().stream().findFirst();
  }

  /** OPEN -> CLAIMED by {@code reviewer}; false when the review was not open any more. */
  boolean claim(String id, String reviewer, OffsetDateTime now) {
    return jdbc.sql("UPDATE review SET status = 'CLAIMED', claimed_by = ?, claimed_at = ?, updated_at = ?"
        + " WHERE id = ? AND status = 'OPEN'").params(reviewer, now, now, id).update() == 1;
  }

  /** CLAIMED by {@code reviewer} -> DECIDED or INFO_REQUESTED; false when that was not the state any more. */
  boolean decide(String id, String reviewer, ReviewStatus next, Decision decision, String note,
      Alternative alternative, OffsetDateTime now) {
    return jdbc.sql("UPDATE review SET status = ?, decision = ?, decision_note = ?, alternative = ?, decided_by = ?,"
        + " decided_at = ?, updated_at = ? WHERE id = ? AND status = 'CLAIMED' AND claimed_by = ?")
        .params(next.name(), decision.name(), note, name(alternative), reviewer, now, now, id, reviewer)
        .update() == 1;
  }

  /** A pending review follows a new version of its case: reopened if information was requested, else unchanged. */
  public void followVersion(String id, int version, String reasonsJson, OffsetDateTime now) {
    jdbc.sql("UPDATE review SET screening_version = ?, reasons_json = ?, updated_at = ?,"
        + " status = CASE WHEN status = 'INFO_REQUESTED' THEN 'OPEN' ELSE status END,"
        + " claimed_by = CASE WHEN status = 'INFO_REQUESTED' THEN NULL ELSE claimed_by END,"
        + " claimed_at = CASE WHEN status = 'INFO_REQUESTED' THEN NULL ELSE claimed_at END"
        + " WHERE id = ?").params(version, reasonsJson, now, id).update();
  }

  public void cancel(String id, OffsetDateTime now) {
    jdbc.sql("UPDATE review SET status = 'CANCELLED', updated_at = ? WHERE id = ? AND status IN " + PENDING)
        .params(now, id).update();
  }

  /** A page of reviews, by due time, filtered by status and a due-before bound. */
  List<Review> page(ReviewStatus status, OffsetDateTime dueBefore, int page, int size) {
    List<Object> params = new ArrayList<>();
    String where = where(status, dueBefore, params);
    params.add(size);
    params.add((long) page * size);
    return jdbc.sql("SELECT " + COLUMNS + " FROM review" + where + " ORDER BY due_at, id LIMIT ? OFFSET ?")
        .params(params).query(this::review).list();
  }

  long count(ReviewStatus status, OffsetDateTime dueBefore) {
    List<Object> params = new ArrayList<>();
    return jdbc.sql("SELECT COUNT(*) FROM review" + where(status, dueBefore, params)).params(params)
        .query(Long.class).single();
  }

  /** Pending reviews whose due time has passed, most overdue first. */
  List<Review> overdue(OffsetDateTime now) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM review WHERE status IN " + PENDING + " AND due_at < ?"
        + " ORDER BY due_at, id").param(now).query(this::review).list();
  }

  public long countPending() {
    return jdbc.sql("SELECT COUNT(*) FROM review WHERE status IN " + PENDING).query(Long.class).single();
  }

  public long countOverdue(OffsetDateTime now) {
    return jdbc.sql("SELECT COUNT(*) FROM review WHERE status IN " + PENDING + " AND due_at < ?").param(now)
        .query(Long.class).single();
  }

  private static String where(ReviewStatus status, OffsetDateTime dueBefore, List<Object> params) {
    List<String> clauses = new ArrayList<>();
    if (status != null) {
      clauses.add("status = ?");
      params.add(status.name());
    }
    if (dueBefore != null) {
      clauses.add("due_at < ?");
      params.add(dueBefore);
    }
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private Review review(ResultSet rs, int n) throws SQLException {
    return new Review(rs.getString("id"), rs.getString("screening_id"), rs.getInt("screening_version"),
        rs.getString("case_id"), rs.getString("procedure_code"), rs.getString("urgency"), rs.getString("requested_by"),
        rs.getString("requester_id"), ReviewKind.valueOf(rs.getString("kind")),
        ReviewStatus.valueOf(rs.getString("status")), rs.getBoolean("expedited"),
        rs.getObject("due_at", OffsetDateTime.class), rs.getString("reasons_json"), rs.getString("claimed_by"),
        rs.getObject("claimed_at", OffsetDateTime.class),
        rs.getString("decision") == null ? null : Decision.valueOf(rs.getString("decision")),
        rs.getString("decision_note"),
        rs.getString("alternative") == null ? null : Alternative.valueOf(rs.getString("alternative")),
        rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class),
        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
  }
}
