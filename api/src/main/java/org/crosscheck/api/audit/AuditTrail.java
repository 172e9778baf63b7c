// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only audit trail. This class only inserts and reads; the database refuses updates and deletes
 * (migration V2, per vendor).
 */
@Repository
public class AuditTrail {

  private final JdbcClient jdbc;
  private final Clock clock;

  AuditTrail(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Appends an event; {@code before} and {@code after} are JSON (or null). */
  public void record(String actor, String action, String entityType, String entityId, String before, String after) {
    jdbc.sql("""
        INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, before_state, after_state)
        VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), actor, action, entityType, entityId,
            before, after)
        .update();
  }

  /** The events of one entity, oldest first. */
  public List<AuditEvent> forEntity(String entityId) {
    return jdbc.sql("""
        SELECT id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state
        FROM audit_event WHERE entity_id = ? ORDER BY id""")
        .param(entityId)
        .query((rs, n) -> new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
        .list();
  }
}
