// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.api.testsupport.ProblemBodies.field;
import static org.crosscheck.api.testsupport.ProblemBodies.problem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.ControllerSlice;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.ProblemBodies;
import org.crosscheck.api.testsupport.VignetteEvaluations;
import org.crosscheck.engine.evaluation.Evaluator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/evaluations} without a database: a case in, its evaluation out (the real
 * engine), and every case the reader refuses as a 400 problem naming the field, in the case
 * format's words.
 */
@ControllerSlice(EvaluationController.class)
@Import({EvaluationService.class, EvaluationControllerTest.Engine.class})
@TestPropertySource(properties = "crosscheck.request.max-bytes=65536")
class EvaluationControllerTest {

  @TestConfiguration
  static class Engine {
    @Bean
    Evaluator evaluator() {
      return VignetteEvaluations.evaluator();
    }

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @Autowired MockMvc mvc;

  @Autowired MeterRegistry meters;

  private MvcResult evaluate(String user, byte[] body, MediaType type) throws Exception {
    var request = post("/api/v1/evaluations").contentType(type).content(body);
    return mvc.perform(user == null ? request : request.with(httpBasic(user, Http.PASSWORD)))
        .andReturn();
  }

  private MvcResult evaluate(String body) throws Exception {
    return evaluate("requester", body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
  }

  private static String valid(String caseId) {
    return Cases.appropriate(caseId, "npi-1");
  }

  @Test
  void aVignetteIsRatedAsItExpectsAndCounted() throws Exception {
    MvcResult r =
        evaluate(
            "cardiologist",
            VignetteEvaluations.json(VignetteEvaluations.CLEAR),
            MediaType.APPLICATION_JSON);
    assertThat(r.getResponse().getStatus()).as(ProblemBodies.body(r)).isEqualTo(200);
    assertThat(r.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
    JsonNode evaluation = ProblemBodies.json(r);
    assertThat(evaluation.get("decision").get("outcome").asString()).isEqualTo("CLEAR");
    assertThat(evaluation.get("decision").get("tier").asString()).isEqualTo("APPROPRIATE");
    assertThat(evaluation.get("findings").get(0).get("criterion").asString()).isEqualTo("19");
    assertThat(meters.get("crosscheck.evaluations").tag("outcome", "CLEAR").counter().count())
        .isPositive();
  }

  @Test
  void anInvalidValueIs400NamingTheFieldAndTheAllowedValues() throws Exception {
    JsonNode error =
        problem(evaluate(valid("e1").replace("\"STABLE\"", "\"CHRONIC\"")), 400)
            .get("errors")
            .get(0);
    assertThat(error.get("field").asString()).isEqualTo("presentation.setting");
    assertThat(error.get("message").asString()).contains("STABLE, UNSTABLE_ANGINA, NSTEMI, STEMI");
  }

  @Test
  void anUnknownFieldIs400NamingIt() throws Exception {
    assertThat(
            field(
                evaluate(
                    valid("e2").replace("\"lvef\": 58", "\"lvef\": 58, \"ejectionFraction\": 58"))))
        .isEqualTo("ejectionFraction");
  }

  @Test
  void malformedEmptyOrNullBodiesAre400WithoutInternals() throws Exception {
    problem(evaluate("{\"caseId\": "), 400);
    problem(evaluate(""), 400);
    problem(evaluate("null"), 400);
    problem(evaluate(valid("x") + " {}"), 400);
  }

  @Test
  void nulAndUnpairedSurrogatesAreRefusedNamingTheField() throws Exception {
    assertThat(field(evaluate(valid("a\\u0000b")))).isEqualTo("caseId");
    assertThat(field(evaluate(valid("a\\ud800b")))).isEqualTo("caseId");
    assertThat(field(evaluate(valid("a\\udfffb")))).isEqualTo("caseId");
  }

  @Test
  void aNumericCaseIdIsATypeErrorAndAsOfMustBeAPlausibleDate() throws Exception {
    assertThat(field(evaluate(valid("x").replace("\"x\"", "12")))).isEqualTo("caseId");
    assertThat(field(evaluate(valid("x").replace("2026-03-01", "0000-01-01")))).isEqualTo("asOf");
    assertThat(field(evaluate(valid("x").replace("2026-03-01", "2026-02-30")))).isEqualTo("asOf");
  }

  @Test
  void aNullListItemIsNamedByItsPosition() throws Exception {
    assertThat(
            field(
                evaluate(
                    valid("x")
                        .replace(
                            "[{\"segment\": \"LCX_PROXIMAL\", \"stenosisPercent\": 85}]",
                            "[null]"))))
        .isEqualTo("anatomy.lesions[0]");
  }

  @Test
  void duplicateKeysAreRefused() throws Exception {
    assertThat(
            problem(evaluate(valid("x").replace("\"lvef\": 58", "\"lvef\": 58, \"lvef\": 20")), 400)
                .get("detail")
                .asString())
        .contains("Duplicate");
  }

  @Test
  void aBodyThatIsNotUtf8IsRefused() throws Exception {
    MvcResult r =
        evaluate(
            "requester",
            valid("caf\u00e9").getBytes(StandardCharsets.ISO_8859_1),
            MediaType.APPLICATION_JSON);
    assertThat(ProblemBodies.body(r)).contains("UTF-8");
    problem(r, 400);
  }

  @Test
  void aWrongContentTypeIs415AndABodyOverTheLimit413() throws Exception {
    problem(
        evaluate("requester", valid("e4").getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN),
        415);
    String big = valid("e3").replace("\"fac-01\"", "\"" + "x".repeat(70_000) + "\"");
    problem(evaluate(big), 413);
  }

  @Test
  void noCredentialsAre401AndARoleWithoutEvaluationsIs403() throws Exception {
    MvcResult anonymous =
        evaluate(null, valid("e5").getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
    problem(anonymous, 401);
    assertThat(anonymous.getResponse().getHeader("WWW-Authenticate")).contains("Basic");
    problem(
        evaluate(
            "auditor", valid("e6").getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON),
        403);
    problem(
        mvc.perform(get("/api/v1/evaluations").with(httpBasic("requester", Http.PASSWORD)))
            .andReturn(),
        403);
  }
}
