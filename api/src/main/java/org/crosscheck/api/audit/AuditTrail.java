// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only audit trail, a hash chain ({@link AuditChain}). This class only inserts and
 * reads; the database refuses updates and deletes (migration V2), and the service's role may not
 * change that (api/README.md).
 *
 * <p>Appends are serialized by locking the chain's head row, and they happen as the last step of
 * the transaction that records them (just before its commit): the head lock is always the last lock
 * a transaction takes, so two transactions that touch the same review cannot deadlock on it, and an
 * event of a transaction that rolls back is never written.
 */
@Repository
public class AuditTrail {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate tx;

  AuditTrail(JdbcClient jdbc, Clock clock, TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.tx = tx;
  }

  /**
   * Appends an event; {@code before} and {@code after} are JSON (or null). Part of the caller's
   * transaction.
   */
  public void record(
      String actor,
      String action,
      String entityType,
      String entityId,
      String before,
      String after) {
    // PostgreSQL keeps microseconds: the hashed time is the stored one
    OffsetDateTime now =
        OffsetDateTime.now(clock)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MICROS);
    AuditEvent event = new AuditEvent(0, now, actor, action, entityType, entityId, before, after);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      tx.executeWithoutResult(status -> append(List.of(event)));
      return;
    }
    pending().add(event);
  }

  /** The events recorded in the current transaction, appended just before it commits. */
  private List<AuditEvent> pending() {
    @SuppressWarnings("unchecked")
    List<AuditEvent> events =
        (List<AuditEvent>) TransactionSynchronizationManager.getResource(this);
    if (events == null) {
      List<AuditEvent> created = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(this, created);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
              append(created);
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
            }
          });
      events = created;
    }
    return events;
  }

  /** Links the events to the chain's head, in order, under the head's row lock. */
  private void append(List<AuditEvent> events) {
    String previous =
        jdbc.sql("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
            .query(String.class)
            .single();
    long id = 0;
    for (AuditEvent e : events) {
      id =
          jdbc.sql("SELECT nextval(pg_get_serial_sequence('audit_event', 'id'))")
              .query(Long.class)
              .single();
      AuditEvent event =
          new AuditEvent(
              id,
              e.occurredAt(),
              e.actor(),
              e.action(),
              e.entityType(),
              e.entityId(),
              e.before(),
              e.after());
      String hash = AuditChain.hash(previous, event);
      jdbc.sql(
              """
          INSERT INTO audit_event (id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state,
                                   prev_hash, row_hash)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              id,
              event.occurredAt(),
              event.actor(),
              event.action(),
              event.entityType(),
              event.entityId(),
              event.before(),
              event.after(),
              previous,
              hash)
          .update();
      previous = hash;
    }
    if (!events.isEmpty()) {
      jdbc.sql("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1")
          .params(id, previous)
          .update();
    }
  }

  /** The events of one entity, oldest first. */
  public List<AuditEvent> forEntity(String entityId) {
    return jdbc.sql(
            """
        SELECT id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state
        FROM audit_event WHERE entity_id = ? ORDER BY id""")
        .param(entityId)
        .query(
            (rs, n) ->
                new AuditEvent(
                    rs.getLong(1),
                    rs.getObject(2, OffsetDateTime.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8)))
        .list();
  }
}
