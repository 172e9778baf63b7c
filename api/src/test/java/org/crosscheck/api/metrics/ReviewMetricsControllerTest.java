// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.api.testsupport.ProblemBodies.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosscheck.api.testsupport.ControllerSlice;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.ProblemBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The prior-authorization figures' range checks and readers, without a database (the service
 * mocked).
 */
@ControllerSlice(ReviewMetricsController.class)
class ReviewMetricsControllerTest {

  @Autowired MockMvc mvc;

  @MockitoBean ReviewMetricsService metrics;

  private MvcResult as(String user, String query) throws Exception {
    return mvc.perform(get("/api/v1/metrics/reviews" + query).with(httpBasic(user, Http.PASSWORD)))
        .andReturn();
  }

  private String detail(String query) throws Exception {
    return problem(as("auditor", query), 400).get("detail").asString();
  }

  @Test
  void aBadRangeIs400NamingTheParameter() throws Exception {
    assertThat(detail("?from=2026-03-02&to=2026-03-01"))
        .contains("to: must not be before from (2026-03-02)");
    assertThat(detail("?to=2026-03-01")).contains("from");
    assertThat(detail("?from=2026-03-01")).contains("to");
    assertThat(detail("?from=1969-12-31&to=2026-03-01"))
        .startsWith("from: a date between 1970 and 9999");
    assertThat(detail("?from=2016-01-01&to=2026-03-01")).contains("at most 3660 days");
    assertThat(detail("?from=2026-03-01&to=2026-03-02&period=WEEK")).contains("period");
    assertThat(detail("?from=March&to=2026-03-02")).contains("from");
    verifyNoInteractions(metrics);
  }

  @Test
  void reviewersAuditorsAndAdminsReadTheFiguresRequestersDoNot() throws Exception {
    ReviewMetrics figures =
        new ReviewMetrics(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 3, 31),
            ReviewMetrics.Period.QUARTER,
            Map.of(),
            List.of());
    given(metrics.metrics(any(), any(), any())).willReturn(figures);
    problem(as("requester", "?from=2026-01-01&to=2026-03-31"), 403);
    for (String reader : new String[] {"reviewer", "auditor", "admin"}) {
      MvcResult r = as(reader, "?from=2026-01-01&to=2026-03-31&period=QUARTER");
      assertThat(r.getResponse().getStatus())
          .as(reader + ": " + ProblemBodies.body(r))
          .isEqualTo(200);
      assertThat(ProblemBodies.json(r).get("period").asString()).isEqualTo("QUARTER");
    }
    verify(metrics, org.mockito.Mockito.times(3))
        .metrics(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), ReviewMetrics.Period.QUARTER);
  }
}
