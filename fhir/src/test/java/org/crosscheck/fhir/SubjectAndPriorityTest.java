// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

/**
 * The order's patient comes from ServiceRequest.subject; other patients' records are not used.
 * Unknown priority.
 */
class SubjectAndPriorityTest {

  private static Patient other() {
    Patient p = new Patient();
    p.setId("pat-2");
    return p;
  }

  @Test
  void aSubjectNotAmongTheResourcesIsAnError() {
    ServiceRequest sr = Fx.pci().setSubject(new Reference("Patient/pat-9"));
    assertThatThrownBy(() -> Fx.MAPPER.map(List.of(Fx.patient(), sr), null, Fx.AS_OF))
        .isInstanceOf(FhirMappingException.class)
        .satisfies(
            e -> assertThat(((FhirMappingException) e).resource()).isEqualTo("ServiceRequest/sr-1"))
        .satisfies(e -> assertThat(((FhirMappingException) e).element()).isEqualTo("subject"));
  }

  @Test
  void theSubjectChoosesThePatientAmongSeveral() {
    Patient mine =
        Fx.patient().setGender(org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.MALE);
    MappedCase m = Fx.MAPPER.map(List.of(other(), mine, Fx.pci()), null, Fx.AS_OF);
    assertThat(Fx.at(m, "/patient/sex").asString()).isEqualTo("male");
    assertThat(m.warnings()).extracting(MappingWarning::resource).containsExactly("Patient/pat-2");
  }

  @Test
  void withoutSubjectExactlyOnePatientIsNeeded() {
    ServiceRequest sr = Fx.pci().setSubject(null);
    assertThat(Fx.MAPPER.map(List.of(Fx.patient(), sr), null, Fx.AS_OF).warnings()).isEmpty();
    ServiceRequest sr2 = Fx.pci().setSubject(null);
    assertThatThrownBy(() -> Fx.MAPPER.map(List.of(Fx.patient(), other(), sr2), null, Fx.AS_OF))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("2 Patients");
  }

  @Test
  void anotherPatientsRecordsAreWarnedAboutAndNotUsed() {
    Condition stemi = Fx.condition("c1", CodeSystems.SNOMED, "401303003", null, null, "2026-02-28");
    stemi.setSubject(new Reference("Patient/pat-2"));
    Observation lvef = Fx.observation("o1", CodeSystems.LOINC, "10230-1", Fx.quantity("25", "%"));
    lvef.setSubject(new Reference("http://ehr.example/fhir/Patient/pat-2"));
    MappedCase m = Fx.map(stemi, lvef);
    assertThat(Fx.at(m, "/presentation/setting").isMissingNode()).isTrue();
    assertThat(Fx.at(m, "/lvef").isMissingNode()).isTrue();
    assertThat(m.warnings())
        .extracting(MappingWarning::resource)
        .containsExactly("Condition/c1", "Observation/o1");
    assertThat(m.warnings().get(0).message())
        .contains("belongs to Patient/pat-2, not the order's patient");
  }

  @Test
  void ownRecordsAndRecordsWithoutSubjectAreUsed() {
    Observation own = Fx.finding("o1", "presentation.ccsClass", new IntegerType(3));
    own.setSubject(new Reference("Patient/pat-1"));
    Observation noSubject = Fx.finding("o2", "anatomy.syntaxScore", new IntegerType(20));
    MappedCase m = Fx.map(own, noSubject);
    assertThat(Fx.at(m, "/presentation/ccsClass").asInt()).isEqualTo(3);
    assertThat(Fx.at(m, "/anatomy/syntaxScore").asInt()).isEqualTo(20);
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void anUnknownPriorityIsTreatedAsAbsentNotAnError() {
    ServiceRequest sr = Fx.pci().setPriority(ServiceRequest.ServiceRequestPriority.NULL);
    MappedCase m = Fx.MAPPER.map(List.of(Fx.patient(), sr), null, Fx.AS_OF);
    assertThat(Fx.at(m, "/request/urgency").asString()).isEqualTo("ELECTIVE");
    assertThat(m.warnings()).extracting(MappingWarning::element).containsExactly("priority");
    assertThat(m.interpretations())
        .contains(Interpretations.ABSENT_PRIORITY_NOTE)
        .doesNotContain(Interpretations.PRIORITY_NOTE);
  }

  @Test
  void anUnknownPriorityCodeInJsonIsRejectedByTheParser() {
    String json =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
            + "{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"pat-1\"}},"
            + "{\"resource\":{\"resourceType\":\"ServiceRequest\",\"id\":\"sr-1\",\"status\":\"draft\","
            + "\"intent\":\"order\",\"priority\":\"whenever\",\"subject\":{\"reference\":\"Patient/pat-1\"},"
            + "\"code\":{\"coding\":[{\"system\":\""
            + CodeSystems.CPT
            + "\",\"code\":\"92928\"}]}}}]}";
    // HAPI rejects an unknown code while parsing (even leniently): only a caller-built resource
    // reaches the mapper
    assertThatThrownBy(() -> FhirBundles.parseBundle(json))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("whenever");
  }

  @Test
  void aKnownPriorityIsStillRead() {
    ServiceRequest sr = Fx.pci().setPriority(ServiceRequest.ServiceRequestPriority.STAT);
    MappedCase m = Fx.MAPPER.map(List.of(Fx.patient(), sr), null, Fx.AS_OF);
    assertThat(Fx.at(m, "/request/urgency").asString()).isEqualTo("EMERGENT");
    assertThat(m.warnings()).isEmpty();
  }
}
