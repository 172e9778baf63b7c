// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestContextJson;
import ca.uhn.fhir.rest.api.server.cdshooks.CdsServiceRequestJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceIndicatorEnum;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseCardJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServiceResponseJson;
import ca.uhn.hapi.fhir.cdshooks.api.json.CdsServicesJson;
import ca.uhn.hapi.fhir.cdshooks.module.CdsHooksObjectMapperFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.crosscheck.api.testsupport.CdsFixtures;
import org.crosscheck.api.testsupport.ClientJwts;
import org.crosscheck.api.testsupport.Http;
import org.crosscheck.api.testsupport.PostgresIT;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real CDS client: HAPI FHIR's own CDS Hooks models and object mapper (not this project's
 * classes) build the order-sign request from a FHIR bundle, the client signs its JWT with its test
 * key, calls discovery and the service, and reads the answer back into HAPI's response model with
 * unknown properties refused, so that anything this service sends outside the specification's JSON
 * structure fails the test.
 */
class HapiCdsClientIT extends PostgresIT {

  static final FhirContext FHIR = FhirContext.forR4Cached();

  @DynamicPropertySource
  static void cdsClients(DynamicPropertyRegistry registry) {
    ClientJwts.trust(registry);
  }

  private static ObjectMapper strictMapper() {
    return new CdsHooksObjectMapperFactory(FHIR)
        .newMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
  }

  @Test
  void aHapiClientCallsDiscoveryThenOrderSignAndReadsTheAnswerWithHapisModels() throws Exception {
    ObjectMapper mapper = strictMapper();
    String discoveryUrl = "http://localhost:" + port + "/cds-services";
    Http.Response discovery =
        http.get(
            "/cds-services",
            null,
            "Authorization",
            "Bearer " + ClientJwts.token(discoveryUrl, clock.instant()));
    CdsServicesJson services = mapper.readValue(discovery.body(), CdsServicesJson.class);
    CdsServiceJson sign =
        services.getServices().stream()
            .filter(s -> s.getHook().equals("order-sign"))
            .findFirst()
            .orElseThrow();
    assertThat(sign.getPrefetch())
        .containsKeys("patient", "conditions", "observations", "coverage");

    Bundle twin = CdsFixtures.twin(CdsFixtures.REVIEW);
    CdsServiceRequestJson request = new CdsServiceRequestJson();
    request.setHook("order-sign");
    request.setHookInstance(UUID.randomUUID().toString());
    CdsServiceRequestContextJson context = new CdsServiceRequestContextJson();
    Bundle drafts = new Bundle().setType(Bundle.BundleType.COLLECTION);
    String patientId = null;
    for (Bundle.BundleEntryComponent entry : twin.getEntry()) {
      Resource r = entry.getResource();
      if (r instanceof ServiceRequest) {
        drafts.addEntry().setResource(r);
      } else if (r.fhirType().equals("Patient")) {
        patientId = r.getIdElement().getIdPart();
        request.addPrefetch("patient", r);
      }
    }
    for (String[] key :
        new String[][] {
          {"conditions", "Condition"},
          {"observations", "Observation"},
          {"medicationRequests", "MedicationRequest"},
          {"medicationStatements", "MedicationStatement"},
          {"procedures", "Procedure"},
          {"coverage", "Coverage"}
        }) {
      request.addPrefetch(
          key[0],
          FHIR.newJsonParser()
              .parseResource(Bundle.class, CdsFixtures.searchset(CdsFixtures.REVIEW, key[1])));
    }
    context.put("userId", "Practitioner/dr-1");
    context.put("patientId", patientId);
    context.put("draftOrders", drafts);
    request.setContext(context);
    String serviceUrl = discoveryUrl + "/" + sign.getId();

    Http.Response answer =
        http.post(
            "/cds-services/" + sign.getId(),
            null,
            mapper.writeValueAsString(request),
            "Authorization",
            "Bearer " + ClientJwts.token(serviceUrl, clock.instant()));
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    CdsServiceResponseJson response = mapper.readValue(answer.body(), CdsServiceResponseJson.class);
    CdsServiceResponseCardJson card = response.getCards().get(0);
    assertThat(card.getIndicator()).isEqualTo(CdsServiceIndicatorEnum.WARNING);
    assertThat(card.getSummary()).hasSizeLessThan(140);
    assertThat(card.getSource().getLabel()).contains("Table 3, indication 57");
    assertThat(card.getUuid()).isNotBlank();
    assertThat(card.getOverrideReasons()).isNotEmpty();
    assertThat(card.getLinks()).isNotEmpty();
    // no Coverage in the twin: no coverage information, and no empty systemActions either
    assertThat(response.getServiceActions()).isNullOrEmpty();
  }

  @Test
  void theCoverageInformationReadsBackAsFhirThroughHapi() throws Exception {
    ObjectMapper mapper = strictMapper();
    String path = "/cds-services/crosscheck-order-sign";
    Http.Response answer =
        http.post(
            path,
            null,
            CdsFixtures.orderSign(CdsFixtures.CLEAR).toString(),
            "Authorization",
            "Bearer " + ClientJwts.token("http://localhost:" + port + path, clock.instant()));
    CdsServiceResponseJson response = mapper.readValue(answer.body(), CdsServiceResponseJson.class);
    ServiceRequest order = (ServiceRequest) response.getServiceActions().get(0).getResource();
    Extension info =
        order.getExtensionByUrl(
            "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information");
    assertThat(info.getExtensionByUrl("covered").getValue().primitiveValue()).isEqualTo("covered");
    assertThat(info.getExtensionByUrl("pa-needed").getValue().primitiveValue())
        .isEqualTo("no-auth");
    assertThat(info.getExtensionByUrl("coverage-assertion-id").getValue().primitiveValue())
        .isNotBlank();
  }
}
