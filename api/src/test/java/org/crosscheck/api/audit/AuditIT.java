// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class AuditIT extends PostgresIT {

  @Autowired JdbcClient jdbc;

  private List<String> actions(String entityId) {
    List<String> actions = new ArrayList<>();
    http.get("/api/v1/audit?entityId=" + entityId, "auditor")
        .json()
        .forEach(e -> actions.add(e.get("action").asString() + " by " + e.get("actor").asString()));
    return actions;
  }

  @Test
  void everyStateChangeIsInTheTrailWithWhoWhenAndBeforeAfter() {
    JsonNode s =
        http.post(
                "/api/v1/screenings",
                "requester",
                Cases.rarelyAppropriate(unique("audit"), "ELECTIVE", "npi-7"))
            .json();
    String screening = s.get("id").asString();
    String review = s.get("review").get("id").asString();
    http.get("/api/v1/screenings/" + screening, "reviewer");
    http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null);
    http.post(
        "/api/v1/reviews/" + review + "/decision",
        "reviewer",
        "{\"decision\": \"CONCUR\", \"note\": \"Symptoms documented.\"}");
    assertThat(actions(screening))
        .containsExactly(
            "SCREENING_CREATED by requester",
            "CASE_READ by reviewer",
            "SCREENING_STATUS_CHANGED by reviewer");
    assertThat(actions(review))
        .containsExactly(
            "REVIEW_CREATED by requester",
            "REVIEW_CLAIMED by reviewer",
            "REVIEW_DECIDED by reviewer",
            "MESSAGE_TO_REQUESTER by reviewer");
    JsonNode decided = http.get("/api/v1/audit?entityId=" + review, "auditor").json().get(2);
    assertThat(decided.get("before").get("status").asString()).isEqualTo("CLAIMED");
    assertThat(decided.get("after").get("status").asString()).isEqualTo("DECIDED");
    assertThat(decided.get("after").get("decision").asString()).isEqualTo("CONCUR");
    assertThat(decided.get("occurredAt").asString()).startsWith("2026-03-01T09:00");
    JsonNode status = http.get("/api/v1/audit?entityId=" + screening, "auditor").json().get(2);
    assertThat(status.get("before").get("status").asString()).isEqualTo("SECOND_REVIEW");
    assertThat(status.get("after").get("status").asString()).isEqualTo("APPROVED");
    JsonNode message = http.get("/api/v1/audit?entityId=" + review, "auditor").json().get(3);
    assertThat(message.get("after").get("note").asString()).isEqualTo("Symptoms documented.");
  }

  @Test
  void theTrailCannotBeChangedThroughTheApiNorInTheDatabase() {
    String screening =
        http.post("/api/v1/screenings", "requester", Cases.appropriate(unique("imm"), "npi-7"))
            .json()
            .get("id")
            .asString();
    assertThat(
            http.send("DELETE", "/api/v1/audit?entityId=" + screening, "admin", null, null)
                .status())
        .isEqualTo(403);
    assertThat(
            http.send(
                    "PUT", "/api/v1/audit?entityId=" + screening, "admin", "{}", "application/json")
                .status())
        .isEqualTo(403);
    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE audit_event SET actor = 'someone else' WHERE entity_id = ?")
                    .param(screening)
                    .update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () -> jdbc.sql("DELETE FROM audit_event WHERE entity_id = ?").param(screening).update())
        .hasMessageContaining("append-only");
    assertThat(actions(screening)).containsExactly("SCREENING_CREATED by requester");
  }

  @Test
  void onlyAuditorsAndAdminsReadTheTrail() {
    assertThat(http.get("/api/v1/audit?entityId=x", "reviewer").status()).isEqualTo(403);
    assertThat(http.get("/api/v1/audit?entityId=x", "requester").status()).isEqualTo(403);
    assertThat(http.get("/api/v1/audit?entityId=x", "admin").status()).isEqualTo(200);
  }
}
