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
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Claims: release (the claimer or an admin), reassignment (admins), the release of idle claims; all
 * audited.
 */
class ClaimsIT extends PostgresIT {

  @Autowired ClaimService claims;

  private String flagged() {
    return http.post(
            "/api/v1/screenings",
            "requester",
            Cases.rarelyAppropriate(unique("claim"), "ELECTIVE", "npi-4"))
        .json()
        .get("review")
        .get("id")
        .asString();
  }

  private JsonNode review(String id) {
    return http.get("/api/v1/reviews/" + id, "auditor").json();
  }

  private List<String> trail(String id) {
    List<String> actions = new ArrayList<>();
    http.get("/api/v1/audit?entityId=" + id, "auditor")
        .json()
        .forEach(e -> actions.add(e.get("action").asString() + " by " + e.get("actor").asString()));
    return actions;
  }

  @Test
  void theClaimerOrAnAdminReleasesAClaimAndNobodyElse() {
    String id = flagged();
    assertThat(http.post("/api/v1/reviews/" + id + "/release", "reviewer", null).status())
        .as("nothing to release yet")
        .isEqualTo(409);
    http.post("/api/v1/reviews/" + id + "/claim", "reviewer", null);
    Http.Response other = http.post("/api/v1/reviews/" + id + "/release", "reviewer2", null);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.json().get("detail").asString()).contains("claimed by reviewer");
    assertThat(http.post("/api/v1/reviews/" + id + "/release", "requester", null).status())
        .isEqualTo(403);
    Http.Response released = http.post("/api/v1/reviews/" + id + "/release", "reviewer", null);
    assertThat(released.status()).as(released.body()).isEqualTo(200);
    assertThat(released.json().get("status").asString()).isEqualTo("OPEN");
    assertThat(released.json().get("claimedBy").isNull()).isTrue();

