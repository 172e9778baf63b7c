// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The loop back to the requester: the screening's status after each decision, the messages and the
 * determination on the screening, supplied data returning the review to its reviewer, polling for
 * changes, the history.
 */
class ReviewLoopIT extends PostgresIT {

  private static final String ASK =
      """
      {"decision": "REQUEST_INFO", "note": "Please document the angina class on current therapy and the drugs taken.",
       "items": ["presentation.ccsClass", "therapy.antianginalClasses"]}""";

  private record Flagged(String screening, String review, String caseId) {}

  private Flagged flagged(String urgency) {
    String caseId = unique("loop");
    JsonNode s =
        http.post(
                "/api/v1/screenings",
                "requester",
                Cases.rarelyAppropriate(caseId, urgency, "npi-5"))
            .json();
    return new Flagged(s.get("id").asString(), s.get("review").get("id").asString(), caseId);
  }

  private JsonNode screening(String id) {
    return http.get("/api/v1/screenings/" + id, "requester").json();
  }

  private Http.Response decide(String review, String body) {
    return http.post("/api/v1/reviews/" + review + "/decision", "reviewer", body);
  }

  @Test
  void concurApprovesTheRequestAndTheDeterminationCitesTheCriterionAndTheRationale() {
    Flagged f = flagged("ELECTIVE");
    assertThat(screening(f.screening()).get("status").asString()).isEqualTo("SECOND_REVIEW");
    http.post("/api/v1/reviews/" + f.review() + "/claim", "reviewer", null);
    assertThat(screening(f.screening()).get("status").asString())
        .as("a claim is not a decision")
        .isEqualTo("SECOND_REVIEW");
    decide(
        f.review(),
        "{\"decision\": \"CONCUR\", \"note\": \"Angina limits daily life; patient declines drugs.\"}");
    JsonNode s = screening(f.screening());
    assertThat(s.get("status").asString()).isEqualTo("APPROVED");
    JsonNode letter = s.get("determination");
    assertThat(letter.get("outcome").asString()).isEqualTo("APPROVED");
    assertThat(letter.get("decision").asString()).isEqualTo("CONCUR");
    assertThat(letter.get("rationale").asString())
        .isEqualTo("Angina limits daily life; patient declines drugs.");
    assertThat(letter.get("decidedBy").asString()).isEqualTo("reviewer");
    assertThat(letter.get("criteria").get(0).get("criterion").asString()).isEqualTo("14");
    assertThat(letter.get("criteria").get(0).get("citation").asString())
        .contains("Table 2, indication 14");
    assertThat(letter.get("reasons").findValuesAsString("code")).contains("RARELY_APPROPRIATE");
    assertThat(letter.get("alternative").isNull()).isTrue();
    assertThat(s.get("messages").get(0).get("kind").asString()).isEqualTo("DETERMINATION");
    assertThat(s.get("case").get("caseId").asString()).isEqualTo(f.caseId());
  }

  @Test
  void overturnDeniesTheRequestWithTheSpecificReasonAndTheAlternative() {
    Flagged f = flagged("ELECTIVE");
    http.post("/api/v1/reviews/" + f.review() + "/claim", "reviewer", null);
    decide(
        f.review(),
        "{\"decision\": \"OVERTURN\", \"note\": \"Low-risk test, no anti-anginal drug tried.\","
            + " \"alternative\": \"MEDICAL_THERAPY\"}");
    JsonNode s = screening(f.screening());
    assertThat(s.get("status").asString()).isEqualTo("NOT_APPROVED");
    JsonNode letter = s.get("determination");
    assertThat(letter.get("outcome").asString()).isEqualTo("NOT_APPROVED");
    assertThat(letter.get("alternative").asString()).isEqualTo("MEDICAL_THERAPY");
    assertThat(letter.get("rationale").asString()).contains("Low-risk test");
    assertThat(letter.get("criteria").get(0).get("tier").asString())
        .isEqualTo("RARELY_APPROPRIATE");
    assertThat(letter.get("criteria").get(0).get("description").asString())
        .contains("Low-risk findings");
  }

