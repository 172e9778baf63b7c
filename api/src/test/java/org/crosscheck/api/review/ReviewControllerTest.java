// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.api.testsupport.ProblemBodies.field;
import static org.crosscheck.api.testsupport.ProblemBodies.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.api.security.CurrentUser;
import org.crosscheck.api.testsupport.ControllerSlice;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.ProblemBodies;
import org.crosscheck.api.web.ApiException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The review queue's requests without a database (the services mocked): a decision body is read
 * strictly and each fault named, the filters are checked, and who may claim, decide and reassign.
 */
@ControllerSlice(ReviewController.class)
class ReviewControllerTest {

  private static final OffsetDateTime DUE = OffsetDateTime.parse("2026-03-08T09:00:00Z");
  private static final String DECISION = "/api/v1/reviews/r-1/decision";

  @Autowired MockMvc mvc;

  @MockitoBean ReviewService reviews;

  @MockitoBean ClaimService claims;

  private static ReviewResponse review(ReviewStatus status, String claimedBy) {
    return new ReviewResponse(
        "r-1",
        "s-1",
        1,
        "case-1",
        "PCI",
        "ELECTIVE",
        ReviewKind.PROSPECTIVE,
        status,
        false,
        DUE,
        false,
        "[]",
        claimedBy,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private MvcResult as(String user, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(user == null ? request : request.with(httpBasic(user, Http.PASSWORD)))
        .andReturn();
  }

  private MvcResult decide(String body) throws Exception {
    return as("reviewer", post(DECISION).contentType(MediaType.APPLICATION_JSON).content(body));
  }

  @Test
  void aDecisionReachesTheServiceWithTheReviewerWhoMadeIt() throws Exception {
    given(reviews.decide(eq("r-1"), any(), any()))
        .willReturn(review(ReviewStatus.DECIDED, "reviewer"));
    MvcResult r =
        decide(
            "{\"decision\": \"OVERTURN\", \"note\": \"Medical therapy first.\", "
                + "\"alternative\": \"MEDICAL_THERAPY\"}");
    assertThat(r.getResponse().getStatus()).as(ProblemBodies.body(r)).isEqualTo(200);
    assertThat(ProblemBodies.json(r).get("status").asString()).isEqualTo("DECIDED");
    ArgumentCaptor<DecisionRequest> request = ArgumentCaptor.forClass(DecisionRequest.class);
    ArgumentCaptor<CurrentUser> user = ArgumentCaptor.forClass(CurrentUser.class);
    verify(reviews).decide(eq("r-1"), request.capture(), user.capture());
    assertThat(request.getValue())
        .isEqualTo(
            new DecisionRequest(
                ReviewDecision.OVERTURN,
                "Medical therapy first.",
                Alternative.MEDICAL_THERAPY,
                List.of()));
    assertThat(user.getValue().name()).isEqualTo("reviewer");
  }

  @Test
  void badDecisionBodiesNameTheField() throws Exception {
    assertThat(field(decide("{\"decision\": \"MAYBE\", \"note\": \"n\"}"))).isEqualTo("decision");
    assertThat(field(decide("{\"decision\": \"CONCUR\", \"note\": 5}"))).isEqualTo("note");
    assertThat(field(decide("{\"decision\": \"CONCUR\"}"))).isEqualTo("note");
    assertThat(field(decide("{\"decision\": \"CONCUR\", \"note\": \"  \"}"))).isEqualTo("note");
    assertThat(field(decide("{\"note\": \"n\"}"))).isEqualTo("decision");
    assertThat(field(decide("{\"decision\": \"CONCUR\", \"note\": \"n\", \"x\": 1}")))
        .isEqualTo("x");
    assertThat(field(decide("{\"decision\": \"CONCUR\", \"note\": \"ok\\u0000\"}")))
        .isEqualTo("note");
    assertThat(field(decide("{\"decision\": \"CONCUR\", \"note\": \"" + "n".repeat(4001) + "\"}")))
        .isEqualTo("note");
    problem(decide("[]"), 400);
    problem(decide(""), 400);
    problem(decide("{\"decision\": \"CONCUR\", \"note\": \"n\"} {}"), 400);
    assertThat(
            problem(
                    decide(
                        "{\"decision\": \"CONCUR\", \"decision\": \"OVERTURN\", \"note\": \"n\"}"),
                    400)
                .get("detail")
                .asString())
        .contains("Duplicate");
    verifyNoInteractions(reviews);
  }

  @Test
  void aDecisionTheServiceRefusesKeepsItsStatus() throws Exception {
    given(reviews.decide(eq("r-1"), any(), any()))
        .willThrow(ApiException.conflict("the review is not claimed by you"));
    assertThat(
            problem(decide("{\"decision\": \"CONCUR\", \"note\": \"ok\"}"), 409)
                .get("detail")
                .asString())
        .isEqualTo("the review is not claimed by you");
    given(reviews.get(eq("gone"), any())).willThrow(ApiException.notFound("Review", "gone"));
    problem(as("reviewer", get("/api/v1/reviews/gone")), 404);
  }

  @Test
  void theQueueFiltersAndPagesAreChecked() throws Exception {
    assertThat(field(as("reviewer", get("/api/v1/reviews?size=0")))).isEqualTo("size");
    assertThat(field(as("reviewer", get("/api/v1/reviews?size=-5")))).isEqualTo("size");
    assertThat(field(as("reviewer", get("/api/v1/reviews?size=100000")))).isEqualTo("size");
    assertThat(field(as("reviewer", get("/api/v1/reviews?page=-1")))).isEqualTo("page");
    assertThat(field(as("reviewer", get("/api/v1/reviews?page=2147483647")))).isEqualTo("page");
    assertThat(field(as("reviewer", get("/api/v1/reviews?procedure=" + "P".repeat(41)))))
        .isEqualTo("procedure");
    assertThat(
            problem(as("reviewer", get("/api/v1/reviews?page=99999999999")), 400)
                .get("detail")
                .asString())
        .contains("page");
    assertThat(
            problem(as("reviewer", get("/api/v1/reviews?size=abc")), 400).get("detail").asString())
        .contains("size");
    assertThat(
            problem(as("reviewer", get("/api/v1/reviews?kind=SOMETIMES")), 400)
                .get("detail")
                .asString())
        .contains("kind");
    verifyNoInteractions(reviews);
    given(reviews.page(any(), anyInt(), anyInt()))
        .willReturn(new ReviewPage(List.of(), 1_000_000, 500, 0));
    assertThat(
            as(
                    "reviewer",
                    get(
                        "/api/v1/reviews?page=1000000&size=500&status=OPEN&status=CLAIMED&kind=PROSPECTIVE"))
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    ArgumentCaptor<ReviewFilter> filter = ArgumentCaptor.forClass(ReviewFilter.class);
    verify(reviews).page(filter.capture(), eq(1_000_000), eq(500));
    assertThat(filter.getValue().statuses())
        .containsExactly(ReviewStatus.OPEN, ReviewStatus.CLAIMED);
    assertThat(filter.getValue().kind()).isEqualTo(ReviewKind.PROSPECTIVE);
  }

  @Test
  void onlyReviewersClaimAndDecideAndOnlyAdminsReassign() throws Exception {
    problem(as("requester", get("/api/v1/reviews")), 403);
    problem(as("requester", post("/api/v1/reviews/r-1/claim")), 403);
    problem(as("admin", post("/api/v1/reviews/r-1/claim")), 403);
    problem(
        as(
            "auditor",
            post(DECISION)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\": \"CONCUR\", \"note\": \"ok\"}")),
        403);
    problem(
        as(
            "reviewer",
            post("/api/v1/reviews/r-1/reassign")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reviewer\": \"reviewer2\"}")),
        403);
    problem(as(null, post("/api/v1/reviews/r-1/claim")), 401);
    verifyNoInteractions(reviews, claims);
    given(claims.claim(eq("r-1"), any())).willReturn(review(ReviewStatus.CLAIMED, "reviewer"));
    assertThat(
            ProblemBodies.json(as("reviewer", post("/api/v1/reviews/r-1/claim")))
                .get("claimedBy")
                .asString())
        .isEqualTo("reviewer");
  }

  @Test
  void aReassignmentNamesAReviewer() throws Exception {
    MockHttpServletRequestBuilder blank =
        post("/api/v1/reviews/r-1/reassign")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reviewer\": \" \"}");
    assertThat(field(as("admin", blank))).isEqualTo("reviewer");
    verifyNoInteractions(claims);
    given(claims.reassign(eq("r-1"), eq("reviewer2"), any()))
        .willReturn(review(ReviewStatus.CLAIMED, "reviewer2"));
    MvcResult r =
        as(
            "admin",
            post("/api/v1/reviews/r-1/reassign")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reviewer\": \"reviewer2\"}"));
    assertThat(r.getResponse().getStatus()).as(ProblemBodies.body(r)).isEqualTo(200);
  }

  @Test
  void aWrongMethodIs405() throws Exception {
    MvcResult r = as("reviewer", get("/api/v1/reviews/r-1/claim"));
    problem(r, 405);
    assertThat(r.getResponse().getHeader("Allow")).contains("POST");
  }
}
