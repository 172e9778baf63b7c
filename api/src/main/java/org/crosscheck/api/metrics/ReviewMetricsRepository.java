// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.metrics;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the decided prospective reviews of a time range, with their request times. */
@Repository
class ReviewMetricsRepository {

  private final JdbcClient jdbc;

  ReviewMetricsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Reviews of requests (not retrospective ones) concurred or overturned in [from, to). */
  List<DecidedReview> decided(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.sql(
            """
        SELECT s.created_at, r.decided_at, r.expedited, r.decision,
               CASE WHEN EXISTS (SELECT 1 FROM review_message m
                                 WHERE m.review_id = r.id AND m.kind = 'INFO_REQUEST') THEN 1 ELSE 0 END
        FROM review r JOIN screening s ON s.id = r.screening_id
        WHERE r.kind = 'PROSPECTIVE' AND r.status = 'DECIDED' AND r.decision IN ('CONCUR', 'OVERTURN')
          AND r.decided_at >= ? AND r.decided_at < ?""")
        .params(from, to)
        .query(
            (rs, n) ->
                new DecidedReview(
                    rs.getObject(1, OffsetDateTime.class),
                    rs.getObject(2, OffsetDateTime.class),
                    rs.getBoolean(3),
                    "CONCUR".equals(rs.getString(4)),
                    rs.getInt(5) == 1))
        .list();
  }
}
