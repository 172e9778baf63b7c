// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The prior-authorization metrics over decisions made at known times (the test clock), on days no
 * other test decides anything (a random day far ahead, so that a database kept between runs does
 * not mix runs).
 */
class ReviewMetricsIT extends PostgresIT {

  private String review(String urgency) {
    String review =
        http.post(
                "/api/v1/screenings",
                "requester",
                Cases.rarelyAppropriate(unique("pa"), urgency, "npi-6"))
            .json()
            .get("review")
            .get("id")
            .asString();
    http.post("/api/v1/reviews/" + review + "/claim", "reviewer", null);
    return review;
  }

  private void decide(String review, String decision, String extra) {
    Http.Response r =
        http.post(
            "/api/v1/reviews/" + review + "/decision",
            "reviewer",
            "{\"decision\": \"" + decision + "\", \"note\": \"Reviewed.\"" + extra + "}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
  }

  @Test
  void sharesAndTimesFromRequestToDecisionExpeditedAndStandardApart() {
    Duration ahead = Duration.ofDays(ThreadLocalRandom.current().nextInt(2_000, 900_000));
    clock.advance(ahead);
    Duration moved = ahead;
    try {
      LocalDate day = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
      String standardApproved = review("ELECTIVE");
      String standardDenied = review("ELECTIVE");
      String expedited = review("URGENT");
      String emergency = review("EMERGENT");
      clock.advance(Duration.ofHours(1));
      decide(emergency, "CONCUR", ""); // retrospective: not counted
      clock.advance(Duration.ofHours(1));
      decide(expedited, "REQUEST_INFO", ", \"items\": [\"presentation.ccsClass\"]");
      clock.advance(Duration.ofHours(2));
      JsonNode info = http.get("/api/v1/reviews/" + expedited, "reviewer").json();
      http.put(
          "/api/v1/screenings/" + info.get("screeningId").asString() + "/case",
          "requester",
          Cases.rarelyAppropriate(info.get("caseId").asString(), "URGENT", "npi-6")
              .replace("\"lvef\": 58", "\"lvef\": 56"));
      clock.advance(Duration.ofHours(2));
      decide(expedited, "CONCUR", ""); // 6 h, after information
      clock.advance(Duration.ofHours(4));
      decide(standardApproved, "CONCUR", ""); // 10 h
      clock.advance(Duration.ofHours(20));
      decide(standardDenied, "OVERTURN", ", \"alternative\": \"MEDICAL_THERAPY\""); // 30 h
      moved = ahead.plusHours(30);

      JsonNode metrics =
          http.get("/api/v1/metrics/reviews?from=" + day + "&to=" + day.plusDays(2), "auditor")
              .json();
      assertThat(metrics.get("periods")).hasSize(1);
      JsonNode standard = metrics.get("periods").get(0).get("standard");
      assertThat(standard.get("decided").asInt()).isEqualTo(2);
      assertThat(standard.get("approved").asInt()).isEqualTo(1);
      assertThat(standard.get("denied").asInt()).isEqualTo(1);
      assertThat(standard.get("approvedShare").asDouble()).isEqualTo(0.5);
      assertThat(standard.get("approvedAfterInformation").asInt()).isZero();
      assertThat(standard.get("meanHoursToDecision").asDouble()).isCloseTo(20.0, within(1e-6));
      assertThat(standard.get("medianHoursToDecision").asDouble()).isCloseTo(20.0, within(1e-6));
      JsonNode fast = metrics.get("periods").get(0).get("expedited");
      assertThat(fast.get("decided").asInt())
          .as("the emergency's retrospective review is not counted")
          .isEqualTo(1);
      assertThat(fast.get("approvedAfterInformation").asInt()).isEqualTo(1);
      assertThat(fast.get("approvedAfterInformationShare").asDouble()).isEqualTo(1.0);
      assertThat(fast.get("meanHoursToDecision").asDouble()).isCloseTo(6.0, within(1e-6));
      assertThat(fast.get("medianHoursToDecision").asDouble()).isCloseTo(6.0, within(1e-6));

      JsonNode firstDayOnly =
          http.get("/api/v1/metrics/reviews?from=" + day + "&to=" + day, "reviewer").json();
      assertThat(firstDayOnly.get("periods").get(0).get("standard").get("decided").asInt())
          .as("requested at 09:00: the 30-hour decision falls on the next day")
          .isEqualTo(1);
    } finally {
      clock.advance(moved.negated());
    }
  }

  @Test
  void aRangeSplitsIntoCalendarMonths() {
    JsonNode months =
        http.get("/api/v1/metrics/reviews?from=2026-01-01&to=2026-03-31&period=MONTH", "admin")
            .json();
    assertThat(months.get("periods").findValuesAsString("from"))
        .containsExactly("2026-01-01", "2026-02-01", "2026-03-01");
  }
}
