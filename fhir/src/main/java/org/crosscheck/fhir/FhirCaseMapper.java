// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Maps FHIR R4 resources about one patient and one order to a case of format v1, so that the CDS
 * Hooks service and audits of FHIR data rate requests with the same engine as JSON cases. Codes are
 * read through data tables ({@code mapping/*.csv}); what cannot be mapped becomes a {@link
 * MappingWarning}, never a silent gap. Thread-safe and reusable: the tables are loaded once, each
 * call keeps its own state.
 */
public final class FhirCaseMapper {

  /** Resources used only to name a requester or facility: neither mapped nor warned about. */
  private static final Set<String> REFERENCE_ONLY =
      Set.of(
          "Practitioner",
          "PractitionerRole",
          "Organization",
          "Location",
          "Encounter",
          "Medication");

  private final CodeTable conditions;
  private final CodeTable observations;
  private final CodeTable medications;
  private final CodeTable history;
  private final RxNormProducts products;
  private final RecordReadings readings;
  private final CaseFindings findings;

  /** Loads the mapping tables from the classpath. */
  public FhirCaseMapper() {
    this.conditions = CodeTable.load("conditions.csv");
    this.observations = CodeTable.load("observations.csv");
    this.medications = CodeTable.load("medications.csv");
    this.history = CodeTable.load("coronary-history.csv");
    this.products = new RxNormProducts();
    this.readings = new RecordReadings(CodeTable.load("order-reasons.csv"));
    this.findings = new CaseFindings();
  }

  /**
   * Maps everything known about a patient to the case of one order.
   *
   * @param resources Patient, Condition, Observation, MedicationRequest, MedicationStatement,
   *     Procedure, ServiceRequest, ... (other types are warned about)
   * @param orderId the id part of the ServiceRequest to rate (e.g. "sr-1"), or null when there is
   *     exactly one
   * @param asOf the date of the decision, used when the ServiceRequest has no authoredOn
   */
  public MappedCase map(List<? extends IBaseResource> resources, String orderId, LocalDate asOf) {
    return map(resources, orderId, asOf, Map.of(), List.of());
  }

  /** Maps a record read by {@link FhirRecords#read}, rating its single ServiceRequest. */
  public MappedCase map(FhirRecords.FhirRecord record, LocalDate asOf) {
    return map(record.bundle(), asOf, record.skipped());
  }

  /** Maps all entries of a bundle, rating its single ServiceRequest. */
  public MappedCase map(Bundle bundle, LocalDate asOf) {
    return map(bundle, asOf, List.of());
  }

  private MappedCase map(Bundle bundle, LocalDate asOf, List<FhirRecords.Skipped> skipped) {
    List<Resource> resources = new ArrayList<>();
    Map<String, Resource> byFullUrl = new HashMap<>();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.hasResource()) {
        resources.add(entry.getResource());
        if (entry.hasFullUrl()) {
          byFullUrl.put(entry.getFullUrl(), entry.getResource());
        }
      }
    }
    return map(resources, null, asOf, byFullUrl, skipped);
  }

  private MappedCase map(
      List<? extends IBaseResource> input,
      String orderId,
      LocalDate asOf,
      Map<String, Resource> byFullUrl,
      List<FhirRecords.Skipped> skipped) {
    List<Resource> resources = new ArrayList<>();
    for (IBaseResource r : input) {
      if (!(r instanceof Resource resource)) {
        throw new FhirMappingException(
            null, null, "not a FHIR R4 resource: " + r.getClass().getName());
      }
      resources.add(resource);
    }
    MappingContext ctx = new MappingContext(resources, byFullUrl);
    skipped.forEach(ctx::notUsed);
    ServiceRequest order = order(resources, orderId);
    ServiceRequestMapping.map(order, asOf, ctx);
    Patient patient = patient(resources, order, ctx);
    LocalDate caseAsOf = LocalDate.parse(ctx.root.get("asOf").asString());
    PatientMapping.patient(patient, caseAsOf, ctx);
    mapRecords(resources, order, patient, caseAsOf, ctx);
    ctx.finishNotUsed();
    return new MappedCase(
        CaseOrder.sorted(ctx.root),
        ctx.warnings,
        order.getIdElement().getIdPart(),
        List.copyOf(ctx.used),
        ctx.notUsedByType());
  }

  private void mapRecords(
      List<Resource> resources,
      ServiceRequest order,
      Patient patient,
      LocalDate asOf,
      MappingContext ctx) {
    PatientMapping conditionMapping = new PatientMapping(conditions, asOf);
    HistoryMapping historyMapping = new HistoryMapping(history);
    MedicationMapping medicationMapping = new MedicationMapping(medications, products);
    ProcedureMapping procedureMapping = new ProcedureMapping();
    List<Observation> observationList = new ArrayList<>();
    for (Resource r : resources) {
      if (r instanceof Patient other && other != patient) {
        ctx.warn(other, "", "not the order's patient (" + ctx.name(patient) + "): not used");
        continue;
      }
      if (!ownRecord(r, patient, ctx)) {
        continue;
      }
      if (r instanceof Condition c) {
        conditionMapping.condition(c, ctx);
        historyMapping.condition(c, ctx);
      } else if (r instanceof MedicationRequest m) {
        medicationMapping.request(m, ctx);
      } else if (r instanceof MedicationStatement m) {
        medicationMapping.statement(m, ctx);
      } else if (r instanceof org.hl7.fhir.r4.model.Procedure p) {
        procedureMapping.map(p, ctx);
      } else if (r instanceof Observation o) {
        observationList.add(o);
      } else if (!(r instanceof Patient
          || r instanceof ServiceRequest
          || REFERENCE_ONLY.contains(r.fhirType()))) {
        ctx.notUsed(
            r,
            "",
            "type " + r.fhirType(),
            r.fhirType(),
            "this resource type is not used by the mapping");
      }
    }
    conditionMapping.finish(ctx);
    StructuredObservations structured =
        new StructuredObservations(findings, medicationMapping, procedureMapping);
    ObservationMapping observationMapping =
        new ObservationMapping(findings, observations, structured);
    observationList.forEach(o -> observationMapping.map(o, ctx));
    observationMapping.finish(ctx);
    medicationMapping.finish(ctx);
    readings.apply(order, conditionMapping, historyMapping, procedureMapping, asOf, ctx);
  }

  private static ServiceRequest order(List<Resource> resources, String orderId) {
    List<ServiceRequest> orders =
        resources.stream()
            .filter(ServiceRequest.class::isInstance)
            .map(ServiceRequest.class::cast)
            .toList();
    if (orders.isEmpty()) {
      throw new FhirMappingException(null, null, "no ServiceRequest: there is no order to rate");
    }
    if (orderId == null) {
      if (orders.size() > 1) {
        throw new FhirMappingException(
            "ServiceRequest",
            "id",
            orders.size() + " ServiceRequests and no orderId: say which one to rate");
      }
      return orders.get(0);
    }
    return orders.stream()
        .filter(o -> orderId.equals(o.getIdElement().getIdPart()))
        .findFirst()
        .orElseThrow(
            () ->
                new FhirMappingException(
                    "ServiceRequest/" + orderId, "id", "no ServiceRequest with id " + orderId));
  }

  /**
   * The order's patient: the Patient that ServiceRequest.subject names, which must be among the
   * resources; without a subject reference, the one Patient among the resources (none or several is
   * an error).
   */
  private static Patient patient(
      List<Resource> resources, ServiceRequest order, MappingContext ctx) {
    if (order.hasSubject() && order.getSubject().hasReference()) {
      if (ctx.resolve(order.getSubject()) instanceof Patient subject) {
        return subject;
      }
      throw new FhirMappingException(
          ctx.name(order),
          "subject",
          "subject "
              + order.getSubject().getReference()
              + " is no Patient among the resources: no Patient for the order");
    }
    List<Patient> patients =
        resources.stream().filter(Patient.class::isInstance).map(Patient.class::cast).toList();
    if (patients.size() != 1) {
      throw new FhirMappingException(
          ctx.name(order),
          "subject",
          patients.isEmpty()
              ? "no Patient among the resources"
              : "the order has no subject and there are "
                  + patients.size()
                  + " Patients: say whose order it is");
    }
    return patients.get(0);
  }

  /**
   * False, with a warning, when a clinical record's subject (or patient) names another patient than
   * the order's: another patient's data must never shape this case. A record without a subject
   * reference is used.
   */
  private static boolean ownRecord(Resource r, Patient patient, MappingContext ctx) {
    Reference subject =
        r instanceof Condition c
            ? c.getSubject()
            : r instanceof Observation o
                ? o.getSubject()
                : r instanceof org.hl7.fhir.r4.model.Procedure p
                    ? p.getSubject()
                    : r instanceof MedicationRequest m
                        ? m.getSubject()
                        : r instanceof MedicationStatement m ? m.getSubject() : null;
    if (subject == null || !subject.hasReference()) {
      return true;
    }
    Resource target = ctx.resolve(subject);
    boolean own =
        target != null
            ? target == patient
            : ("Patient/" + patient.getIdElement().getIdPart())
                .equals(typeAndId(subject.getReference()));
    if (!own) {
      String whose = target != null ? ctx.name(target) : subject.getReference();
      ctx.warn(
          r,
          "subject",
          "belongs to "
              + whose
              + ", not the order's patient ("
              + ctx.name(patient)
              + "): not used");
    }
    return own;
  }

  /** "Type/id" of a reference, relative or absolute, without a version ("/_history/n"). */
  private static String typeAndId(String reference) {
    int history = reference.indexOf("/_history/");
    String[] parts = (history < 0 ? reference : reference.substring(0, history)).split("/");
    return parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : reference;
  }
}
