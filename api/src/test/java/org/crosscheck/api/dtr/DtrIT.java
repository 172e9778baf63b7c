// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.dtr;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.List;
import org.crosscheck.api.testsupport.CdsFixtures;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Da Vinci DTR round trip end to end, over HTTP and PostgreSQL, read and written with HAPI
 * FHIR's R4 model: a pending order's card links to its questionnaire and its CRD coverage
 * information needs documentation; the questionnaire package asks what decides it; the completed
 * QuestionnaireResponse re-rates the order and drops doc-needed; the order signed again is rated
 * with the clinician's answers, named in the card.
 */
class DtrIT extends PostgresIT {

  static final String SIGN = "/cds-services/crosscheck-order-sign";
  static final String CRD =
      "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";
  private static final IParser FHIR = FhirContext.forR4Cached().newJsonParser();

  /**
   * An order-sign for the pending twin (three-vessel disease, SYNTAX score unknown), with its own
   * order id.
   */
  private ObjectNode pendingOrder(String orderId) {
    ObjectNode request = CdsFixtures.orderSign(CdsFixtures.PEND);
    ((ObjectNode) request.get("context").get("draftOrders").get("entry").get(0).get("resource"))
        .put("id", orderId);
    return request;
  }

  private Http.Response fhir(String path, String user, String body) {
    return http.send("POST", path, user, body, "application/fhir+json");
  }

  private static String context(JsonNode card) {
    for (JsonNode link : card.get("links")) {
      String url = link.get("url").asString();
      if (url.contains("/questionnaire/")) {
        return url.substring(url.indexOf("context=") + "context=".length());
      }
    }
    throw new AssertionError("no questionnaire link on " + card);
  }

  private static JsonNode coverageInformation(JsonNode response) {
    return response.get("systemActions").get(0).get("resource").get("extension").get(0);
  }

