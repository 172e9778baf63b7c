// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The embedded default (no configuration at all): the same migrations on H2, a screening with its review, and the
 * append-only audit trail enforced by the H2 trigger.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultTest {

  @LocalServerPort
  int port;

  @Autowired
  JdbcClient jdbc;

  @Test
  void theServiceRunsOnTheEmbeddedDatabaseWithTheSameMigrations() {
    Http http = new Http(port);
    JsonNode s = http.post("/api/v1/screenings", "requester", Cases.rarelyAppropriate("emb-1", "ELECTIVE", "npi-1"))
        .json();
    assertThat(s.get("status").asString()).isEqualTo("SECOND_REVIEW");
    String review = s.get("review").get("id").asString();
    assertThat(http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null).status()).isEqualTo(200);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL").query(Long.class).single())
        .isEqualTo(5);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM dtr_context").query(Long.class).single()).isNotNegative();
    // CDS Hooks on the embedded default: dev mode takes the README's request without a client JWT, and stores the card
    Http.Response cds = http.post("/cds-services/crosscheck-order-sign", null,
        CdsFixtures.orderSign(CdsFixtures.REVIEW).toString());
    assertThat(cds.status()).as(cds.body()).isEqualTo(200);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM cds_card").query(Long.class).single()).isEqualTo(1);
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update()).hasMessageContaining("append-only");
  }
}
