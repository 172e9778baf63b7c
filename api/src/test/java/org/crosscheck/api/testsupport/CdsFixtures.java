// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.testsupport;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * CDS Hooks requests built from the FHIR twins of the vignettes (test-cases' {@code fhir-twins/}):
 * the twin's ServiceRequest becomes the draft order, its other resources the prefetch under the
 * service's keys, plus an active Coverage for the CRD coverage information.
 */
public final class CdsFixtures {

  /** Stable angina, may be appropriate (2012 Table 3 row 57): a second review. */
  public static final String REVIEW = "revasc-2012/table3/RV12-57-CCS_I_II-pos.bundle.json";

  /** Appropriate PCI (2012 Table 2 row 19): clear. */
  public static final String CLEAR = "revasc-2012/table2/RV12-19-CCS_I_II-pos.bundle.json";

  /** An emergent PCI: never held. */
  public static final String EMERGENT = "revasc-2012/table1/RV12-06-ANY-neg.bundle.json";

  /** Three-vessel disease with the SYNTAX score unknown: pended for the missing data. */
  public static final String PEND =
      "revasc-2012/policy/POL-PEND-three-vessel-syntax-unknown.bundle.json";

  public static final JsonMapper JSON = JsonMapper.builder().build();
  private static final IParser FHIR = FhirContext.forR4Cached().newJsonParser();

  /**
   * The prefetch key of each searched resource type (as the service's prefetch templates name
   * them).
   */
  public static final Map<String, String> SEARCH_KEY_OF_TYPE =
      Map.of(
          "Condition",
          "conditions",
          "Observation",
          "observations",
          "MedicationRequest",
          "medicationRequests",
          "MedicationStatement",
          "medicationStatements",
          "Procedure",
          "procedures",
          "Coverage",
          "coverage");

  private CdsFixtures() {}

  public static Bundle twin(String path) {
    try (InputStream in =
        CdsFixtures.class.getClassLoader().getResourceAsStream("fhir-twins/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no twin " + path);
      }
      return FHIR.parseResource(
          Bundle.class, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An order-sign request for a twin, everything prefetched. */
  public static ObjectNode orderSign(String twin) {
    return request("order-sign", twin(twin), true);
  }

  /** An order-select request for a twin, its ServiceRequest selected. */
  public static ObjectNode orderSelect(String twin) {
    ObjectNode request = request("order-select", twin(twin), true);
    ObjectNode context = (ObjectNode) request.get("context");
    String order =
        context.get("draftOrders").get("entry").get(0).get("resource").get("id").asString();
    context.putArray("selections").add("ServiceRequest/" + order);
    return request;
  }

  public static ObjectNode request(String hook, Bundle twin, boolean coverage) {
    String patientId = null;
    Bundle drafts = new Bundle().setType(Bundle.BundleType.COLLECTION);
    Map<String, Bundle> searches = new LinkedHashMap<>();
    Resource patient = null;
    for (Bundle.BundleEntryComponent entry : twin.getEntry()) {
      Resource r = entry.getResource();
      String type = r.fhirType();
      if (type.equals("ServiceRequest")) {
        drafts.addEntry().setResource(r);
      } else if (type.equals("Patient")) {
        patient = r;
        patientId = r.getIdElement().getIdPart();
      } else {
        searches
            .computeIfAbsent(
                SEARCH_KEY_OF_TYPE.getOrDefault(type, "observations"),
                k -> new Bundle().setType(Bundle.BundleType.SEARCHSET))
            .addEntry()
            .setResource(r);
      }
    }
    if (coverage) {
      Coverage c = new Coverage();
      c.setId("cov-1");
      c.setStatus(Coverage.CoverageStatus.ACTIVE);
      c.setBeneficiary(new Reference("Patient/" + patientId));
      c.addPayor(new Reference("Organization/payer-1"));
      searches.put("coverage", new Bundle().setType(Bundle.BundleType.SEARCHSET));
      searches.get("coverage").addEntry().setResource(c);
    }
    ObjectNode request = JSON.createObjectNode();
    request.put("hook", hook).put("hookInstance", UUID.randomUUID().toString());
    ObjectNode context = request.putObject("context");
    context.put("userId", "Practitioner/dr-1").put("patientId", patientId);
    context.set("draftOrders", tree(drafts));
    ObjectNode prefetch = request.putObject("prefetch");
    prefetch.set("patient", tree(patient));
    for (String key :
        new String[] {
          "conditions",
          "observations",
          "medicationRequests",
          "medicationStatements",
          "procedures",
          "coverage"
        }) {
      Bundle found = searches.getOrDefault(key, new Bundle().setType(Bundle.BundleType.SEARCHSET));
      if (key.equals("coverage") && !coverage) {
        continue;
      }
      prefetch.set(key, tree(found));
    }
    return request;
  }

  public static JsonNode tree(Resource resource) {
    return JSON.readTree(FHIR.encodeResourceToString(resource));
  }

  /**
   * The twin's resources of one type as a searchset bundle (what a FHIR server answers to a
   * search).
   */
  public static String searchset(String twin, String type) {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    twin(twin).getEntry().stream()
        .filter(e -> e.getResource().fhirType().equals(type))
        .forEach(e -> bundle.addEntry().setResource(e.getResource()));
    return FHIR.encodeResourceToString(bundle);
  }
}
