// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Type;
import tools.jackson.databind.JsonNode;

/**
 * Test fixtures: small FHIR resources and a mapping of a patient, a PCI order and the given extra
 * resources.
 */
final class Fx {

  static final FhirCaseMapper MAPPER = new FhirCaseMapper();
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

  private Fx() {}

  static Patient patient() {
    Patient p = new Patient();
    p.setId("pat-1");
    p.setBirthDateElement(new DateType("1960-06-15"));
    return p;
  }

  static ServiceRequest order(String id, String system, String code) {
    ServiceRequest sr = new ServiceRequest();
    sr.setId(id);
    sr.setSubject(new Reference("Patient/pat-1"))
        .setPriority(ServiceRequest.ServiceRequestPriority.ROUTINE);
    sr.getCode().addCoding(new Coding(system, code, null));
    return sr;
  }

  static ServiceRequest pci() {
    return order("sr-1", CodeSystems.CPT, "92928");
  }

  static MappedCase map(Resource... extra) {
    List<Resource> all = new ArrayList<>(List.of(patient(), pci()));
    all.addAll(List.of(extra));
    return MAPPER.map(all, null, AS_OF);
  }

  static JsonNode at(MappedCase m, String pointer) {
    return m.caseJson().at(pointer);
  }

  static Condition condition(
      String id, String system, String code, String verification, String clinical) {
    Condition c = new Condition();
    c.setId(id);
    c.getCode().addCoding(new Coding(system, code, null));
    if (verification != null) {
      c.getVerificationStatus()
          .addCoding(
              new Coding(
                  "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                  verification,
                  null));
    }
    if (clinical != null) {
      c.getClinicalStatus()
          .addCoding(
              new Coding(
                  "http://terminology.hl7.org/CodeSystem/condition-clinical", clinical, null));
    }
    return c;
  }

  /** A Condition with an onset date (yyyy-mm-dd), for the presentation window. */
  static Condition condition(
      String id, String system, String code, String verification, String clinical, String onset) {
    Condition c = condition(id, system, code, verification, clinical);
    c.setOnset(new org.hl7.fhir.r4.model.DateTimeType(onset));
    return c;
  }

  static Observation observation(String id, String system, String code, Type value) {
    Observation o = new Observation();
    o.setId(id);
    o.setStatus(Observation.ObservationStatus.FINAL)
        .getCode()
        .addCoding(new Coding(system, code, null));
    o.setValue(value);
    return o;
  }

  static Observation finding(String id, String code, Type value) {
    return observation(id, CodeSystems.CASE_FINDING, code, value);
  }

  static CodeableConcept caseCode(String code) {
    return CaseToFhir.caseCode(code);
  }

  static CodeableConcept segment(String code) {
    return new CodeableConcept(new Coding(CodeSystems.CORONARY_SEGMENT, code, null));
  }

  static Quantity quantity(String value, String ucum) {
    return new Quantity()
        .setValue(new BigDecimal(value))
        .setSystem(CodeSystems.UCUM)
        .setCode(ucum)
        .setUnit(ucum);
  }
}
