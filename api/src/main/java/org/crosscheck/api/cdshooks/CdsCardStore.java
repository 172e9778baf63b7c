// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The cards issued and the feedback received (migration V3). Rows are only inserted. */
@Repository
public class CdsCardStore {

  /** A card as stored: what was decided for which order, and the CRD assertion made for it. */
  public record IssuedCard(
      String uuid,
      String serviceId,
      String hookInstance,
      String clientIss,
      String orderRef,
      String procedure,
      String outcome,
      String tier,
      String criteria,
      String ruleSets,
      String coverageAssertionId,
      String coverageJson,
      List<String> suggestionIds) {}

  /** One feedback item ({@code outcome} accepted or overridden). */
  public record Feedback(
      String cardUuid,
      String outcome,
      String acceptedSuggestions,
      String overrideSystem,
      String overrideCode,
      String overrideDisplay,
      String userComment,
      OffsetDateTime outcomeTimestamp,
      String clientIss) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  CdsCardStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Stores the cards of one response together: all or none. */
  @Transactional
  public void issued(List<IssuedCard> cards) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    for (IssuedCard c : cards) {
      jdbc.sql(
              """
          INSERT INTO cds_card (uuid, service_id, hook_instance, client_iss, order_ref, procedure_code, outcome, tier,
              criteria, rule_sets, coverage_assertion_id, coverage_json, suggestion_ids, issued_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              c.uuid(),
              c.serviceId(),
              c.hookInstance(),
              c.clientIss(),
              c.orderRef(),
              c.procedure(),
              c.outcome(),
              c.tier(),
              c.criteria(),
              c.ruleSets(),
              c.coverageAssertionId(),
              c.coverageJson(),
              String.join(",", c.suggestionIds()),
              now)
          .update();
    }
  }

  /** The service that issued a card, if it exists. */
  public Optional<String> serviceOf(String cardUuid) {
    return jdbc.sql("SELECT service_id FROM cds_card WHERE uuid = ?")
        .param(cardUuid)
        .query(String.class)
        .optional();
  }

  /** The uuids of the suggestions a card offered (empty when it offered none). */
  public List<String> suggestionsOf(String cardUuid) {
    String ids =
        jdbc.sql("SELECT suggestion_ids FROM cds_card WHERE uuid = ?")
            .param(cardUuid)
            .query(String.class)
            .optional()
            .orElse("");
    return ids.isEmpty() ? List.of() : List.of(ids.split(","));
  }

  /** Whether this service issued a CRD coverage assertion with this id. */
  public boolean issuedAssertion(String assertionId) {
    return jdbc.sql("SELECT count(*) FROM cds_card WHERE coverage_assertion_id = ?")
            .param(assertionId)
            .query(Integer.class)
            .single()
        > 0;
  }

  /**
   * The client a card was issued to (its JWT iss; null when it called without one), if the card
   * exists.
   */
  public Optional<String> clientOf(String cardUuid) {
    return jdbc.sql("SELECT coalesce(client_iss, '') FROM cds_card WHERE uuid = ?")
        .param(cardUuid)
        .query(String.class)
        .optional();
  }

  /** Stores the items of one feedback request together: all or none. */
  @Transactional
  public void feedback(List<Feedback> items) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    for (Feedback f : items) {
      jdbc.sql(
              """
          INSERT INTO cds_feedback (card_uuid, outcome, accepted_suggestions, override_system, override_code,
              override_display, user_comment, outcome_timestamp, client_iss, received_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              f.cardUuid(),
              f.outcome(),
              f.acceptedSuggestions(),
              f.overrideSystem(),
              f.overrideCode(),
              f.overrideDisplay(),
              f.userComment(),
              f.outcomeTimestamp(),
              f.clientIss(),
              now)
          .update();
    }
  }
}
