// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.crosscheck.engine.casefile.AntianginalClass;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.Setting;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Type;

/**
 * Test-side writer: a case (format v1) as a FHIR R4 collection Bundle in the documented structure
 * (fhir/README.md). It generates the committed twins and drives the round trip over all vignettes;
 * the mapper never uses it.
 */
final class CaseToFhir {

  private static final Map<AntianginalClass, String[]> DRUGS =
      Map.of(
          AntianginalClass.BETA_BLOCKER, new String[] {"6918", "metoprolol"},
          AntianginalClass.CALCIUM_CHANNEL_BLOCKER, new String[] {"17767", "amlodipine"},
          AntianginalClass.LONG_ACTING_NITRATE, new String[] {"6058", "isosorbide mononitrate"},
          AntianginalClass.RANOLAZINE, new String[] {"35829", "ranolazine"});

  private final CaseFile c;
  private final Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
  private int next;

  private CaseToFhir(CaseFile c) {
    this.c = c;
  }

  static Bundle bundle(CaseFile c) {
    CaseToFhir w = new CaseToFhir(c);
    w.patient();
    w.serviceRequest();
    w.conditions();
    w.presentationFindings();
    w.therapy();
    StudiesToFhir.write(c, w);
    w.otherFindings();
    w.documentedUnknowns();
    return w.bundle;
  }

  <T extends Resource> T add(T r, String prefix) {
    r.setId(prefix + "-" + (++next));
    bundle.addEntry().setResource(r);
    return r;
  }

  private static Reference subject() {
    return new Reference("Patient/pat-1");
  }

  static CodeableConcept caseCode(String code) {
    return new CodeableConcept(new Coding(CodeSystems.CASE_FINDING, code, null));
  }

  static CodeableConcept segment(String code) {
    return new CodeableConcept(new Coding(CodeSystems.CORONARY_SEGMENT, code, null));
  }

  static Quantity percent(Number n) {
    return new Quantity()
        .setValue(new BigDecimal(n.toString()))
        .setUnit("%")
        .setSystem(CodeSystems.UCUM)
        .setCode("%");
  }

  /**
   * Components cannot be valueDecimal in R4: a unitless number is a Quantity with a UCUM unit of 1
   * or {score}.
   */
  static Quantity unitless(double value, String ucum) {
    return new Quantity()
        .setValue(BigDecimal.valueOf(value).stripTrailingZeros())
        .setSystem(CodeSystems.UCUM)
        .setCode(ucum)
        .setUnit(ucum);
  }

  private void patient() {
    Patient p = new Patient();
    p.setId("pat-1");
    bundle.addEntry().setResource(p);
    if (c.patient() == null) {
      return;
    }
    if (c.patient().sex() != null) {
      p.setGender(AdministrativeGender.fromCode(c.patient().sex().name().toLowerCase()));
    }
    if (c.patient().ageYears() != null) {
      LocalDate born = c.asOf().minusYears(c.patient().ageYears()).minusDays(40);
      p.setBirthDateElement(new DateType(born.toString()));
    }
  }

