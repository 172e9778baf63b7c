// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.api.testsupport.Cases;
import org.crosscheck.api.testsupport.CdsFixtures;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/order-sign-card} over HTTP: a case in, the card the order-sign service
 * returns for the same order out (its FHIR twin signed through CDS Hooks gets the same summary,
 * indicator, source, links and suggestions); an invalid case is 400 naming the field; documented in
 * the OpenAPI document; clinical roles only.
 */
class OrderSignCardIT extends PostgresIT {

  private static final String CARD = "/api/v1/order-sign-card";

  private static String field(Http.Response r) {
    return r.json().get("errors").get(0).get("field").asString();
  }

  private Http.Response card(String caseJson) {
    return http.post(CARD, "cardiologist", caseJson);
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
      Http.Response signed =
          http.post(
              "/cds-services/crosscheck-order-sign", null, CdsFixtures.orderSign(twin).toString());
      assertThat(signed.status()).as(signed.body()).isEqualTo(200);
      JsonNode fromEhr = signed.json().get("cards").get(0);
      Http.Response r = card(Cases.vignette(twin.replace(".bundle.json", ".json")));
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonNode fromCase = r.json();
      assertThat(fromCase.get("summary").asString())
          .as(twin)
          .isEqualTo(fromEhr.get("summary").asString());
      assertThat(fromCase.get("indicator").asString())
          .as(twin)
          .isEqualTo(fromEhr.get("indicator").asString());
      assertThat(fromCase.get("source").get("label").asString())
          .as(twin)
          .isEqualTo(fromEhr.get("source").get("label").asString());
      assertThat(labels(fromCase.get("suggestions")))
          .as(twin)
          .isEqualTo(labels(fromEhr.get("suggestions")));
      assertThat(labels(fromCase.get("links"))).as(twin).isEqualTo(labels(fromEhr.get("links")));
      assertThat(fromCase.get("detail").asString())
          .as(twin)
          .startsWith(
              fromEhr
                  .get("detail")
                  .asString()
                  .substring(0, fromEhr.get("detail").asString().indexOf('\n')));
    }
  }

  @Test
  void aClearCaseGetsAnInformationCardAndASecondReviewAWarningWithItsSuggestions() {
    JsonNode clear = card(Cases.vignette("revasc-2012/table2/RV12-19-CCS_I_II-pos.json")).json();
    assertThat(clear.get("indicator").asString()).isEqualTo("info");
    assertThat(clear.get("summary").asString())
        .isEqualTo("PCI rated appropriate: no second review needed");
    assertThat(clear.has("suggestions")).isFalse();
    assertThat(labels(clear.get("links")))
        .containsExactly("Check this plan on the Crosscheck self-check page");

    JsonNode review = card(Cases.vignette("revasc-2012/table3/RV12-57-CCS_I_II-pos.json")).json();
    assertThat(review.get("indicator").asString()).isEqualTo("warning");
    assertThat(review.get("summary").asString())
        .contains("a second review by another clinician is needed");
    assertThat(review.get("overrideReasons")).isNotEmpty();
  }

  @Test
  void aPendingCaseLinksToTheQuestionsOnTheSelfCheckPage() {
    Http.Response r = card(Cases.vignette("revasc-2012/policy/POL-PEND-ccs-class-unknown.json"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode link = r.json().get("links").get(0);
    assertThat(link.get("label").asString())
        .isEqualTo("Answer the questions that decide this order");
    assertThat(link.get("url").asString()).isEqualTo("http://localhost:" + port + "/#questions");
  }

  @Test
  void anInvalidCaseIs400NamingTheField() {
    Http.Response badCase =
        card(
            "{\"caseId\": \"x\", \"asOf\": \"2026-03-01\", \"request\": {\"procedure\": \"PCX\","
                + " \"urgency\": \"ELECTIVE\"}}");
    assertThat(badCase.status()).as(badCase.body()).isEqualTo(400);
    assertThat(badCase.header("Content-Type")).startsWith("application/problem+json");
    assertThat(field(badCase)).isEqualTo("request.procedure");
  }

  @Test
  void itIsInTheOpenApiDocumentWithTheCaseAsItsBody() {
    JsonNode doc = http.get("/v3/api-docs", null).json();
    JsonNode card = doc.at("/paths/~1api~1v1~1order-sign-card/post");
    assertThat(card.at("/requestBody/content/application~1json/schema/$ref").asString())
        .isEqualTo("#/components/schemas/Case");
    assertThat(card.at("/tags/0").asString()).isEqualTo("CDS Hooks");
    assertThat(card.at("/summary").asString()).isNotBlank();
    assertThat(card.at("/responses/400/content/application~1problem+json/schema/$ref").asString())
        .isEqualTo("#/components/schemas/Problem");
  }

  @Test
  void onlySignedInUsersWithAClinicalRoleMayCallIt() {
    String clear = Cases.vignette("revasc-2012/table2/RV12-19-CCS_I_II-pos.json");
    assertThat(http.post(CARD, null, clear).status()).isEqualTo(401);
    assertThat(http.post(CARD, "auditor", clear).status()).isEqualTo(403);
  }
}