    assertThat(http.post("/api/v1/reviews/" + id + "/claim", "reviewer2", null).status())
        .isEqualTo(200);
    assertThat(
            http.post("/api/v1/reviews/" + id + "/release", "admin", null)
                .json()
                .get("status")
                .asString())
        .isEqualTo("OPEN");
    assertThat(trail(id))
        .containsExactly(
            "REVIEW_CREATED by requester",
            "REVIEW_CLAIMED by reviewer",
            "REVIEW_RELEASED by reviewer",
            "REVIEW_CLAIMED by reviewer2",
            "REVIEW_RELEASED by admin");
    JsonNode release = http.get("/api/v1/audit?entityId=" + id, "auditor").json().get(2);
    assertThat(release.get("before").get("claimedBy").asString()).isEqualTo("reviewer");
    assertThat(release.get("after").get("status").asString()).isEqualTo("OPEN");
  }

  @Test
  void anAdminReassignsAPendingReviewButNeverToItsRequester() {
    String id = flagged();
    http.post("/api/v1/reviews/" + id + "/claim", "reviewer", null);
    String toReviewer2 = "{\"reviewer\": \"reviewer2\"}";
    assertThat(http.post("/api/v1/reviews/" + id + "/reassign", "reviewer", toReviewer2).status())
        .isEqualTo(403);
    assertThat(
            http.post(
                    "/api/v1/reviews/" + id + "/reassign", "admin", "{\"reviewer\": \"requester\"}")
                .status())
        .as("the submitter")
        .isEqualTo(403);
    assertThat(
            http.post("/api/v1/reviews/" + id + "/reassign", "admin", "{\"reviewer\": \"npi-4\"}")
                .status())
        .as("the case's requesting clinician")
        .isEqualTo(403);
    Http.Response notAReviewer =
        http.post("/api/v1/reviews/" + id + "/reassign", "admin", "{\"reviewer\": \"auditor\"}");
    assertThat(notAReviewer.status()).isEqualTo(400);
    assertThat(notAReviewer.json().get("detail").asString())
        .isEqualTo("reviewer: 'auditor' is not a reviewer");
    assertThat(
            http.post("/api/v1/reviews/" + id + "/reassign", "admin", "{\"reviewer\": \"nobody\"}")
                .status())
        .isEqualTo(400);
    Http.Response reassigned =
        http.post("/api/v1/reviews/" + id + "/reassign", "admin", toReviewer2);
    assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(200);
    assertThat(reassigned.json().get("claimedBy").asString()).isEqualTo("reviewer2");
    assertThat(reassigned.json().get("status").asString()).isEqualTo("CLAIMED");
    assertThat(
            http.post(
                    "/api/v1/reviews/" + id + "/decision",
                    "reviewer",
                    "{\"decision\": \"CONCUR\", \"note\": \"ok\"}")
                .status())
        .as("no longer the claimer")
        .isEqualTo(409);
    assertThat(
            http.post(
                    "/api/v1/reviews/" + id + "/decision",
                    "reviewer2",
                    "{\"decision\": \"CONCUR\", \"note\": \"Symptoms limit daily life.\"}")
                .status())
        .isEqualTo(200);
    assertThat(http.post("/api/v1/reviews/" + id + "/reassign", "admin", toReviewer2).status())
        .as("a decided review")
        .isEqualTo(409);
    assertThat(trail(id)).contains("REVIEW_REASSIGNED by admin");

    String open = flagged();
    JsonNode handed =
        http.post("/api/v1/reviews/" + open + "/reassign", "admin", toReviewer2).json();
    assertThat(handed.get("status").asString())
        .as("an open review is claimed for them")
        .isEqualTo("CLAIMED");
    assertThat(handed.get("claimedBy").asString()).isEqualTo("reviewer2");
  }

  @Test
  void aClaimIdleBeyondTheConfiguredTimeIsReleasedByTheSystem() {
    String id = flagged();
    http.post("/api/v1/reviews/" + id + "/claim", "reviewer", null);
    try {
      clock.advance(Duration.ofHours(3));
      claims.releaseIdle();
      assertThat(review(id).get("status").asString())
          .as("3 h idle, the limit is 4 h")
          .isEqualTo("CLAIMED");
      http.get("/api/v1/reviews/" + id, "reviewer"); // the claimer opens the case: active again
      clock.advance(Duration.ofHours(2));
      claims.releaseIdle();
      assertThat(review(id).get("status").asString())
          .as("2 h since the claimer opened it")
          .isEqualTo("CLAIMED");
      clock.advance(Duration.ofHours(2).plusMinutes(1));
      assertThat(claims.releaseIdle()).isPositive();
      JsonNode released = review(id);
      assertThat(released.get("status").asString()).isEqualTo("OPEN");
      assertThat(released.get("claimedBy").isNull()).isTrue();
      assertThat(trail(id)).endsWith("REVIEW_RELEASED_IDLE by system");
      assertThat(http.post("/api/v1/reviews/" + id + "/claim", "reviewer2", null).status())
          .isEqualTo(200);
    } finally {
      clock.advance(Duration.ofHours(-7).minusMinutes(1));
    }
  }

  @Test
  void theQueueListsProspectiveReviewsFirstAndFiltersByKindProcedureUrgencyAndClaimer() {
    String emergency =
        http.post(
                "/api/v1/screenings",
                "requester",
                Cases.rarelyAppropriate(unique("retro"), "EMERGENT", "npi-4"))
            .json()
            .get("review")
            .get("id")
            .asString();
    String urgent =
        http.post(
                "/api/v1/screenings",
                "requester",
                Cases.rarelyAppropriate(unique("urgent"), "URGENT", "npi-4"))
            .json()
            .get("review")
            .get("id")
            .asString();
    JsonNode all =
        http.get("/api/v1/reviews?status=OPEN&status=CLAIMED&size=500", "reviewer").json();
    List<String> kinds = all.get("items").findValuesAsString("kind");
    assertThat(kinds.indexOf("RETROSPECTIVE"))
        .as("retrospective reviews come after every prospective one")
        .isGreaterThan(kinds.lastIndexOf("PROSPECTIVE"));
    assertThat(review(emergency).get("kind").asString()).isEqualTo("RETROSPECTIVE");
    JsonNode retrospective =
        http.get("/api/v1/reviews?kind=RETROSPECTIVE&size=500", "reviewer").json();
    assertThat(retrospective.get("items").findValuesAsString("id"))
        .contains(emergency)
        .doesNotContain(urgent);
    JsonNode urgentOnes =
        http.get("/api/v1/reviews?urgency=URGENT&procedure=PCI&size=500", "reviewer").json();
    assertThat(urgentOnes.get("items").findValuesAsString("id"))
        .contains(urgent)
        .doesNotContain(emergency);
    http.post("/api/v1/reviews/" + urgent + "/claim", "reviewer2", null);
    assertThat(
            http.get("/api/v1/reviews?claimedBy=reviewer2&size=500", "reviewer2")
                .json()
                .get("items")
                .findValuesAsString("id"))
        .contains(urgent);
  }
}
