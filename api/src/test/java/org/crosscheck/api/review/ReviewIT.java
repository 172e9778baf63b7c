// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ReviewIT extends PostgresIT {

  private String flagged(String requesterId) {
    JsonNode s =
        http.post(
                "/api/v1/screenings",
                "requester",
                Cases.rarelyAppropriate(unique("rev"), "ELECTIVE", requesterId))
            .json();
    return s.get("review").get("id").asString();
  }

  private static final String CONCUR =
      "{\"decision\": \"CONCUR\", \"note\": \"Angina limits daily life despite therapy.\"}";

  @Test
  void concurrentClaimsLetExactlyOneReviewerWin() throws Exception {
    String review = flagged("npi-9");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Http.Response>> claims = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String reviewer = i % 2 == 0 ? "reviewer" : "reviewer2";
      Callable<Http.Response> claim =
          () -> http.post("/api/v1/reviews/" + review + "/claim", reviewer, null);
      claims.add(pool.submit(claim));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Http.Response> f : claims) {
      statuses.add(f.get().status());
    }
    pool.shutdown();
    assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    assertThat(statuses.stream().filter(s -> s == 409)).hasSize(11);
  }

  @Test
  void theRequesterNeverDecidesTheirOwnRequest() {
    String review = flagged("reviewer2");
    Http.Response claim = http.post("/api/v1/reviews/" + review + "/claim", "reviewer2", null);
    assertThat(claim.status()).isEqualTo(403);
    assertThat(claim.json().get("detail").asString())
        .contains("another clinician than the requester");
    assertThat(http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null).status())
        .isEqualTo(200);
    assertThat(http.post("/api/v1/reviews/" + review + "/decision", "reviewer2", CONCUR).status())
        .isEqualTo(403);
    assertThat(http.post("/api/v1/reviews/" + review + "/decision", "requester", CONCUR).status())
        .as("a requester has no reviewer role")
        .isEqualTo(403);
  }

  @Test
  void onlyTheClaimerDecidesAndAnOverturnNamesTheAlternative() {
    String review = flagged("npi-9");
    assertThat(http.post("/api/v1/reviews/" + review + "/decision", "reviewer", CONCUR).status())
        .as("not claimed yet")
        .isEqualTo(409);
    http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null);
    assertThat(http.post("/api/v1/reviews/" + review + "/decision", "reviewer2", CONCUR).status())
        .isEqualTo(409);
    Http.Response noAlternative =
        http.post(
            "/api/v1/reviews/" + review + "/decision",
            "reviewer",
            "{\"decision\": \"OVERTURN\", \"note\": \"Low-risk findings on one drug.\"}");
    assertThat(noAlternative.status()).isEqualTo(400);
    assertThat(noAlternative.json().get("detail").asString()).startsWith("alternative:");
    Http.Response noNote =
        http.post(
            "/api/v1/reviews/" + review + "/decision",
            "reviewer",
            "{\"decision\": \"CONCUR\", \"note\": \"\"}");
    assertThat(noNote.status()).isEqualTo(400);
    assertThat(noNote.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
    Http.Response overturn =
        http.post(
            "/api/v1/reviews/" + review + "/decision",
            "reviewer",
            "{\"decision\": \"OVERTURN\", \"note\": \"Low-risk findings on one drug: optimize therapy first.\","
                + " \"alternative\": \"MEDICAL_THERAPY\"}");
    assertThat(overturn.status()).as(overturn.body()).isEqualTo(200);
    assertThat(overturn.json().get("status").asString()).isEqualTo("DECIDED");
    assertThat(overturn.json().get("alternative").asString()).isEqualTo("MEDICAL_THERAPY");
    assertThat(http.post("/api/v1/reviews/" + review + "/decision", "reviewer", CONCUR).status())
        .as("a decided review stays decided")
        .isEqualTo(409);
  }

  @Test
  void aRequestForInformationReturnsTheReviewToItsReviewerWhenTheCaseIsUpdated() {
    String caseId = unique("info");
    JsonNode s =
        http.post(
                "/api/v1/screenings",
                "requester",
                Cases.rarelyAppropriate(caseId, "ELECTIVE", "npi-9"))
            .json();
    String screening = s.get("id").asString();
    String review = s.get("review").get("id").asString();
    http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null);
    Http.Response info =
        http.post(
            "/api/v1/reviews/" + review + "/decision",
            "reviewer",
            "{\"decision\": \"REQUEST_INFO\", \"note\": \"Please document the CCS class on current therapy.\"}");
    assertThat(info.json().get("status").asString()).isEqualTo("INFO_REQUESTED");
    String updated =
        Cases.rarelyAppropriate(caseId, "ELECTIVE", "npi-9")
            .replace("\"ccsClass\": 1", "\"ccsClass\": 3");
    assertThat(
            http.put("/api/v1/screenings/" + screening + "/case", "requester", updated)
                .json()
                .get("status")
                .asString())
        .isEqualTo("SECOND_REVIEW");
    JsonNode reopened = http.get("/api/v1/reviews/" + review, "reviewer").json();
    assertThat(reopened.get("status").asString())
        .as("back with the reviewer who asked")
        .isEqualTo("CLAIMED");
    assertThat(reopened.get("screeningVersion").asInt()).isEqualTo(2);
    assertThat(reopened.get("claimedBy").asString()).isEqualTo("reviewer");
  }

  @Test
  void aReviewNoLongerNeededIsCancelled() {
    String caseId = unique("cancel");
    JsonNode s =
        http.post(
                "/api/v1/screenings",
                "requester",
                Cases.rarelyAppropriate(caseId, "ELECTIVE", "npi-9"))
            .json();
    http.put(
        "/api/v1/screenings/" + s.get("id").asString() + "/case",
        "requester",
        Cases.appropriate(caseId, "npi-9"));
    assertThat(
            http.get("/api/v1/reviews/" + s.get("review").get("id").asString(), "reviewer")
                .json()
                .get("status")
                .asString())
        .isEqualTo("CANCELLED");
  }

  @Test
  void overdueReviewsAreListedOnceTheirDueTimePasses() {
    String review = flagged("npi-9");
    assertThat(http.get("/api/v1/reviews/overdue", "reviewer").json().findValuesAsString("id"))
        .doesNotContain(review);
    clock.advance(Duration.ofDays(8));
    try {
      JsonNode overdue = http.get("/api/v1/reviews/overdue", "reviewer").json();
      assertThat(overdue.findValuesAsString("id")).contains(review);
      JsonNode page =
          http.get("/api/v1/reviews?status=OPEN&dueBefore=2026-03-09T00:00:00Z&size=500", "auditor")
              .json();
      assertThat(page.get("items").findValuesAsString("id")).contains(review);
      assertThat(page.get("items")).allMatch(r -> r.get("status").asString().equals("OPEN"));
      assertThat(
              http.get("/api/v1/reviews/" + review, "reviewer").json().get("overdue").asBoolean())
          .isTrue();
    } finally {
      clock.advance(Duration.ofDays(-8));
    }
  }
}
