// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Screenings and their versions (plain SQL). */
@Repository
class ScreeningRepository {

  private static final String COLUMNS =
      "id, idempotency_key, request_sha256, case_id, procedure_code, urgency,"
          + " requester_id, facility_id, submitted_by, status, current_version, created_at, updated_at";

  private final JdbcClient jdbc;

  ScreeningRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Screening s) {
    jdbc.sql(
            "INSERT INTO screening ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            s.id(),
            s.idempotencyKey(),
            s.requestSha256(),
            s.caseId(),
            s.procedure(),
            s.urgency(),
            s.requesterId(),
            s.facilityId(),
            s.submittedBy(),
            s.status().name(),
            s.currentVersion(),
            s.createdAt(),
            s.updatedAt())
        .update();
  }

  void insertVersion(ScreeningVersion v) {
    jdbc.sql(
            """
        INSERT INTO screening_version (screening_id, version, case_json, evaluation_json, outcome, tier,
                                       missing_data, created_by, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            v.screeningId(),
            v.version(),
            v.caseJson(),
            v.evaluationJson(),
            v.outcome(),
            v.tier(),
            v.missingDataJson(),
            v.createdBy(),
            v.createdAt())
        .update();
  }

  /** Moves a screening to its next version unless another update got there first (false then). */
  boolean advance(String id, int fromVersion, ScreeningStatus status, OffsetDateTime now) {
    return jdbc.sql(
                """
        UPDATE screening SET current_version = ?, status = ?, updated_at = ?
        WHERE id = ? AND current_version = ?""")
            .params(fromVersion + 1, status.name(), now, id, fromVersion)
            .update()
        == 1;
  }

  /**
   * A change the screening shows (its review's): the new status, unless another change got there
   * first.
   */
  boolean changed(String id, ScreeningStatus from, ScreeningStatus to, OffsetDateTime now) {
    return jdbc.sql("UPDATE screening SET status = ?, updated_at = ? WHERE id = ? AND status = ?")
            .params(to.name(), now, id, from.name())
            .update()
        == 1;
  }

  /**
   * Screenings updated after {@code updatedSince} (oldest change first, for polling), or all of
   * them (latest change first, for people); only those {@code submittedBy} submitted when it is
   * set.
   */
  List<Screening> list(String submittedBy, OffsetDateTime updatedSince, int page, int size) {
    List<Object> params = new ArrayList<>();
    String where = where(submittedBy, updatedSince, params);
    params.add(size);
    params.add((long) page * size);
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM screening"
                + where
                + " ORDER BY updated_at"
                + (updatedSince == null ? " DESC, id DESC" : ", id")
                + " LIMIT ? OFFSET ?")
        .params(params)
        .query(this::screening)
        .list();
  }

  long count(String submittedBy, OffsetDateTime updatedSince) {
    List<Object> params = new ArrayList<>();
    return jdbc.sql("SELECT COUNT(*) FROM screening" + where(submittedBy, updatedSince, params))
        .params(params)
        .query(Long.class)
        .single();
  }

  private static String where(
      String submittedBy, OffsetDateTime updatedSince, List<Object> params) {
    List<String> clauses = new ArrayList<>();
    if (submittedBy != null) {
      clauses.add("submitted_by = ?");
      params.add(submittedBy);
    }
    if (updatedSince != null) {
      clauses.add("updated_at > ?");
      params.add(updatedSince);
    }
    return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
  }

  Optional<Screening> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM screening WHERE id = ?")
        .param(id)
        .query(this::screening)
        .optional();
  }

  /** A user's screening sent under {@code key} (keys are scoped per user). */
  Optional<Screening> findByIdempotencyKey(String submittedBy, String key) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM screening WHERE submitted_by = ? AND idempotency_key = ?")
        .params(submittedBy, key)
        .query(this::screening)
        .optional();
  }

  Optional<ScreeningVersion> version(String id, int version) {
    return jdbc.sql(
            """
        SELECT screening_id, version, case_json, evaluation_json, outcome, tier, missing_data, created_by, created_at
        FROM screening_version WHERE screening_id = ? AND version = ?""")
        .params(id, version)
        .query(this::version)
        .optional();
  }

  List<ScreeningVersion> versions(String id) {
    return jdbc.sql(
            """
        SELECT screening_id, version, case_json, evaluation_json, outcome, tier, missing_data, created_by, created_at
        FROM screening_version WHERE screening_id = ? ORDER BY version""")
        .param(id)
        .query(this::version)
        .list();
  }

  private Screening screening(ResultSet rs, int n) throws SQLException {
    return new Screening(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        ScreeningStatus.valueOf(rs.getString(10)),
        rs.getInt(11),
        rs.getObject(12, OffsetDateTime.class),
        rs.getObject(13, OffsetDateTime.class));
  }

  private ScreeningVersion version(ResultSet rs, int n) throws SQLException {
    return new ScreeningVersion(
        rs.getString(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getObject(9, OffsetDateTime.class));
  }
}
