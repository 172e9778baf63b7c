// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.api.testsupport.ProblemBodies.field;
import static org.crosscheck.api.testsupport.ProblemBodies.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.OffsetDateTime;
import java.util.List;
import org.crosscheck.api.security.CurrentUser;
import org.crosscheck.api.testsupport.Cases;
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
 * {@code /api/v1/screenings} without a database (the service mocked): status codes and headers of a
 * submission and its retry, the Idempotency-Key and paging checks, and the errors a client gets for
 * a wrong method, an unknown screening or a role that may not submit.
 */
@ControllerSlice(ScreeningController.class)
class ScreeningControllerTest {

  private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-01T09:00:00Z");

  @Autowired MockMvc mvc;

  @MockitoBean ScreeningService screenings;

  private static ScreeningResponse screening(String id, ScreeningStatus status) {
    return new ScreeningResponse(
        id,
        "case-1",
        "PCI",
        "ELECTIVE",
        status,
        "RARELY_APPROPRIATE",
        1,
        List.of(),
        null,
        List.of(),
        null,
        "{}",
        "{}",
        NOW,
        NOW);
  }

  private MvcResult as(String user, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(user == null ? request : request.with(httpBasic(user, Http.PASSWORD)))
        .andReturn();
  }

  private static MockHttpServletRequestBuilder submit(String... headers) {
    MockHttpServletRequestBuilder request =
        post("/api/v1/screenings")
            .contentType(MediaType.APPLICATION_JSON)
            .content(Cases.rarelyAppropriate("case-1", "ELECTIVE", "npi-1"));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request;
  }

  @Test
  void aNewScreeningIs201WithItsLocationAndARetry200Replayed() throws Exception {
    given(screenings.submit(any(), eq("key-1"), any()))
        .willReturn(
            new ScreeningService.Submitted(screening("s-1", ScreeningStatus.SECOND_REVIEW), true),
            new ScreeningService.Submitted(screening("s-1", ScreeningStatus.SECOND_REVIEW), false));
    MvcResult created = as("requester", submit("Idempotency-Key", "key-1"));
    assertThat(created.getResponse().getStatus()).as(ProblemBodies.body(created)).isEqualTo(201);
    assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/screenings/s-1");
    assertThat(created.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("false");
    assertThat(ProblemBodies.json(created).get("status").asString()).isEqualTo("SECOND_REVIEW");
    MvcResult replayed = as("requester", submit("Idempotency-Key", "key-1"));
    assertThat(replayed.getResponse().getStatus()).isEqualTo(200);
    assertThat(replayed.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
    ArgumentCaptor<CurrentUser> user = ArgumentCaptor.forClass(CurrentUser.class);
    verify(screenings, org.mockito.Mockito.times(2)).submit(any(), eq("key-1"), user.capture());
    assertThat(user.getValue().name()).isEqualTo("requester");
    assertThat(user.getValue().roles()).containsExactly("REQUESTER");
  }

  @Test
  void anIdempotencyKeyIsOneTo200VisibleAsciiCharacters() throws Exception {
    assertThat(field(as("requester", submit("Idempotency-Key", "k".repeat(201)))))
        .isEqualTo("Idempotency-Key");
    assertThat(field(as("requester", submit("Idempotency-Key", "two words"))))
        .isEqualTo("Idempotency-Key");
    assertThat(field(as("requester", submit("Idempotency-Key", "")))).isEqualTo("Idempotency-Key");
    assertThat(field(as("requester", submit("Idempotency-Key", "caf\u00e9"))))
        .isEqualTo("Idempotency-Key");
    verifyNoInteractions(screenings);
    given(screenings.submit(any(), any(), any()))
        .willReturn(new ScreeningService.Submitted(screening("s-2", ScreeningStatus.CLEAR), true));
    assertThat(
            as("requester", submit("Idempotency-Key", "k".repeat(200))).getResponse().getStatus())
        .isEqualTo(201);
    assertThat(as("requester", submit()).getResponse().getStatus()).isEqualTo(201);
    verify(screenings).submit(any(), isNull(), any());
  }

  @Test
  void pagingOutOfRangeIsRefusedNamingTheParameter() throws Exception {
    assertThat(field(as("reviewer", get("/api/v1/screenings?size=0")))).isEqualTo("size");
    assertThat(field(as("reviewer", get("/api/v1/screenings?size=501")))).isEqualTo("size");
    assertThat(field(as("reviewer", get("/api/v1/screenings?page=-1")))).isEqualTo("page");
    assertThat(
            problem(as("reviewer", get("/api/v1/screenings?size=abc")), 400)
                .get("detail")
                .asString())
        .contains("size");
    assertThat(
            problem(as("reviewer", get("/api/v1/screenings?updatedSince=yesterday")), 400)
                .get("detail")
                .asString())
        .contains("updatedSince");
    verifyNoInteractions(screenings);
    given(screenings.list(any(), anyInt(), anyInt(), any()))
        .willReturn(new ScreeningPage(List.of(), 3, 500, 0));
    assertThat(as("reviewer", get("/api/v1/screenings?page=3&size=500")).getResponse().getStatus())
        .isEqualTo(200);
  }

  @Test
  void anUnknownScreeningIs404AndAWrongMethod405() throws Exception {
    given(screenings.get(eq("no-such-id"), any()))
        .willThrow(ApiException.notFound("Screening", "no-such-id"));
    assertThat(
            problem(as("auditor", get("/api/v1/screenings/no-such-id")), 404)
                .get("detail")
                .asString())
        .contains("no-such-id");
    MvcResult wrongMethod = as("requester", get("/api/v1/screenings/s-1/case"));
    problem(wrongMethod, 405);
    assertThat(wrongMethod.getResponse().getHeader("Allow")).contains("PUT");
  }

  @Test
  void suppliedDataMustBeJsonAndComeFromARequester() throws Exception {
    problem(
        as(
            "requester",
            put("/api/v1/screenings/s-1/case").contentType(MediaType.TEXT_PLAIN).content("x")),
        415);
    problem(
        as(
            "reviewer",
            put("/api/v1/screenings/s-1/case")
                .contentType(MediaType.APPLICATION_JSON)
                .content(Cases.appropriate("case-1", "npi-1"))),
        403);
    given(screenings.updateCase(eq("s-1"), any(), any()))
        .willReturn(screening("s-1", ScreeningStatus.CLEAR));
    assertThat(
            as(
                    "requester",
                    put("/api/v1/screenings/s-1/case")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Cases.appropriate("case-1", "npi-1")))
                .getResponse()
                .getStatus())
        .isEqualTo(200);
  }

  @Test
  void anEmptyBodyIs400BeforeTheService() throws Exception {
    problem(
        as(
            "requester",
            post("/api/v1/screenings").contentType(MediaType.APPLICATION_JSON).content("")),
        400);
    verifyNoInteractions(screenings);
  }

  @Test
  void onlyRequestersSubmitAndTheHistoryIsNotTheirs() throws Exception {
    problem(as(null, submit()), 401);
    problem(as("reviewer", submit()), 403);
    problem(as("auditor", submit()), 403);
    problem(as("requester", get("/api/v1/screenings/s-1/history")), 403);
    verifyNoInteractions(screenings);
  }
}
