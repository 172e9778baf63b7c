// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail's hash chain. Each row's hash is SHA-256 of the previous row's hash (hex), a line
 * feed, and the row's canonical content: the JSON array {@code [id, occurredAt, actor, action,
 * entityType, entityId, before, after]} (occurredAt as an ISO-8601 instant in UTC; before and after
 * as the stored strings or null). The first row follows 64 zeros. {@link #verify()} recomputes
 * every link and checks the head row, so that a row changed, removed or inserted, or newest rows
 * removed, show as a break; a rewrite of every later hash and of the head is what only an anchor
 * outside the database (the head hash an auditor noted) can reveal.
 */
@Service
public class AuditChain {

  static final String GENESIS = "0".repeat(64);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int PAGE = 1000;

  private final JdbcClient jdbc;

  AuditChain(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The result of a verification: rows checked, the last hash, and where and why the chain first
   * breaks.
   */
  public record Verification(
      boolean intact,
      long rowsChecked,
      long unchainedRowsBefore,
      String lastHash,
      Long brokenAtId,
      String problem) {}

  static String hash(String previous, AuditEvent e) {
    String content =
        JSON.writeValueAsString(
            Arrays.asList(
                e.id(),
                e.occurredAt().toInstant().toString(),
                e.actor(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.before(),
                e.after()));
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest((previous + "\n" + content).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private record Row(AuditEvent event, String prevHash, String rowHash) {}

  /**
   * Walks the whole trail in id order, a page at a time, in one snapshot (appends may go on
   * meanwhile).
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Verification verify() {
    long unchained = 0;
    long checked = 0;
    String previous = null;
    Long lastId = null;
    long after = Long.MIN_VALUE;
    for (List<Row> page = page(after); !page.isEmpty(); page = page(after)) {
      for (Row row : page) {
        after = row.event().id();
        if (previous == null && row.rowHash() == null) {
          unchained++; // written before the chain existed
          continue;
        }
        String expectedPrevious = previous == null ? GENESIS : previous;
        if (row.rowHash() == null || row.prevHash() == null) {
          return broken(checked, unchained, previous, row, "the row has no hash");
        }
        if (!row.prevHash().equals(expectedPrevious)) {
          return broken(
              checked,
              unchained,
              previous,
              row,
              "the previous hash does not match the row before it"
                  + " (a row was removed or inserted before this one)");
        }
        if (!hash(expectedPrevious, row.event()).equals(row.rowHash())) {
          return broken(
              checked,
              unchained,
              previous,
              row,
              "the content does not match its hash (the row was changed)");
        }
        previous = row.rowHash();
        lastId = row.event().id();
        checked++;
      }
    }
    String head =
        jdbc.sql("SELECT last_hash FROM audit_chain_head WHERE id = 1")
            .query(String.class)
            .single();
    String last = previous == null ? GENESIS : previous;
    if (!head.equals(last)) {
      return new Verification(
          false,
          checked,
          unchained,
          last,
          lastId,
          "the chain's head names another last row: rows after the last one were removed");
    }
    return new Verification(true, checked, unchained, last, null, null);
  }

  private static Verification broken(
      long checked, long unchained, String previous, Row row, String problem) {
    return new Verification(false, checked, unchained, previous, row.event().id(), problem);
  }

  private List<Row> page(long after) {
    List<Row> rows = new ArrayList<>();
    jdbc.sql(
            """
        SELECT id, occurred_at, actor, action, entity_type, entity_id, before_state, after_state, prev_hash, row_hash
        FROM audit_event WHERE id > ? ORDER BY id LIMIT ?""")
        .params(after, PAGE)
        .query(
            rs -> {
              rows.add(
                  new Row(
                      new AuditEvent(
                          rs.getLong(1),
                          rs.getObject(2, OffsetDateTime.class),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5),
                          rs.getString(6),
                          rs.getString(7),
                          rs.getString(8)),
                      rs.getString(9),
                      rs.getString(10)));
            });
    return rows;
  }
}
