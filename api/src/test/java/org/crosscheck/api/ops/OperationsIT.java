// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OperationsIT extends PostgresIT {

  @Test
  void readinessIncludesTheDatabaseAndTheRuleBasesForOperatorsOnly() {
    JsonNode anonymous = http.get("/actuator/health/readiness", null).json();
    assertThat(anonymous.get("status").asString()).isEqualTo("UP");
    assertThat(anonymous.has("components")).as("details only for operators").isFalse();
    assertThat(http.get("/actuator/health/readiness", "reviewer").json().has("components"))
        .isFalse();
    JsonNode health = http.get("/actuator/health/readiness", "admin").json();
    assertThat(health.get("status").asString()).isEqualTo("UP");
    assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
    JsonNode rules = health.get("components").get("ruleBases");
    assertThat(rules.get("status").asString()).isEqualTo("UP");
    assertThat(rules.get("details").get("revasc-auc-2012").asString()).contains("163 rules");
  }

  @Test
  void prometheusExposesEvaluationsQueueDepthAndLatency() {
    http.post(
        "/api/v1/screenings",
        "requester",
        Cases.rarelyAppropriate(unique("metrics"), "ELECTIVE", "npi-3"));
    String metrics = http.get("/actuator/prometheus", null).body();
    assertThat(metrics)
        .contains("crosscheck_evaluations_total{outcome=\"SECOND_REVIEW\"")
        .contains("crosscheck_reviews_pending")
        .contains("crosscheck_reviews_overdue")
        .contains("crosscheck_evaluation_seconds_bucket");
  }

  @Test
  void theRuleSetsAndTheOpenApiDocumentArePublished() {
    JsonNode ruleSets = http.get("/api/v1/rulesets", "requester").json();
    assertThat(ruleSets.findValuesAsString("id"))
        .contains(
            "revasc-auc-2012", "imaging-ccd-auc-2023", "acr-cardiac", "review-policy-default");
    JsonNode first = ruleSets.get(0);
    assertThat(first.get("citation").asString()).contains("J Am Coll Cardiol 2012");
    assertThat(first.get("sha256").asString()).hasSize(64);
    assertThat(first.get("status").asString()).isEqualTo("ACTIVE");
    JsonNode openApi = http.get("/v3/api-docs", null).json();
    assertThat(openApi.get("paths").propertyNames())
        .contains("/api/v1/screenings", "/api/v1/reviews/{id}/claim");
  }
}
