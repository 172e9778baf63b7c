// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.api.web.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reviews. Every state change is a conditional update on the state it leaves (see {@link
 * ReviewStatus}), so that concurrent claims, releases and decisions cannot both win.
 */
@Repository
public class ReviewRepository {

  private static final String COLUMNS =
      "id, screening_id, screening_version, case_id, procedure_code, urgency,"
          + " requested_by, requester_id, kind, status, expedited, due_at,"
          + " reasons_json, claimed_by, claimed_at, active_at, decision, decision_note, alternative, decided_by,"
          + " decided_at, created_at, updated_at";
  private static final String PENDING = "('OPEN', 'CLAIMED', 'INFO_REQUESTED')";

  private final JdbcClient jdbc;

  ReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Review r) {
    jdbc.sql(
            "INSERT INTO review ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?)")
        .params(
            r.id(),
            r.screeningId(),
            r.screeningVersion(),
            r.caseId(),
            r.procedure(),
            r.urgency(),
            r.requestedBy(),
            r.requesterId(),
            r.kind().name(),
            r.status().name(),
            r.expedited(),
            r.dueAt(),
            r.reasonsJson(),
            r.claimedBy(),
            r.claimedAt(),
            r.activeAt(),
            name(r.decision()),
            r.decisionNote(),
            name(r.alternative()),
            r.decidedBy(),
            r.decidedAt(),
            r.createdAt(),
            r.updatedAt())
        .update();
  }

  Optional<Review> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM review WHERE id = ?")
        .param(id)
        .query(this::review)
        .optional();
  }

  /** The review, or a 404. */
  Review require(String id) {
    return find(id).orElseThrow(() -> ApiException.notFound("review", id));
  }

  /** The review of a screening that is still on the queue, if any. */
  public Optional<Review> pendingFor(String screeningId) {
    return jdbc
        .sql(
            "SELECT "
                + COLUMNS
                + " FROM review WHERE screening_id = ? AND status IN "
                + PENDING
                + " ORDER BY created_at DESC")
        .param(screeningId)
        .query(this::review)
        .list()
        .stream()
        .findFirst();
  }

  /**
   * Every review of a screening, oldest first (the last one is the latest): a new review only opens
   * for a later version than every earlier review's, so the version orders reviews opened at the
   * same instant.
   */
  public List<Review> allFor(String screeningId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM review WHERE screening_id = ? ORDER BY created_at, screening_version,"
                + " id")
        .param(screeningId)
        .query(this::review)
        .list();
  }

  /** OPEN -> CLAIMED by {@code reviewer}; false when the review was not open any more. */
  boolean claim(String id, String reviewer, OffsetDateTime now) {
    return jdbc.sql(
                "UPDATE review SET status = 'CLAIMED', claimed_by = ?, claimed_at = ?, active_at = ?,"
                    + " updated_at = ? WHERE id = ? AND status = 'OPEN'")
            .params(reviewer, now, now, now, id)
            .update()
        == 1;
  }

  /**
   * CLAIMED -> OPEN. With {@code claimer} only when they hold the claim; with {@code idleBefore}
   * only when the claim has been idle since before that time; false when that was not the state any
   * more.
   */
  boolean release(String id, String claimer, OffsetDateTime idleBefore, OffsetDateTime now) {
    List<Object> params = new ArrayList<>(List.of(now, id));
    String sql =
        "UPDATE review SET status = 'OPEN', claimed_by = NULL, claimed_at = NULL, active_at = NULL,"
            + " updated_at = ? WHERE id = ? AND status = 'CLAIMED'";
    if (claimer != null) {
      sql += " AND claimed_by = ?";
      params.add(claimer);
    }
    if (idleBefore != null) {
      sql += " AND active_at < ?";
      params.add(idleBefore);
    }
    return jdbc.sql(sql).params(params).update() == 1;
  }

  /**
   * A pending review handed to {@code reviewer}: OPEN -> CLAIMED, CLAIMED and INFO_REQUESTED keep
   * their state.
   */
  boolean reassign(String id, String reviewer, OffsetDateTime now) {
    return jdbc.sql(
                "UPDATE review SET status = CASE WHEN status = 'OPEN' THEN 'CLAIMED' ELSE status END,"
                    + " claimed_by = ?, claimed_at = ?, active_at = ?, updated_at = ? WHERE id = ? AND status IN "
                    + PENDING)
            .params(reviewer, now, now, now, id)
            .update()
        == 1;
  }

  /** The claimer works on the review: the idle time starts again. */
  void touch(String id, String reviewer, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE review SET active_at = ? WHERE id = ? AND status = 'CLAIMED' AND claimed_by = ?")
        .params(now, id, reviewer)
        .update();
  }

  /** Claims idle since before {@code idleBefore}. */
  List<Review> idleClaims(OffsetDateTime idleBefore) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM review WHERE status = 'CLAIMED' AND active_at < ? ORDER BY id")
        .param(idleBefore)
        .query(this::review)
        .list();
  }

  /**
   * CLAIMED (or INFO_REQUESTED, deciding without waiting) by {@code reviewer} -> DECIDED or
   * INFO_REQUESTED; false when that was not the state any more.
   */
  boolean decide(
      String id,
      String reviewer,
      ReviewStatus next,
      ReviewDecision decision,
      String note,
      Alternative alternative,
      OffsetDateTime now) {
    return jdbc.sql(
                "UPDATE review SET status = ?, decision = ?, decision_note = ?, alternative = ?, decided_by = ?,"
                    + " decided_at = ?, updated_at = ? WHERE id = ? AND status IN ('CLAIMED', 'INFO_REQUESTED')"
                    + " AND claimed_by = ?")
            .params(
                next.name(),
                decision.name(),
                note,
                name(alternative),
                reviewer,
                now,
                now,
                id,
                reviewer)
            .update()
        == 1;
  }

  /**
   * A pending review follows a new version of its case. After a request for information it goes
   * back to the reviewer who asked (CLAIMED by them, active now; OPEN if nobody holds it);
   * otherwise its state is unchanged.
   */
  public void followVersion(String id, int version, String reasonsJson, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE review SET screening_version = ?, reasons_json = ?, updated_at = ?,"
                + " active_at = CASE WHEN status = 'INFO_REQUESTED' THEN ? ELSE active_at END,"
                + " status = CASE WHEN status <> 'INFO_REQUESTED' THEN status"
                + " WHEN claimed_by IS NULL THEN 'OPEN' ELSE 'CLAIMED' END"
                + " WHERE id = ?")
        .params(version, reasonsJson, now, now, id)
        .update();
  }

  public void cancel(String id, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE review SET status = 'CANCELLED', updated_at = ? WHERE id = ? AND status IN "
                + PENDING)
        .params(now, id)
        .update();
  }

  /** A page of the queue: prospective reviews first (a patient waits), then by due time. */
  List<Review> page(ReviewFilter filter, int page, int size) {
    List<Object> params = new ArrayList<>();
    String where = where(filter, params);
    params.add(size);
    params.add((long) page * size);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM review"
                + where
                + " ORDER BY CASE WHEN kind = 'PROSPECTIVE' THEN 0 ELSE 1 END, due_at, id LIMIT ? OFFSET ?")
        .params(params)
        .query(this::review)
        .list();
  }

  long count(ReviewFilter filter) {
    List<Object> params = new ArrayList<>();
    return jdbc.sql("SELECT COUNT(*) FROM review" + where(filter, params))
        .params(params)
        .query(Long.class)
        .single();
  }

  /** Pending reviews whose due time has passed, most overdue first. */
  List<Review> overdue(OffsetDateTime now) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM review WHERE status IN "
                + PENDING
                + " AND due_at < ?"
                + " ORDER BY due_at, id")
        .param(now)
        .query(this::review)
        .list();
  }

  public long countPending() {
    return jdbc.sql("SELECT COUNT(*) FROM review WHERE status IN " + PENDING)
        .query(Long.class)
        .single();
  }

  public long countOverdue(OffsetDateTime now) {
    return jdbc.sql("SELECT COUNT(*) FROM review WHERE status IN " + PENDING + " AND due_at < ?")
        .param(now)
        .query(Long.class)
        .single();
  }

  private static String where(ReviewFilter filter, List<Object> params) {
    List<String> clauses = new ArrayList<>();
    if (!filter.statuses().isEmpty()) {
      clauses.add(
          "status IN ("
              + String.join(", ", filter.statuses().stream().map(s -> "?").toList())
              + ")");
      filter.statuses().forEach(s -> params.add(s.name()));
    }
    add(clauses, params, "kind = ?", filter.kind() == null ? null : filter.kind().name());
    add(clauses, params, "procedure_code = ?", filter.procedure());
    add(clauses, params, "urgency = ?", filter.urgency());
    add(clauses, params, "claimed_by = ?", filter.claimedBy());
    add(clauses, params, "due_at < ?", filter.dueBefore());
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  private static void add(List<String> clauses, List<Object> params, String clause, Object value) {
    if (value != null) {
      clauses.add(clause);
      params.add(value);
    }
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private Review review(ResultSet rs, int n) throws SQLException {
    return new Review(
        rs.getString("id"),
        rs.getString("screening_id"),
        rs.getInt("screening_version"),
        rs.getString("case_id"),
        rs.getString("procedure_code"),
        rs.getString("urgency"),
        rs.getString("requested_by"),
        rs.getString("requester_id"),
        ReviewKind.valueOf(rs.getString("kind")),
        ReviewStatus.valueOf(rs.getString("status")),
        rs.getBoolean("expedited"),
        rs.getObject("due_at", OffsetDateTime.class),
        rs.getString("reasons_json"),
        rs.getString("claimed_by"),
        rs.getObject("claimed_at", OffsetDateTime.class),
        rs.getObject("active_at", OffsetDateTime.class),
        rs.getString("decision") == null ? null : ReviewDecision.valueOf(rs.getString("decision")),
        rs.getString("decision_note"),
        rs.getString("alternative") == null
            ? null
            : Alternative.valueOf(rs.getString("alternative")),
        rs.getString("decided_by"),
        rs.getObject("decided_at", OffsetDateTime.class),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class));
  }
}