  private static boolean has(JsonNode coverageInformation, String url) {
    for (JsonNode e : coverageInformation.get("extension")) {
      if (e.get("url").asString().equals(url)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void thePackageTheAnswersAndTheSignedOrderAgain() {
    String orderId = unique("sr-dtr");
    ObjectNode request = pendingOrder(orderId);
    Http.Response signed = http.post(SIGN, null, request.toString());
    assertThat(signed.status()).as(signed.body()).isEqualTo(200);
    JsonNode card = signed.json().get("cards").get(0);
    assertThat(card.get("summary").asString()).contains("documentation missing");
    String context = context(card);
    JsonNode before = coverageInformation(signed.json());
    assertThat(has(before, "doc-needed")).isTrue();
    assertThat(has(before, "questionnaire")).isTrue();

    // $questionnaire-package, in and out as HAPI resources
    Parameters in = new Parameters();
    Coverage coverage = new Coverage();
    coverage.setId("cov-1");
    in.addParameter().setName("coverage").setResource(coverage);
    ServiceRequest order = new ServiceRequest();
    order.setId(orderId);
    in.addParameter().setName("order").setResource(order);
    in.addParameter().setName("context").setValue(new StringType(context));
    Http.Response packaged =
        fhir(
            "/fhir/Questionnaire/$questionnaire-package",
            "cardiologist",
            FHIR.encodeResourceToString(in));
    assertThat(packaged.status()).as(packaged.body()).isEqualTo(200);
    assertThat(packaged.header("Content-Type")).startsWith("application/fhir+json");
    Parameters out = FHIR.parseResource(Parameters.class, packaged.body());
    Bundle bundle = (Bundle) out.getParameter("packagebundle").getResource();
    Questionnaire q = (Questionnaire) bundle.getEntry().get(0).getResource();
    assertThat(q.getMeta().getProfile())
        .extracting(p -> p.getValue())
        .contains("http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-std-questionnaire");
    assertThat(q.getItem())
        .extracting(Questionnaire.QuestionnaireItemComponent::getLinkId)
        .containsExactly("anatomy.syntaxScore");
    Questionnaire.QuestionnaireItemComponent item = q.getItem().get(0);
    assertThat(item.getText()).isEqualTo("SYNTAX score");
    assertThat(item.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.INTEGER);
    assertThat(
            ((IntegerType)
                    item.getExtensionByUrl("http://hl7.org/fhir/StructureDefinition/maxValue")
                        .getValue())
                .getValue())
        .isEqualTo(150);
    QuestionnaireResponse response = (QuestionnaireResponse) bundle.getEntry().get(1).getResource();
    assertThat(response.getQuestionnaire()).isEqualTo(q.getUrl() + "|" + q.getVersion());

    // the answers: a SYNTAX score of 30 (high burden) re-rates the order
    response.getItem().get(0).addAnswer().setValue(new IntegerType(30));
    response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    Http.Response answered =
        fhir("/fhir/QuestionnaireResponse", "cardiologist", FHIR.encodeResourceToString(response));
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    Parameters result = FHIR.parseResource(Parameters.class, answered.body());
    String outcome = result.getParameter("outcome").getValue().primitiveValue();
    assertThat(outcome).isNotEqualTo("PEND");
    assertThat(result.getParameters("clinicianAnswer"))
        .extracting(p -> p.getValue().primitiveValue())
        .containsExactly("anatomy.syntaxScore");
    ServiceRequest updated = (ServiceRequest) result.getParameter("order").getResource();
    Extension info = updated.getExtensionByUrl(CRD);
    assertThat(info.getExtensionByUrl("doc-needed")).isNull();
    assertThat(info.getExtensionByUrl("coverage").getValue()).isInstanceOf(Reference.class);

    // the order signed again: rated with the clinician's answer, named as such; coverage without
    // doc-needed
    request.put("hookInstance", java.util.UUID.randomUUID().toString());
    Http.Response again = http.post(SIGN, null, request.toString());
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    JsonNode card2 = again.json().get("cards").get(0);
    assertThat(card2.get("summary").asString()).doesNotContain("documentation missing");
    assertThat(card2.get("detail").asString())
        .contains("Documented by the clinician", "anatomy.syntaxScore");
    assertThat(has(coverageInformation(again.json()), "doc-needed")).isFalse();
  }

  /**
   * The README's curl example, step by step with its own bodies: the pending order's request
   * ({@code docs/examples/cds-hooks/order-sign-pending.json}, built from the pending twin; rewrite
   * it with {@code -Dcrosscheck.examples.write=true}), the package by context, the answer, the
   * order signed again.
   */
  @Test
  void theReadmeExampleRunsAsWritten() throws Exception {
    java.nio.file.Path example =
        java.nio.file.Path.of("../docs/examples/cds-hooks/order-sign-pending.json");
    if (Boolean.getBoolean("crosscheck.examples.write")) {
      ObjectNode request = pendingOrder("sr-pending-example");
      request.put("hookInstance", "6f1d2c34-5e0a-4b8e-9d61-2a7c0f3e9b15");
      java.nio.file.Files.writeString(
          example,
          CdsFixtures.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(request) + "\n");
    }
    // the tests share one database: this run's order is its own (a form's answers stay with their
    // order)
    String request =
        java.nio.file.Files.readString(example).replace("sr-pending-example", unique("sr-example"));
    String url =
        http.post(SIGN, null, request)
            .json()
            .get("cards")
            .get(0)
            .get("links")
            .get(0)
            .get("url")
            .asString();
    String context = url.substring(url.indexOf("context=") + 8);
    Http.Response packaged =
        fhir(
            "/fhir/Questionnaire/$questionnaire-package",
            "cardiologist",
            "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"context\",\"valueString\":\""
                + context
                + "\"}]}");
    assertThat(packaged.body()).contains("anatomy.syntaxScore");
    Http.Response answered =
        fhir(
            "/fhir/QuestionnaireResponse",
            "cardiologist",
            "{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"questionnaire\":"
                + "\"https://crosscheck.dev/fhir/Questionnaire/order-"
                + context
                + "\",\"item\":[{\"linkId\":"
                + "\"anatomy.syntaxScore\",\"answer\":[{\"valueInteger\":30}]}]}");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    JsonNode again = http.post(SIGN, null, request).json();
    assertThat(again.get("cards").get(0).get("detail").asString())
        .contains("Documented by the clinician");
  }

  @Test
  void theAdaptiveFormAsksOneItemAndCompletesWhenDecided() {
    Http.Response signed = http.post(SIGN, null, pendingOrder(unique("sr-adapt")).toString());
    String context = context(signed.json().get("cards").get(0));
    QuestionnaireResponse start = new QuestionnaireResponse();
    start.setQuestionnaire("https://crosscheck.dev/fhir/Questionnaire/adaptive-" + context);
    start.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
    Http.Response first =
        fhir(
            "/fhir/Questionnaire/$next-question",
            "cardiologist",
            FHIR.encodeResourceToString(start));
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    QuestionnaireResponse step = FHIR.parseResource(QuestionnaireResponse.class, first.body());
    assertThat(step.getStatus())
        .isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
    Questionnaire contained = (Questionnaire) step.getContained().get(0);
    assertThat(contained.getMeta().getProfile())
        .extracting(p -> p.getValue())
        .contains("http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-questionnaire-adapt");
    assertThat(step.getItem())
        .extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
        .containsExactly("anatomy.syntaxScore");
    step.getItem().get(0).addAnswer().setValue(new IntegerType(12));
    Http.Response second =
        fhir(
            "/fhir/Questionnaire/$next-question",
            "cardiologist",
            FHIR.encodeResourceToString(step));
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(FHIR.parseResource(QuestionnaireResponse.class, second.body()).getStatus())
        .isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
  }

  @Test
  void badAnswersAndBadRequestsAreProblemsNamingTheItem() {
    Http.Response signed = http.post(SIGN, null, pendingOrder(unique("sr-bad")).toString());
    String context = context(signed.json().get("cards").get(0));
    QuestionnaireResponse r = new QuestionnaireResponse();
    r.setQuestionnaire("https://crosscheck.dev/fhir/Questionnaire/order-" + context);
    r.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    r.addItem().setLinkId("anatomy.syntaxScore").addAnswer().setValue(new IntegerType(400));
    Http.Response outOfRange =
        fhir("/fhir/QuestionnaireResponse", "cardiologist", FHIR.encodeResourceToString(r));
    assertThat(outOfRange.status()).isEqualTo(422);
    assertThat(outOfRange.json().get("errors").get(0).get("field").asString())
        .isEqualTo("anatomy.syntaxScore");
    assertThat(outOfRange.body()).doesNotContain("Exception", "HAPI", "java.");

    r.getItemFirstRep().setLinkId("patient.shoeSize");
    assertThat(
            fhir("/fhir/QuestionnaireResponse", "cardiologist", FHIR.encodeResourceToString(r))
                .json()
                .get("errors")
                .get(0)
                .get("field")
                .asString())
        .isEqualTo("patient.shoeSize");

    r.setQuestionnaire(
        "https://crosscheck.dev/fhir/Questionnaire/order-" + java.util.UUID.randomUUID());
    assertThat(
            fhir("/fhir/QuestionnaireResponse", "cardiologist", FHIR.encodeResourceToString(r))
                .status())
        .isEqualTo(404);
    Http.Response notFhir =
        fhir("/fhir/QuestionnaireResponse", "cardiologist", "{\"resourceType\": ");
    assertThat(notFhir.status()).isEqualTo(400);
    assertThat(notFhir.body()).doesNotContain("HAPI-", "Exception");
    assertThat(
            fhir("/fhir/QuestionnaireResponse", "cardiologist", "{\"resourceType\": \"Patient\"}")
                .status())
        .isEqualTo(422);
    assertThat(fhir("/fhir/QuestionnaireResponse", null, FHIR.encodeResourceToString(r)).status())
        .isEqualTo(401);
    assertThat(
            fhir("/fhir/QuestionnaireResponse", "auditor", FHIR.encodeResourceToString(r)).status())
        .isEqualTo(403);
    assertThat(
            fhir(
                    "/fhir/Questionnaire/$questionnaire-package",
                    "cardiologist",
                    FHIR.encodeResourceToString(new Parameters()))
                .status())
        .isEqualTo(422);
  }

  @Test
  void theFormsPageIsServedUnderTheSameContentSecurityPolicy() {
    Http.Response page = http.get("/questionnaire/index.html", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(List.of("/questionnaire/questionnaire.js", "/questionnaire/questionnaire.css"))
        .allSatisfy(p -> assertThat(http.get(p, null).status()).isEqualTo(200));
  }
}
