// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.dtr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/questions} over HTTP: the adaptive documentation form of a case (the
 * self-check page's questions): a pending case is asked what decides it, the answer is written into
 * the case it returns, a question left unanswered stays open beside the next one, a clear case has
 * nothing to ask; bad requests are 400 naming the field, bad answers 422 naming the item;
 * documented in the OpenAPI document; clinical roles only.
 */
class CaseQuestionsIT extends PostgresIT {

  private static final String QUESTIONS = "/api/v1/questions";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String field(Http.Response r) {
    return r.json().get("errors").get(0).get("field").asString();
  }

  private Http.Response questions(String body) {
    return http.post(QUESTIONS, "cardiologist", body);
  }

  @Test
  void thePendingCaseIsAskedWhatDecidesItAndTheAnswerEntersTheCase() {
    String pending = Cases.vignette("revasc-2012/policy/POL-PEND-ccs-class-unknown.json");
    Http.Response first = questions("{\"case\": " + pending + "}");
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(first.json().get("outcome").asString()).isEqualTo("PEND");
    assertThat(first.json().get("answered")).isEmpty();
    JsonNode step = first.json().get("response");
    assertThat(step.get("status").asString()).isEqualTo("in-progress");
    assertThat(step.get("item")).hasSize(1);
    assertThat(step.get("item").get(0).get("linkId").asString()).isEqualTo("presentation.ccsClass");
    JsonNode question = step.get("contained").get(0).get("item").get(0);
    assertThat(question.get("text").asString()).startsWith("Angina class");

    ObjectNode answered = (ObjectNode) step.deepCopy();
    ((ObjectNode) answered.get("item").get(0))
        .putArray("answer")
        .addObject()
        .putObject("valueCoding")
        .put("system", "https://crosscheck.dev/fhir/CodeSystem/case-finding")
        .put("code", "3");
    Http.Response second = questions("{\"case\": " + pending + ", \"response\": " + answered + "}");
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.json().get("case").get("presentation").get("ccsClass").asInt()).isEqualTo(3);
    assertThat(second.json().get("answered").get(0).asString()).isEqualTo("presentation.ccsClass");
    assertThat(second.json().get("outcome").asString()).isNotEqualTo("PEND");
    assertThat(second.json().get("response").get("status").asString()).isEqualTo("completed");
    // the case sent is never changed on the server: nothing is stored, the answers are in the case
    // returned
    assertThat(JSON.readTree(pending).get("presentation").has("ccsClass")).isFalse();
  }

  @Test
  void aQuestionLeftUnansweredStaysOpenBesideTheNextOne() {
    // the CCS class and the stress test unknown: two things to ask
    ObjectNode twoUnknowns =
        (ObjectNode)
            JSON.readTree(Cases.vignette("revasc-2012/policy/POL-PEND-ccs-class-unknown.json"));
    twoUnknowns.remove("stressTests");
    String pending = twoUnknowns.toString();
    JsonNode step = questions("{\"case\": " + pending + "}").json().get("response");
    String firstAsked = step.get("item").get(0).get("linkId").asString();
    Http.Response next = questions("{\"case\": " + pending + ", \"response\": " + step + "}");
    assertThat(next.status()).as(next.body()).isEqualTo(200);
    assertThat(next.json().get("answered")).isEmpty();
    List<String> open = new ArrayList<>();
    next.json().get("response").get("item").forEach(i -> open.add(i.get("linkId").asString()));
    assertThat(open).first().isEqualTo(firstAsked);
    assertThat(open).hasSizeGreaterThan(1);
  }

  @Test
  void aClearCaseHasNothingToAsk() {
    Http.Response r =
        questions(
            "{\"case\": " + Cases.vignette("revasc-2012/table2/RV12-19-CCS_I_II-pos.json") + "}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("outcome").asString()).isEqualTo("CLEAR");
    assertThat(r.json().get("response").get("status").asString()).isEqualTo("completed");
    assertThat(r.json().get("response").has("item")).isFalse();
  }

  @Test
  void badRequestsAre400NamingTheFieldAndBadAnswers422NamingTheItem() {
    Http.Response noCase = questions("{}");
    assertThat(noCase.status()).as(noCase.body()).isEqualTo(400);
    assertThat(field(noCase)).isEqualTo("case");
    Http.Response unknown = questions("{\"case\": {}, \"answers\": []}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(field(unknown)).isEqualTo("answers");
    Http.Response invalid =
        questions(
            "{\"case\": {\"caseId\": \"x\", \"asOf\": \"2026-03-01\", \"request\":"
                + " {\"procedure\": \"PCX\", \"urgency\": \"ELECTIVE\"}}}");
    assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
    assertThat(field(invalid)).isEqualTo("case.request.procedure");
    String pending = Cases.vignette("revasc-2012/policy/POL-PEND-ccs-class-unknown.json");
    Http.Response notResponse =
        questions("{\"case\": " + pending + ", \"response\": {\"resourceType\": \"Patient\"}}");
    assertThat(notResponse.status()).as(notResponse.body()).isEqualTo(400);
    assertThat(field(notResponse)).isEqualTo("response.resourceType");
    Http.Response badAnswer =
        questions(
            "{\"case\": "
                + pending
                + ", \"response\": {\"resourceType\":"
                + " \"QuestionnaireResponse\", \"status\": \"in-progress\", \"item\": [{\"linkId\": \"presentation.ccsClass\","
                + " \"answer\": [{\"valueCoding\": {\"code\": \"9\"}}]}]}}");
    assertThat(badAnswer.status()).as(badAnswer.body()).isEqualTo(422);
    assertThat(field(badAnswer)).isEqualTo("presentation.ccsClass");
    assertThat(badAnswer.body()).doesNotContain("Exception").doesNotContain("java.");
  }

  @Test
  void itIsInTheOpenApiDocumentWithTheCaseInItsBody() {
    JsonNode doc = http.get("/v3/api-docs", null).json();
    JsonNode questions = doc.at("/paths/~1api~1v1~1questions/post");
    assertThat(
            questions
                .at("/requestBody/content/application~1json/schema/properties/case/$ref")
                .asString())
        .isEqualTo("#/components/schemas/Case");
    assertThat(questions.at("/tags/0").asString()).isEqualTo("Documentation forms");
    assertThat(questions.at("/responses").has("422")).isTrue();
    assertThat(
            questions
                .at("/responses/200/content/application~1json/schema/properties")
                .has("response"))
        .isTrue();
  }

  @Test
  void onlySignedInUsersWithAClinicalRoleMayCallIt() {
    String clear = Cases.vignette("revasc-2012/table2/RV12-19-CCS_I_II-pos.json");
    assertThat(http.post(QUESTIONS, null, "{\"case\": " + clear + "}").status()).isEqualTo(401);
    assertThat(http.post(QUESTIONS, "auditor", "{\"case\": " + clear + "}").status())
        .isEqualTo(403);
  }
}
