// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one list of CDS services: discovery and dispatch both read it, so a service cannot be listed
 * without being callable or the other way round (STYLE.md C12).
 */
@Component
public class CdsServiceRegistry {

  public static final String ORDER_SELECT = "order-select";
  public static final String ORDER_SIGN = "order-sign";

  /**
   * What the services need about the patient, narrowed to what the mapping reads: Observations and
   * Procedures by the codes of the mapping tables (a record holds thousands of others: vital signs,
   * surveys, laboratory panels, visits), medications by status active (only current therapy
   * counts). Conditions are not narrowed: their tables match code prefixes (ICD-10-CM chapters),
   * which a token search cannot express, and a record holds few. The Coverage is only read for the
   * Da Vinci CRD coverage-information (order-sign); everything else feeds the case.
   */
  static final Map<String, String> PREFETCH = prefetch();

  private final Map<String, CdsServiceDefinition> services = new LinkedHashMap<>();

  public CdsServiceRegistry() {
    add(
        new CdsServiceDefinition(
            ORDER_SELECT,
            "Crosscheck: appropriateness of a cardiac procedure order",
            "Rates a selected PCI, CABG or cardiac imaging order against the published appropriateness criteria (ACC/AHA "
                + "2012 revascularization AUC, 2023 multimodality chest pain AUC, ACR Appropriateness Criteria) and says "
                + "whether it will need a second review by another clinician.",
            "crosscheck-order-select",
            PREFETCH,
            null));
    add(
        new CdsServiceDefinition(
            ORDER_SIGN,
            "Crosscheck: appropriateness and coverage of a cardiac procedure order",
            "On signing a PCI, CABG or cardiac imaging order: its appropriateness rating with the matched criterion, "
                + "whether a second review is needed, and Da Vinci CRD coverage information on the order.",
            "crosscheck-order-sign",
            PREFETCH,
            null));
  }

  private void add(CdsServiceDefinition service) {
    services.put(service.id(), service);
  }

  /** The discovery response: {@code {"services": [...]}}. */
  public Map<String, List<CdsServiceDefinition>> discovery() {
    return Map.of("services", List.copyOf(services.values()));
  }

  /**
   * The query of a prefetch key for a patient, as the service reads it from a FHIR server
   * (unencoded).
   */
  public static String prefetchQuery(String key, String patientId) {
    return PREFETCH.get(key).replace("{{context.patientId}}", patientId);
  }

  /** The service with this id, or a 404. */
  public CdsServiceDefinition require(String id) {
    CdsServiceDefinition service = services.get(id);
    if (service == null) {
      throw CdsHooksException.notFound(
          "No CDS service '" + id + "'; discovery lists " + services.keySet());
    }
    return service;
  }

  private static Map<String, String> prefetch() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("patient", "Patient/{{context.patientId}}");
    p.put("conditions", "Condition?patient={{context.patientId}}");
    p.put(
        "observations",
        "Observation?patient={{context.patientId}}&code="
            + String.join(",", org.crosscheck.fhir.PrefetchQueries.observationCodes()));
    p.put("medicationRequests", "MedicationRequest?patient={{context.patientId}}&status=active");
    p.put(
        "medicationStatements", "MedicationStatement?patient={{context.patientId}}&status=active");
    p.put(
        "procedures",
        "Procedure?patient={{context.patientId}}&code="
            + String.join(",", org.crosscheck.fhir.PrefetchQueries.procedureCodes()));
    p.put("coverage", "Coverage?patient={{context.patientId}}&status=active");
    return java.util.Collections.unmodifiableMap(p);
  }
}
