// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.dtr;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documentation forms of pending orders (migration V20): the record's case, and the clinician's
 * answers.
 */
@Repository
class DtrContextStore {

  /**
   * A form: the order it documents, the case its record was mapped to, and the answers once given.
   */
  record Context(
      String id,
      String cardUuid,
      String serviceId,
      String clientIss,
      String orderRef,
      String patientId,
      String procedure,
      String coverageRef,
      String caseJson,
      String answersJson) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  DtrContextStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void insert(Context c) {
    jdbc.sql(
            """
        INSERT INTO dtr_context (id, card_uuid, service_id, client_iss, order_ref, patient_id, procedure_code,
            coverage_ref, case_json, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            c.id(),
            c.cardUuid(),
            c.serviceId(),
            c.clientIss(),
            c.orderRef(),
            c.patientId(),
            c.procedure(),
            c.coverageRef(),
            c.caseJson(),
            now())
        .update();
  }

  Optional<Context> find(String id) {
    return jdbc.sql(
            """
        SELECT id, card_uuid, service_id, client_iss, order_ref, patient_id, procedure_code, coverage_ref, case_json,
            answers_json FROM dtr_context WHERE id = ?""")
        .param(id)
        .query(
            (rs, n) ->
                new Context(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getString(10)))
        .optional();
  }

  /** The newest form of an order (whatever its state), for a DTR call that names only the order. */
  Optional<String> latestFor(String orderRef) {
    return jdbc.sql(
            "SELECT id FROM dtr_context WHERE order_ref = ? ORDER BY created_at DESC, id LIMIT 1")
        .param(orderRef)
        .query(String.class)
        .optional();
  }

  /**
   * The newest completed answers for an order of a patient from a client (null iss: calls without a
   * JWT).
   */
  Optional<String> latestAnswers(String orderRef, String patientId, String clientIss) {
    return jdbc.sql(
            """
        SELECT answers_json FROM dtr_context WHERE order_ref = ? AND patient_id = ?
            AND coalesce(client_iss, '') = ? AND answers_json IS NOT NULL
        ORDER BY answered_at DESC, id LIMIT 1""")
        .params(orderRef, patientId, clientIss == null ? "" : clientIss)
        .query(String.class)
        .optional();
  }

  void answered(String id, String answersJson, String user) {
    jdbc.sql(
            "UPDATE dtr_context SET answers_json = ?, answered_by = ?, answered_at = ? WHERE id = ?")
        .params(answersJson, user, now(), id)
        .update();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
