// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.api.testsupport.ProblemBodies.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import org.crosscheck.api.testsupport.ControllerSlice;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.ProblemBodies;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Dev mode's sign-in as the pages use it, without a database: each built-in user and their role, a
 * wrong password or none as 401 problem+json, and no browser login dialog for the pages' own
 * requests.
 */
@ControllerSlice(CurrentUserController.class)
class CurrentUserControllerTest {

  @Autowired MockMvc mvc;

  @Test
  void eachBuiltInUserHasTheirRole() throws Exception {
    Map<String, String> roles =
        Map.of(
            "requester",
            "REQUESTER",
            "requester2",
            "REQUESTER",
            "reviewer",
            "REVIEWER",
            "reviewer2",
            "REVIEWER",
            "auditor",
            "AUDITOR",
            "admin",
            "ADMIN",
            "cardiologist",
            "CLINICIAN");
    for (Map.Entry<String, String> user : roles.entrySet()) {
      MvcResult r =
          mvc.perform(get("/api/v1/me").with(httpBasic(user.getKey(), Http.PASSWORD))).andReturn();
      assertThat(r.getResponse().getStatus()).as(user.getKey()).isEqualTo(200);
      JsonNode me = ProblemBodies.json(r);
      assertThat(me.get("name").asString()).isEqualTo(user.getKey());
      assertThat(me.get("roles")).extracting(JsonNode::asString).containsExactly(user.getValue());
    }
  }

  @Test
  void noOrWrongCredentialsAre401WithAChallengeExceptForThePagesOwnRequests() throws Exception {
    MvcResult none = mvc.perform(get("/api/v1/me")).andReturn();
    problem(none, 401);
    assertThat(none.getResponse().getHeader("WWW-Authenticate"))
        .contains("Basic realm=\"crosscheck\"");
    MvcResult wrong =
        mvc.perform(get("/api/v1/me").with(httpBasic("reviewer", "wrong"))).andReturn();
    problem(wrong, 401);
    MvcResult page =
        mvc.perform(get("/api/v1/me").header("X-Requested-With", "XMLHttpRequest")).andReturn();
    problem(page, 401);
    assertThat(page.getResponse().getHeader("WWW-Authenticate")).isEqualTo("Bearer");
  }

  @Test
  void anUnknownAddressIsForbiddenEvenToAnAdmin() throws Exception {
    problem(
        mvc.perform(get("/api/v1/nothing-here").with(httpBasic("admin", Http.PASSWORD)))
            .andReturn(),
        403);
  }
}
