// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class ScreeningIT extends PostgresIT {

  @Autowired JdbcClient jdbc;

  @Test
  void aFlaggedRequestIsStoredWithItsEvaluationAndOpensAReviewDueIn7Days() {
    String caseId = unique("scr");
    Http.Response r =
        http.post(
            "/api/v1/screenings",
            "requester",
            Cases.rarelyAppropriate(caseId, "ELECTIVE", "npi-1"));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    JsonNode s = r.json();
    assertThat(s.get("status").asString()).isEqualTo("SECOND_REVIEW");
    assertThat(s.get("caseId").asString()).isEqualTo(caseId);
    assertThat(s.get("version").asInt()).isEqualTo(1);
    assertThat(s.get("evaluation").get("findings").get(0).get("criterion").asString())
        .isEqualTo("14");
    assertThat(s.get("review").get("status").asString()).isEqualTo("OPEN");
    assertThat(s.get("review").get("expedited").asBoolean()).isFalse();
    assertThat(s.get("review").get("dueAt").asString()).startsWith("2026-03-08T09:00");
    assertThat(r.header("Location")).isEqualTo("/api/v1/screenings/" + s.get("id").asString());
  }

  @Test
  void anUrgentRequestIsReviewedWithin72Hours() {
    JsonNode s =
        http.post(
                "/api/v1/screenings",
                "requester",
                Cases.rarelyAppropriate(unique("urg"), "URGENT", "npi-1"))
            .json();
    assertThat(s.get("review").get("expedited").asBoolean()).isTrue();
    assertThat(s.get("review").get("dueAt").asString()).startsWith("2026-03-04T09:00");
  }

  @Test
  void aClearRequestOpensNoReviewAndAPendingOneListsItsMissingData() {
    JsonNode clear =
        http.post("/api/v1/screenings", "requester", Cases.appropriate(unique("clr"), "npi-1"))
            .json();
    assertThat(clear.get("status").asString()).isEqualTo("CLEAR");
    assertThat(clear.get("review").isNull()).isTrue();
    JsonNode pend =
        http.post("/api/v1/screenings", "requester", Cases.pending(unique("pnd"), "npi-1")).json();
    assertThat(pend.get("status").asString()).isEqualTo("PEND");
    assertThat(pend.get("missingData").get(0).asString()).isEqualTo("presentation.ccsClass");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReturnsTheSameScreening() {
    String key = unique("key");
    String body = Cases.rarelyAppropriate(unique("idem"), "ELECTIVE", "npi-1");
    Http.Response first =
        http.post("/api/v1/screenings", "requester", body, "Idempotency-Key", key);
    Http.Response retry =
        http.post("/api/v1/screenings", "requester", body, "Idempotency-Key", key);
    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
    Http.Response other =
        http.post(
            "/api/v1/screenings",
            "requester",
            Cases.appropriate(unique("other"), "npi-1"),
            "Idempotency-Key",
            key);
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void concurrentRetriesCreateExactlyOneScreening() throws Exception {
    String key = unique("conc");
    String body = Cases.rarelyAppropriate(unique("conc"), "ELECTIVE", "npi-1");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Http.Response>> calls = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      calls.add(
          pool.submit(
              () -> http.post("/api/v1/screenings", "requester", body, "Idempotency-Key", key)));
    }
    List<Http.Response> responses = new ArrayList<>();
    for (Future<Http.Response> call : calls) {
      responses.add(call.get());
    }
    pool.shutdown();
    assertThat(responses).extracting(Http.Response::status).containsOnly(200, 201);
    assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
    assertThat(responses.stream().map(r -> r.json().get("id").asString()).distinct()).hasSize(1);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM screening WHERE idempotency_key = ?")
                .param(key)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    String id = responses.get(0).json().get("id").asString();
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM review WHERE screening_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void suppliedDataIsReEvaluatedAsANewVersionAndEveryVersionIsKept() {
    String caseId = unique("ver");
    JsonNode pend =
        http.post("/api/v1/screenings", "requester", Cases.pending(caseId, "npi-1")).json();
    String id = pend.get("id").asString();
    Http.Response updated =
        http.put(
            "/api/v1/screenings/" + id + "/case", "requester", Cases.appropriate(caseId, "npi-1"));
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().get("version").asInt()).isEqualTo(2);
    assertThat(updated.json().get("status").asString()).isEqualTo("CLEAR");
    JsonNode versions = http.get("/api/v1/screenings/" + id + "/versions", "requester").json();
    assertThat(versions.size()).isEqualTo(2);
    assertThat(versions.get(0).get("outcome").asString()).isEqualTo("PEND");
    assertThat(versions.get(1).get("outcome").asString()).isEqualTo("CLEAR");
    assertThat(versions.get(0).get("caseJson").get("caseId").asString()).isEqualTo(caseId);
    assertThat(
            http.put(
                    "/api/v1/screenings/" + id + "/case",
                    "requester2",
                    Cases.appropriate(caseId, "npi-1"))
                .status())
        .as("another requester does not even see it")
        .isEqualTo(404);
  }

  @Test
  void aRequesterReadsOnlyTheirOwnScreeningsAndEveryReadIsAudited() {
    String id =
        http.post("/api/v1/screenings", "requester", Cases.appropriate(unique("read"), "npi-1"))
            .json()
            .get("id")
            .asString();
    assertThat(http.get("/api/v1/screenings/" + id, "requester2").status()).isEqualTo(404);
    assertThat(http.get("/api/v1/screenings/" + id, "reviewer").status()).isEqualTo(200);
    assertThat(http.get("/api/v1/screenings/" + id, "requester").status()).isEqualTo(200);
    JsonNode trail = http.get("/api/v1/audit?entityId=" + id, "auditor").json();
    List<String> reads = new ArrayList<>();
    trail.forEach(
        e -> {
          if (e.get("action").asString().equals("CASE_READ")) {
            reads.add(e.get("actor").asString());
          }
        });
    assertThat(reads).containsExactly("reviewer", "requester");
  }
}
