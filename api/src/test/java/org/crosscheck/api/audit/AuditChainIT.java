// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.audit;

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

/**
 * The audit trail's hash chain: intact after many concurrent writers, linked row to row, never
 * forked.
 */
class AuditChainIT extends PostgresIT {

  @Autowired JdbcClient jdbc;

  @Test
  void concurrentWritersExtendOneChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Http.Response>> calls = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String caseId = unique("chain");
      calls.add(
          pool.submit(
              () -> {
                Http.Response created =
                    http.post(
                        "/api/v1/screenings",
                        "requester",
                        Cases.rarelyAppropriate(caseId, "ELECTIVE", "npi-4"));
                String review = created.json().get("review").get("id").asString();
                http.get("/api/v1/screenings/" + created.json().get("id").asString(), "reviewer");
                return http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null);
              }));
    }
    for (Future<Http.Response> call : calls) {
      assertThat(call.get().status()).isEqualTo(200);
    }
    pool.shutdown();

    JsonNode verification = http.get("/api/v1/audit/chain", "auditor").json();
    assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
    assertThat(verification.get("rowsChecked").asLong()).isGreaterThanOrEqualTo(24 * 4);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM (SELECT prev_hash FROM audit_event WHERE row_hash IS NOT NULL"
                        + " GROUP BY prev_hash HAVING COUNT(*) > 1) forks")
                .query(Long.class)
                .single())
        .as("forks")
        .isZero();
    assertThat(jdbc.sql("SELECT last_hash FROM audit_chain_head").query(String.class).single())
        .isEqualTo(verification.get("lastHash").asString());
  }

  @Test
  void onlyAuditorsAndAdminsVerifyTheChain() {
    assertThat(http.get("/api/v1/audit/chain", "reviewer").status()).isEqualTo(403);
    assertThat(http.get("/api/v1/audit/chain", "requester").status()).isEqualTo(403);
    assertThat(http.get("/api/v1/audit/chain", "auditor").status()).isEqualTo(200);
  }
}