  @Test
  void aRequestForInformationReachesTheRequesterAndTheSuppliedDataReturnsTheReviewToItsReviewer() {
    Flagged f = flagged("ELECTIVE");
    http.post("/api/v1/reviews/" + f.review() + "/claim", "reviewer", null);
    Http.Response asked = decide(f.review(), ASK);
    assertThat(asked.status()).as(asked.body()).isEqualTo(200);
    JsonNode s = screening(f.screening());
    assertThat(s.get("status").asString()).isEqualTo("INFO_REQUESTED");
    assertThat(s.get("determination").isNull()).isTrue();
    JsonNode message = s.get("messages").get(0);
    assertThat(message.get("kind").asString()).isEqualTo("INFO_REQUEST");
    assertThat(message.get("from").asString()).isEqualTo("reviewer");
    assertThat(message.get("note").asString()).startsWith("Please document the angina class");
    assertThat(message.get("items").get(0).asString()).isEqualTo("presentation.ccsClass");
    assertThat(message.get("items").get(1).asString()).isEqualTo("therapy.antianginalClasses");
    assertThat(message.get("screeningVersion").asInt()).isEqualTo(1);

    String supplied =
        Cases.rarelyAppropriate(f.caseId(), "ELECTIVE", "npi-5")
            .replace("\"ccsClass\": 1", "\"ccsClass\": 3");
    JsonNode updated =
        http.put("/api/v1/screenings/" + f.screening() + "/case", "requester", supplied).json();
    assertThat(updated.get("status").asString()).isEqualTo("SECOND_REVIEW");
    assertThat(updated.get("version").asInt()).isEqualTo(2);
    JsonNode back = http.get("/api/v1/reviews/" + f.review(), "auditor").json();
    assertThat(back.get("status").asString()).isEqualTo("CLAIMED");
    assertThat(back.get("claimedBy").asString())
        .as("back in the queue of the reviewer who asked")
        .isEqualTo("reviewer");
    assertThat(back.get("screeningVersion").asInt()).isEqualTo(2);
    assertThat(
            decide(f.review(), "{\"decision\": \"CONCUR\", \"note\": \"CCS III on therapy.\"}")
                .status())
        .isEqualTo(200);
    JsonNode decided = screening(f.screening());
    assertThat(decided.get("status").asString()).isEqualTo("APPROVED");
    assertThat(decided.get("determination").get("version").asInt()).isEqualTo(2);
    assertThat(decided.get("messages").findValuesAsString("kind"))
        .containsExactly("INFO_REQUEST", "DETERMINATION");
  }

  @Test
  void theReviewerMayDecideWithoutWaitingForTheInformation() {
    Flagged f = flagged("ELECTIVE");
    http.post("/api/v1/reviews/" + f.review() + "/claim", "reviewer", null);
    decide(f.review(), ASK);
    assertThat(
            http.post(
                    "/api/v1/reviews/" + f.review() + "/decision",
                    "reviewer2",
                    "{\"decision\": \"CONCUR\", \"note\": \"x\"}")
                .status())
        .as("only the reviewer who asked")
        .isEqualTo(409);
    decide(
        f.review(),
        "{\"decision\": \"OVERTURN\", \"note\": \"No documentation received within 14 days.\","
            + " \"alternative\": \"MEDICAL_THERAPY\"}");
    assertThat(screening(f.screening()).get("status").asString()).isEqualTo("NOT_APPROVED");
  }

  @Test
  void aRetrospectiveReviewOfAnEmergencyDecidesItsStatusToo() {
    Flagged f = flagged("EMERGENT");
    assertThat(screening(f.screening()).get("status").asString()).isEqualTo("NO_DELAY");
    http.post("/api/v1/reviews/" + f.review() + "/claim", "reviewer", null);
    decide(
        f.review(),
        "{\"decision\": \"CONCUR\", \"note\": \"Appropriate in the emergency as documented.\"}");
    assertThat(screening(f.screening()).get("status").asString()).isEqualTo("APPROVED");
  }

