// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The self-check page's two case endpoints over HTTP: {@code POST /api/v1/order-sign-card} answers the card the
 * order-sign service returns for the same order (its FHIR twin signed through CDS Hooks gets the same summary,
 * indicator, source and suggestions), and {@code POST /api/v1/questions} asks the adaptive form's questions of a
 * pending case and writes the answers into it; bad requests are 400 naming the field, bad answers 422 naming the item.
 */
class SelfCheckCardAndQuestionsIT extends PostgresIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String CARD = "/api/v1/order-sign-card";
  private static final String QUESTIONS = "/api/v1/questions";

  static String vignette(String path) {
    try (InputStream in = SelfCheckCardAndQuestionsIT.class.getClassLoader()
        .getResourceAsStream("vignettes/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no vignette " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Http.Response card(String caseJson) {
    return http.post(CARD, "cardiologist", caseJson);
  }

  private Http.Response questions(String body) {
    return http.post(QUESTIONS, "cardiologist", body);
  }

  private static List<String> labels(JsonNode list) {
    List<String> labels = new ArrayList<>();
    if (list != null) {
      list.forEach(item -> labels.add(item.get("label").asString()));
    }
    return labels;
  }

  @Test
  void theCardOfACaseIsTheCardOrderSignReturnsForTheSameOrder() {
    for (String twin : List.of(CdsFixtures.CLEAR, CdsFixtures.REVIEW, CdsFixtures.PEND)) {
      Http.Response signed = http.post("/cds-services/crosscheck-order-sign", null,
          CdsFixtures.orderSign(twin).toString());
      assertThat(signed.status()).as(signed.body()).isEqualTo(200);
      JsonNode fromEhr = signed.json().get("cards").get(0);
      Http.Response r = card(vignette(twin.replace(".bundle.json", ".json")));
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode fromCase = r.json();
      assertThat(fromCase.get("summary").asString()).as(twin).isEqualTo(fromEhr.get("summary").asString());
      assertThat(fromCase.get("indicator").asString()).as(twin).isEqualTo(fromEhr.get("indicator").asString());
      assertThat(fromCase.get("source").get("label").asString()).as(twin)
          .isEqualTo(fromEhr.get("source").get("label").asString());
      assertThat(labels(fromCase.get("suggestions"))).as(twin).isEqualTo(labels(fromEhr.get("suggestions")));
      assertThat(labels(fromCase.get("links"))).as(twin).isEqualTo(labels(fromEhr.get("links")));
      assertThat(fromCase.get("detail").asString()).as(twin).startsWith(fromEhr.get("detail").asString()
          .substring(0, fromEhr.get("detail").asString().indexOf('\n')));
    }
  }

  @Test
  void aClearCaseGetsAnInformationCardAndASecondReviewAWarningWithItsSuggestions() {
    JsonNode clear = card(vignette("revasc-2012/table2/RV12-19-CCS_I_II-pos.json")).json();
    assertThat(clear.get("indicator").asString()).isEqualTo("info");
    assertThat(clear.get("summary").asString()).isEqualTo("PCI rated appropriate: no second review needed");
    assertThat(clear.has("suggestions")).isFalse();
    assertThat(labels(clear.get("links"))).containsExactly("Check this plan on the Crosscheck self-check page");

    JsonNode review = card(vignette("revasc-2012/table3/RV12-57-CCS_I_II-pos.json")).json();
    assertThat(review.get("indicator").asString()).isEqualTo("warning");
    assertThat(review.get("summary").asString()).contains("a second review by another clinician is needed");
    assertThat(review.get("overrideReasons")).isNotEmpty();
  }

  @Test
  void aPendingCaseLinksToTheQuestionsOnTheSelfCheckPage() {
    Http.Response r = card(vignette("revasc-2012/policy/POL-PEND-ccs-class-unknown.json"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode link = r.json().get("links").get(0);
    assertThat(link.get("label").asString()).isEqualTo("Answer the questions that decide this order");
    assertThat(link.get("url").asString()).isEqualTo("http://localhost:" + port + "/#questions");
  }

  @Test
  void thePendingCaseIsAskedWhatDecidesItAndTheAnswerEntersTheCase() {
    String pending = vignette("revasc-2012/policy/POL-PEND-ccs-class-unknown.json");
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
    ((ObjectNode) answered.get("item").get(0)).putArray("answer").addObject().putObject("valueCoding")
        .put("system", "https://crosscheck.dev/fhir/CodeSystem/case-finding").put("code", "3");
    Http.Response second = questions("{\"case\": " + pending + ", \"response\": " + answered + "}");
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.json().get("case").get("presentation").get("ccsClass").asInt()).isEqualTo(3);
    assertThat(second.json().get("answered").get(0).asString()).isEqualTo("presentation.ccsClass");
    assertThat(second.json().get("outcome").asString()).isNotEqualTo("PEND");
    assertThat(second.json().get("response").get("status").asString()).isEqualTo("completed");
    // the case sent is never changed on the server: nothing is stored, the answers are in the case returned
    assertThat(JSON.readTree(pending).get("presentation").has("ccsClass")).isFalse();
  }

  @Test
  void aQuestionLeftUnansweredStaysOpenBesideTheNextOne() {
    // the CCS class and the stress test unknown: two things to ask
    ObjectNode twoUnknowns = (ObjectNode) JSON.readTree(vignette("revasc-2012/policy/POL-PEND-ccs-class-unknown.json"));
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
    Http.Response r = questions("{\"case\": " + vignette("revasc-2012/table2/RV12-19-CCS_I_II-pos.json") + "}");
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().get("outcome").asString()).isEqualTo("CLEAR");
    assertThat(r.json().get("response").get("status").asString()).isEqualTo("completed");
    assertThat(r.json().get("response").has("item")).isFalse();
  }

  private static String field(Http.Response r) {
    return r.json().get("errors").get(0).get("field").asString();
  }

  @Test
  void badRequestsAre400NamingTheFieldAndBadAnswers422NamingTheItem() {
    Http.Response badCase = card("{\"caseId\": \"x\", \"asOf\": \"2026-03-01\", \"request\": {\"procedure\": \"PCX\","
        + " \"urgency\": \"ELECTIVE\"}}");
    assertThat(badCase.status()).as(badCase.body()).isEqualTo(400);
    assertThat(badCase.header("Content-Type")).startsWith("application/problem+json");
    assertThat(field(badCase)).isEqualTo("request.procedure");

    Http.Response noCase = questions("{}");
    assertThat(noCase.status()).as(noCase.body()).isEqualTo(400);
    assertThat(field(noCase)).isEqualTo("case");
    Http.Response unknown = questions("{\"case\": {}, \"answers\": []}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(field(unknown)).isEqualTo("answers");
    Http.Response invalid = questions("{\"case\": {\"caseId\": \"x\", \"asOf\": \"2026-03-01\", \"request\":"
        + " {\"procedure\": \"PCX\", \"urgency\": \"ELECTIVE\"}}}");
    assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
    assertThat(field(invalid)).isEqualTo("case.request.procedure");
    String pending = vignette("revasc-2012/policy/POL-PEND-ccs-class-unknown.json");
    Http.Response notResponse = questions("{\"case\": " + pending + ", \"response\": {\"resourceType\": \"Patient\"}}");
    assertThat(notResponse.status()).as(notResponse.body()).isEqualTo(400);
    assertThat(field(notResponse)).isEqualTo("response.resourceType");
    Http.Response badAnswer = questions("{\"case\": " + pending + ", \"response\": {\"resourceType\":"
        + " \"QuestionnaireResponse\", \"status\": \"in-progress\", \"item\": [{\"linkId\": \"presentation.ccsClass\","
        + " \"answer\": [{\"valueCoding\": {\"code\": \"9\"}}]}]}}");
    assertThat(badAnswer.status()).as(badAnswer.body()).isEqualTo(422);
    assertThat(field(badAnswer)).isEqualTo("presentation.ccsClass");
    assertThat(badAnswer.body()).doesNotContain("Exception").doesNotContain("java.");
  }

  @Test
  void bothAreInTheOpenApiDocumentWithTheCaseAsTheirBody() {
    JsonNode doc = http.get("/v3/api-docs", null).json();
    JsonNode card = doc.at("/paths/~1api~1v1~1order-sign-card/post");
    assertThat(card.at("/requestBody/content/application~1json/schema/$ref").asString())
        .isEqualTo("#/components/schemas/Case");
    assertThat(card.at("/tags/0").asString()).isEqualTo("CDS Hooks");
    assertThat(card.at("/summary").asString()).isNotBlank();
    assertThat(card.at("/responses/400/content/application~1problem+json/schema/$ref").asString())
        .isEqualTo("#/components/schemas/Problem");
    JsonNode questions = doc.at("/paths/~1api~1v1~1questions/post");
    assertThat(questions.at("/requestBody/content/application~1json/schema/properties/case/$ref").asString())
        .isEqualTo("#/components/schemas/Case");
    assertThat(questions.at("/tags/0").asString()).isEqualTo("Documentation forms");
    assertThat(questions.at("/responses").has("422")).isTrue();
    assertThat(questions.at("/responses/200/content/application~1json/schema/properties").has("response")).isTrue();
  }

  @Test
  void onlySignedInUsersWithAClinicalRoleMayCallThem() {
    String clear = vignette("revasc-2012/table2/RV12-19-CCS_I_II-pos.json");
    assertThat(http.post(CARD, null, clear).status()).isEqualTo(401);
    assertThat(http.post(QUESTIONS, null, "{\"case\": " + clear + "}").status()).isEqualTo(401);
    assertThat(http.post(CARD, "auditor", clear).status()).isEqualTo(403);
    assertThat(http.post(QUESTIONS, "auditor", "{\"case\": " + clear + "}").status()).isEqualTo(403);
  }
}
