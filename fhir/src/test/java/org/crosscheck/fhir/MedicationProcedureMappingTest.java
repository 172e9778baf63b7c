// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * Medications to anti-anginal classes; Procedures to prior CABG (with grafts), prior PCI and prior
 * imaging.
 */
class MedicationProcedureMappingTest {

  private static MedicationRequest request(
      String id, String system, String code, MedicationRequestStatus status) {
    MedicationRequest m = new MedicationRequest();
    m.setId(id);
    m.setStatus(status);
    if (system != null) {
      m.setMedication(new CodeableConcept(new Coding(system, code, null)));
    }
    return m;
  }

  private static Procedure procedure(String id, String system, String code, String date) {
    Procedure p = new Procedure();
    p.setId(id);
    p.setStatus(Procedure.ProcedureStatus.COMPLETED)
        .getCode()
        .addCoding(new Coding(system, code, null));
    p.setPerformed(new DateTimeType(date));
    return p;
  }

  @Test
  void drugsGiveDistinctClassesInEnumOrder() {
    MappedCase m =
        Fx.map(
            request("m1", CodeSystems.ATC, "C08CA01", MedicationRequestStatus.ACTIVE),
            request("m2", CodeSystems.RXNORM, "6918", MedicationRequestStatus.ACTIVE),
            request("m3", CodeSystems.RXNORM, "20352", MedicationRequestStatus.COMPLETED));
    assertThat(Fx.at(m, "/therapy/antianginalClasses").toString())
        .isEqualTo("[\"BETA_BLOCKER\",\"CALCIUM_CHANNEL_BLOCKER\"]");
    assertThat(m.warnings())
        .extracting(MappingWarning::resource, MappingWarning::element)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("MedicationRequest/m3", "status"));
  }

  @Test
  void anUnrelatedDrugLeavesTherapyUnknownWithOneWarning() {
    MappedCase m =
        Fx.map(request("m1", CodeSystems.RXNORM, "1191", MedicationRequestStatus.ACTIVE));
    assertThat(Fx.at(m, "/therapy").isMissingNode()).isTrue();
    assertThat(m.warnings())
        .extracting(MappingWarning::resource)
        .containsExactly("MedicationRequest/m1");
    assertThat(Fx.at(Fx.map(), "/therapy").isMissingNode()).isTrue();
  }

  @Test
  void aMedicationWithoutCodingIsWarnedAbout() {
    MappedCase m = Fx.map(request("m1", null, null, MedicationRequestStatus.ACTIVE));
    assertThat(m.warnings())
        .extracting(MappingWarning::resource)
        .containsExactly("MedicationRequest/m1");
  }

  @Test
  void aStoppedAntianginalDoesNotCount() {
    MappedCase m =
        Fx.map(request("m1", CodeSystems.RXNORM, "35829", MedicationRequestStatus.STOPPED));
    assertThat(Fx.at(m, "/therapy").isMissingNode()).isTrue();
    assertThat(m.warnings()).extracting(MappingWarning::element).containsExactly("status");
  }

  @Test
  void aStatementMayReferToAMedicationResource() {
    Medication med = new Medication();
    med.setId("iso");
    med.getCode().addCoding(new Coding(CodeSystems.RXNORM, "6058", "isosorbide mononitrate"));
    MedicationStatement s = new MedicationStatement();
    s.setId("ms1");
    s.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE)
        .setMedication(new Reference("Medication/iso"));
    MappedCase m = Fx.map(med, s);
    assertThat(Fx.at(m, "/therapy/antianginalClasses").toString())
        .isEqualTo("[\"LONG_ACTING_NITRATE\"]");
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void theLatestCabgWithItsGraftsIsPriorCabg() {
    Procedure old = procedure("cabg-0", CodeSystems.CPT, "33510", "2001-05-01");
    Procedure cabg = procedure("cabg-1", CodeSystems.SNOMED, "232717009", "2015-04-10");
    Observation lima = Fx.finding("g1", "priorCabg.grafts", Fx.quantity("0", "%"));
    lima.addPartOf(new Reference("Procedure/cabg-1"))
        .setMethod(Fx.caseCode("LIMA"))
        .setBodySite(Fx.segment("LAD"));
    Observation svg = Fx.finding("g2", "priorCabg.grafts", Fx.quantity("100", "%"));
    svg.addPartOf(new Reference("Procedure/cabg-1"))
        .setMethod(Fx.caseCode("SVG"))
        .setBodySite(Fx.segment("PDA"));
    MappedCase m = Fx.map(old, cabg, lima, svg);
    assertThat(Fx.at(m, "/priorCabg").toString())
        .isEqualTo(
            "{\"date\":\"2015-04-10\",\"grafts\":["
                + "{\"conduit\":\"LIMA\",\"target\":\"LAD\",\"stenosisPercent\":0},"
                + "{\"conduit\":\"SVG\",\"target\":\"PDA\",\"stenosisPercent\":100}]}");
    assertThat(m.warnings())
        .extracting(MappingWarning::resource)
        .containsExactly("Procedure/cabg-0");
  }

  @Test
  void aGraftWithoutCabgIsWarnedAbout() {
    Observation g = Fx.finding("g1", "priorCabg.grafts", Fx.quantity("0", "%"));
    g.setMethod(Fx.caseCode("LIMA")).setBodySite(Fx.segment("LAD"));
    MappedCase m = Fx.map(g);
    assertThat(Fx.at(m, "/priorCabg").isMissingNode()).isTrue();
    assertThat(m.warnings()).extracting(MappingWarning::element).containsExactly("partOf");
  }

  @Test
  void aPriorPciHasDateSegmentAndHighRisk() {
    Procedure pci = procedure("pci-1", CodeSystems.CPT, "92928", "2024-01-15");
    pci.addBodySite(Fx.segment("RCA_MID"));
    Observation risk = Fx.finding("o1", "priorPci.highRisk", new BooleanType(true));
    risk.addPartOf(new Reference("Procedure/pci-1"));
    MappedCase m = Fx.map(pci, risk);
    assertThat(Fx.at(m, "/priorPci").toString())
        .isEqualTo("[{\"date\":\"2024-01-15\",\"segment\":\"RCA_MID\",\"highRisk\":true}]");
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void aProcedureNotCompletedIsNotHistory() {
    Procedure pci = procedure("pci-1", CodeSystems.SNOMED, "415070008", "2024-01-15");
    pci.setStatus(Procedure.ProcedureStatus.INPROGRESS);
    MappedCase m = Fx.map(pci);
    assertThat(Fx.at(m, "/priorPci").isMissingNode()).isTrue();
    assertThat(m.warnings()).extracting(MappingWarning::element).containsExactly("status");
  }

  @Test
  void anImagingProcedureIsPriorImagingAndAnUnrelatedOneIsIgnored() {
    MappedCase m =
        Fx.map(
            procedure("p1", CodeSystems.CPT, "93351", "2025-10-01"),
            procedure("p2", CodeSystems.SNOMED, "80146002", "2010-01-01"));
    assertThat(Fx.at(m, "/priorImaging").toString())
        .isEqualTo("[{\"procedure\":\"STRESS_ECHO\",\"date\":\"2025-10-01\"}]");
    assertThat(m.warnings()).isEmpty();
  }
}
