// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.engine.json.EvaluationJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reviewers' messages to requesters: appended, never changed. */
@Repository
class ReviewMessageRepository {

  private static final String COLUMNS =
      "id, review_id, screening_id, screening_version, kind, author, note, items,"
          + " decision, alternative, created_at";

  private final JdbcClient jdbc;

  ReviewMessageRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String screeningId, ReviewMessage m) {
    jdbc.sql(
            "INSERT INTO review_message (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            m.id(),
            m.reviewId(),
            screeningId,
            m.screeningVersion(),
            m.kind().name(),
            m.from(),
            m.note(),
            EvaluationJson.mapper().writeValueAsString(m.items()),
            m.decision().name(),
            m.alternative() == null ? null : m.alternative().name(),
            m.at())
        .update();
  }

  /** The messages about a screening, oldest first. */
  List<ReviewMessage> forScreening(String screeningId) {
    return jdbc.sql(
            "SELECT " + COLUMNS + " FROM review_message WHERE screening_id = ? ORDER BY seq")
        .param(screeningId)
        .query(this::message)
        .list();
  }

  private ReviewMessage message(ResultSet rs, int n) throws SQLException {
    String alternative = rs.getString("alternative");
    return new ReviewMessage(
        rs.getString("id"),
        rs.getString("review_id"),
        rs.getInt("screening_version"),
        ReviewMessage.Kind.valueOf(rs.getString("kind")),
        rs.getString("author"),
        rs.getString("note"),
        List.of(EvaluationJson.mapper().readValue(rs.getString("items"), String[].class)),
        ReviewDecision.valueOf(rs.getString("decision")),
        alternative == null ? null : Alternative.valueOf(alternative),
        rs.getObject("created_at", OffsetDateTime.class));
  }
}