  @Test
  void askedItemsMustBeFieldsOfTheCaseFormatAndOnlyWithARequestForInformation() {
    Flagged f = flagged("ELECTIVE");
    http.post("/api/v1/reviews/" + f.review() + "/claim", "reviewer", null);
    Http.Response unknown =
        decide(
            f.review(),
            "{\"decision\": \"REQUEST_INFO\", \"note\": \"?\","
                + " \"items\": [\"presentation.ccsClass\", \"presentation.mood\"]}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("detail").asString())
        .startsWith("items[1]:")
        .contains("presentation.mood");
    Http.Response withConcur =
        decide(
            f.review(), "{\"decision\": \"CONCUR\", \"note\": \"ok\"," + " \"items\": [\"lvef\"]}");
    assertThat(withConcur.status()).isEqualTo(400);
    assertThat(withConcur.json().get("detail").asString()).startsWith("items:");
    assertThat(
            decide(
                    f.review(),
                    "{\"decision\": \"REQUEST_INFO\", \"note\": \"The FFR of the lesion, please.\","
                        + " \"items\": [\"anatomy.lesions[0].ffr\", \"stressTests\"]}")
                .status())
        .isEqualTo(200);
  }

  @Test
  void integrationsPollForChangesAndRequestersSeeOnlyTheirOwn() {
    Flagged f = flagged("ELECTIVE");
    String since = screening(f.screening()).get("updatedAt").asString();
    clock.advance(Duration.ofMinutes(5));
    try {
      http.post("/api/v1/reviews/" + f.review() + "/claim", "reviewer", null);
      decide(f.review(), ASK);
      JsonNode item = null;
      for (JsonNode i :
          http.get("/api/v1/screenings?updatedSince=" + since + "&size=500", "requester")
              .json()
              .get("items")) {
        item = i.get("id").asString().equals(f.screening()) ? i : item;
      }
      assertThat(item).as("changed after it was created").isNotNull();
      assertThat(item.get("status").asString()).isEqualTo("INFO_REQUESTED");
      assertThat(item.get("messages").get(0).get("note").asString()).startsWith("Please document");
      assertThat(item.has("case")).as("a list carries no case").isFalse();
      String last = item.get("updatedAt").asString();
      assertThat(last).isNotEqualTo(since);
      assertThat(
              http.get("/api/v1/screenings?updatedSince=" + last + "&size=500", "requester")
                  .json()
                  .get("items")
                  .findValuesAsString("id"))
          .doesNotContain(f.screening());
      assertThat(
              http.get("/api/v1/screenings?size=500", "requester2")
                  .json()
                  .get("items")
                  .findValuesAsString("id"))
          .doesNotContain(f.screening());
      assertThat(http.get("/api/v1/screenings?size=0", "requester").status()).isEqualTo(400);
    } finally {
      clock.advance(Duration.ofMinutes(-5));
    }
  }

  @Test
  void theHistoryListsEveryStepWithoutTheReads() {
    Flagged f = flagged("ELECTIVE");
    http.post("/api/v1/reviews/" + f.review() + "/claim", "reviewer", null);
    decide(f.review(), ASK);
    http.put(
        "/api/v1/screenings/" + f.screening() + "/case",
        "requester",
        Cases.rarelyAppropriate(f.caseId(), "ELECTIVE", "npi-5")
            .replace("\"ccsClass\": 1", "\"ccsClass\": 3"));
    decide(f.review(), "{\"decision\": \"CONCUR\", \"note\": \"CCS III on therapy.\"}");
    JsonNode history =
        http.get("/api/v1/screenings/" + f.screening() + "/history", "reviewer").json();
    List<String> steps = new ArrayList<>();
    history.forEach(
        e -> steps.add(e.get("action").asString() + " by " + e.get("actor").asString()));
    assertThat(steps)
        .containsExactly(
            "SCREENING_CREATED by requester",
            "REVIEW_CREATED by requester",
            "REVIEW_CLAIMED by reviewer",
            "REVIEW_INFO_REQUESTED by reviewer",
            "SCREENING_STATUS_CHANGED by reviewer",
            "CASE_UPDATED by requester",
            "REVIEW_UPDATED by requester",
            "REVIEW_DECIDED by reviewer",
            "SCREENING_STATUS_CHANGED by reviewer");
    assertThat(history.get(history.size() - 1).get("status").asString()).isEqualTo("APPROVED");
    assertThat(http.get("/api/v1/screenings/" + f.screening() + "/history", "requester").status())
        .isEqualTo(403);
  }
}