  private void serviceRequest() {
    ServiceRequest sr = new ServiceRequest();
    sr.setId("sr-1");
    bundle.addEntry().setResource(sr);
    sr.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT)
        .setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    sr.addIdentifier()
        .setSystem("https://crosscheck.dev/fhir/NamingSystem/case-id")
        .setValue(c.caseId());
    sr.setSubject(subject()).setAuthoredOnElement(new DateTimeType(c.asOf().toString()));
    var r = c.request();
    if (r.codes() == null || r.codes().isEmpty()) {
      sr.getCode()
          .addCoding(
              new Coding(
                  CodeSystems.SNOMED,
                  r.procedure().name().equals("CABG") ? "232717009" : "415070008",
                  null));
    } else {
      r.codes()
          .forEach(
              code ->
                  sr.getCode().addCoding(new Coding(code.system(), code.code(), code.display())));
    }
    sr.setPriority(
        switch (r.urgency()) {
          case ELECTIVE -> ServiceRequest.ServiceRequestPriority.ROUTINE;
          case URGENT -> ServiceRequest.ServiceRequestPriority.URGENT;
          case EMERGENT -> ServiceRequest.ServiceRequestPriority.STAT;
        });
    if (r.targets() != null) {
      r.targets().forEach(t -> sr.addBodySite(segment(t.name())));
    }
    if (r.requester() != null) {
      sr.setRequester(
          new Reference("Practitioner/" + r.requester().id()).setDisplay(r.requester().name()));
    }
    if (r.facility() != null) {
      sr.addPerformer(
          new Reference("Organization/" + r.facility().id()).setDisplay(r.facility().name()));
    }
  }

  private void condition(String system, String code, String display, boolean present) {
    Condition cond = add(new Condition(), "cond");
    cond.setSubject(subject()).getCode().addCoding(new Coding(system, code, display));
    cond.setRecordedDateElement(new DateTimeType(c.asOf().toString()));
    cond.getClinicalStatus()
        .addCoding(
            new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null));
    cond.getVerificationStatus()
        .addCoding(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-ver-status",
                present ? "confirmed" : "refuted",
                null));
  }

  private void conditions() {
    if (c.patient() != null && c.patient().diabetes() != null) {
      boolean d = c.patient().diabetes();
      condition(
          CodeSystems.SNOMED,
          d ? "44054006" : "73211009",
          d ? "Diabetes mellitus type 2" : "Diabetes mellitus",
          d);
    }
    var p = c.presentation();
    if (p == null) {
      return;
    }
    boolean angina = p.ccsClass() != null && p.ccsClass() > 0;
    if (p.setting() != null && (p.setting() != Setting.STABLE || angina)) {
      switch (p.setting()) {
        case STEMI ->
            condition(
                CodeSystems.SNOMED,
                "401303003",
                "Acute ST segment elevation myocardial infarction",
                true);
        case NSTEMI ->
            condition(
                CodeSystems.SNOMED,
                "401314000",
                "Acute non-ST segment elevation myocardial infarction",
                true);
        case UNSTABLE_ANGINA ->
            condition(CodeSystems.SNOMED, "4557003", "Preinfarction syndrome", true);
        case STABLE -> condition(CodeSystems.SNOMED, "233819005", "Stable angina", true);
      }
    } else if (p.setting() != null) {
      observation("presentation.setting", caseCode(p.setting().name()));
    }
    if (p.cardiogenicShock() != null) {
      condition(CodeSystems.SNOMED, "89138009", "Cardiogenic shock", p.cardiogenicShock());
    }
    if (p.electricalInstability() != null) {
      condition(
          CodeSystems.SNOMED, "25569003", "Ventricular tachycardia", p.electricalInstability());
    }
  }

  Observation observation(String code, Type value) {
    Observation o = add(new Observation(), "obs");
    o.setStatus(Observation.ObservationStatus.FINAL).setCode(caseCode(code)).setSubject(subject());
    o.setValue(value);
    return o;
  }

  private void presentationFindings() {
    var p = c.presentation();
    if (p == null) {
      return;
    }
    bool("presentation.severeHeartFailure", p.severeHeartFailure());
    bool("presentation.persistentIschemicSymptoms", p.persistentIschemicSymptoms());
    bool("presentation.hemodynamicInstability", p.hemodynamicInstability());
    bool("presentation.duringIndexHospitalization", p.duringIndexHospitalization());
    integer("presentation.ccsClass", p.ccsClass());
    integer("presentation.timiRiskScore", p.timiRiskScore());
    if (p.hoursSinceSymptomOnset() != null) {
      observation(
          "presentation.hoursSinceSymptomOnset",
          new Quantity()
              .setValue(BigDecimal.valueOf(p.hoursSinceSymptomOnset()).stripTrailingZeros())
              .setUnit("h")
              .setSystem(CodeSystems.UCUM)
              .setCode("h"));
    }
    code("presentation.reperfusion", p.reperfusion());
  }

  private void bool(String code, Boolean value) {
    if (value != null) {
      observation(code, new BooleanType(value));
    }
  }

  void integer(String code, Integer value) {
    if (value != null) {
      observation(code, new IntegerType(value));
    }
  }

  void code(String code, Enum<?> value) {
    if (value != null) {
      observation(code, caseCode(value.name()));
    }
  }

  private void therapy() {
    if (c.therapy() == null) {
      return;
    }
    if (c.therapy().antianginalClasses().isEmpty()) {
      observation("therapy.antianginalClasses", new BooleanType(false));
    }
    for (AntianginalClass k : c.therapy().antianginalClasses()) {
      String[] drug = DRUGS.get(k);
      if (drug == null) {
        observation("therapy.antianginalClasses", caseCode(k.name()));
        continue;
      }
      MedicationRequest m = add(new MedicationRequest(), "med");
      m.setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE)
          .setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
      m.setSubject(subject())
          .setMedication(new CodeableConcept(new Coding(CodeSystems.RXNORM, drug[0], drug[1])));
    }
  }

  static BooleanType boolOrNull(Boolean b) {
    return b == null ? null : new BooleanType(b);
  }

  static void component(Observation o, String code, Type value) {
    if (value != null) {
      o.addComponent().setCode(caseCode(code)).setValue(value);
    }
  }

  /**
   * The fields a reading of the whole record could fill (the stable setting, an imaging order's
   * context) that the case leaves unknown: an Observation with dataAbsentReason says so, as a
   * record that does not know them would, so that the mapped case keeps them unknown.
   */
  private void documentedUnknowns() {
    if (c.presentation() == null || c.presentation().setting() == null) {
      unknown("presentation.setting");
    }
    var p = c.request().procedure();
    if (p == org.crosscheck.engine.casefile.Procedure.PCI
        || p == org.crosscheck.engine.casefile.Procedure.CABG) {
      return;
    }
    var i = c.imaging();
    if (i == null || i.question() == null) {
      unknown("imaging.question");
    }
    if (i == null || i.symptoms() == null) {
      unknown("imaging.symptoms");
    }
    if (i == null || i.acuity() == null) {
      unknown("imaging.acuity");
    }
    if (i == null || i.suspectedCondition() == null) {
      unknown("imaging.suspectedCondition");
    }
    if (i == null || i.heartFailureStatus() == null) {
      unknown("imaging.heartFailureStatus");
    }
  }

  private void unknown(String code) {
    Observation o = add(new Observation(), "obs");
    o.setStatus(Observation.ObservationStatus.FINAL).setCode(caseCode(code)).setSubject(subject());
    o.setDataAbsentReason(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown", "Unknown")));
  }

  private void otherFindings() {
    if (c.patient() != null) {
      bool("patient.silentIschemiaRisk", c.patient().silentIschemiaRisk());
    }
    bool("incompleteRevascularization", c.incompleteRevascularization());
    var i = c.imaging();
    if (i == null) {
      return;
    }
    code("imaging.question", i.question());
    code("imaging.cadProbability", i.cadProbability());
    code("imaging.symptoms", i.symptoms());
    code("imaging.acuity", i.acuity());
    code("imaging.suspectedCondition", i.suspectedCondition());
    code("imaging.acsProbability", i.acsProbability());
    bool("imaging.ischemiaExcluded", i.ischemiaExcluded());
    code("imaging.heartFailureStatus", i.heartFailureStatus());
    bool("imaging.newOrWorseningSymptoms", i.newOrWorseningSymptoms());
  }
}
