// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.api.testsupport.ProblemBodies.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.crosscheck.api.testsupport.ControllerSlice;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.ProblemBodies;
import org.crosscheck.api.testsupport.VignetteEvaluations;
import org.crosscheck.engine.ruleset.RuleSetCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The loaded rule sets as any signed-in user reads them (the real catalog, no database). */
@ControllerSlice(RuleSetsController.class)
@Import(RuleSetsControllerTest.Catalog.class)
class RuleSetsControllerTest {

  @TestConfiguration
  static class Catalog {
    @Bean
    RuleSetCatalog ruleSetCatalog() {
      return VignetteEvaluations.evaluator().catalog();
    }
  }

  @Autowired MockMvc mvc;

  @Test
  void everyLoadedRuleSetIsListedWithItsSourceAndChecksum() throws Exception {
    MvcResult r =
        mvc.perform(get("/api/v1/rulesets").with(httpBasic("requester", Http.PASSWORD)))
            .andReturn();
    assertThat(r.getResponse().getStatus()).isEqualTo(200);
    JsonNode sets = ProblemBodies.json(r);
    assertThat(sets)
        .extracting(s -> s.get("id").asString())
        .contains("revasc-auc-2012", "imaging-ccd-auc-2023", "review-policy-default");
    for (JsonNode set : sets) {
      assertThat(set.get("version").asString()).as(set.toString()).isNotBlank();
      assertThat(set.get("sha256").asString()).as(set.toString()).hasSize(64);
    }
  }

  @Test
  void anonymousReadersAre401AndAnUnknownPathIs404() throws Exception {
    problem(mvc.perform(get("/api/v1/rulesets")).andReturn(), 401);
    problem(
        mvc.perform(get("/api/v1/rulesets/no-such-set").with(httpBasic("auditor", Http.PASSWORD)))
            .andReturn(),
        404);
    problem(
        mvc.perform(post("/api/v1/rulesets").with(httpBasic("admin", Http.PASSWORD))).andReturn(),
        403);
  }
}
