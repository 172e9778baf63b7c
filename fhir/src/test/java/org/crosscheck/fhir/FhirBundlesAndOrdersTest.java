// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bundle parsing, choosing the order, and the ServiceRequest fields: what makes or stops a case.
 */
class FhirBundlesAndOrdersTest {

  @Test
  void aPatientGivenAsABundleIsRejectedNamingItsType() {
    assertThatThrownBy(
            () -> FhirBundles.parseBundle("{\"resourceType\": \"Patient\", \"id\": \"p1\"}"))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("expected a Bundle, got resourceType Patient");
  }

  @Test
  void malformedJsonIsRejected() {
    assertThatThrownBy(() -> FhirBundles.parseBundle("{\"resourceType\": \"Bundle\", \"entry\": ["))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageStartingWith("malformed FHIR JSON");
  }

  @Test
  void aBundleIsParsed() {
    Bundle b = FhirBundles.parseBundle("{\"resourceType\": \"Bundle\", \"type\": \"collection\"}");
    assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
  }

  @Test
  void withoutServiceRequestThereIsNothingToRate() {
    assertThatThrownBy(() -> Fx.MAPPER.map(List.of(Fx.patient()), null, Fx.AS_OF))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("no ServiceRequest");
  }

  @Test
  void twoServiceRequestsNeedAnOrderId() {
    ServiceRequest second = Fx.order("sr-2", CodeSystems.CPT, "75574");
    assertThatThrownBy(() -> Fx.MAPPER.map(List.of(Fx.patient(), Fx.pci(), second), null, Fx.AS_OF))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("2 ServiceRequests and no orderId");
    MappedCase m = Fx.MAPPER.map(List.of(Fx.patient(), Fx.pci(), second), "sr-2", Fx.AS_OF);
    assertThat(m.orderId()).isEqualTo("sr-2");
    assertThat(Fx.at(m, "/request/procedure").asString()).isEqualTo("CCTA");
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void anUnknownOrderIdIsAnError() {
    assertThatThrownBy(() -> Fx.MAPPER.map(List.of(Fx.patient(), Fx.pci()), "sr-9", Fx.AS_OF))
        .isInstanceOf(FhirMappingException.class)
        .satisfies(
            e ->
                assertThat(((FhirMappingException) e).resource()).isEqualTo("ServiceRequest/sr-9"));
  }

  @Test
  void anOrderWhoseCodeNamesNoProcedureIsAnError() {
    ServiceRequest sr = Fx.order("sr-1", CodeSystems.CPT, "99213");
    assertThatThrownBy(() -> Fx.MAPPER.map(List.of(Fx.patient(), sr), null, Fx.AS_OF))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("no known procedure code")
        .satisfies(e -> assertThat(((FhirMappingException) e).element()).isEqualTo("code"));
  }

  @Test
  void withoutPatientThereIsNoCase() {
    assertThatThrownBy(() -> Fx.MAPPER.map(List.of(Fx.pci()), null, Fx.AS_OF))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("no Patient");
  }

  @ParameterizedTest
  @CsvSource({"ROUTINE, ELECTIVE", "URGENT, URGENT", "ASAP, EMERGENT", "STAT, EMERGENT"})
  void priorityGivesUrgency(ServiceRequest.ServiceRequestPriority priority, String urgency) {
    ServiceRequest sr = Fx.pci().setPriority(priority);
    MappedCase m = Fx.MAPPER.map(List.of(Fx.patient(), sr), null, Fx.AS_OF);
    assertThat(Fx.at(m, "/request/urgency").asString()).isEqualTo(urgency);
  }

  @Test
  void aMissingPriorityIsRoutineWithAWarning() {
    ServiceRequest sr = Fx.pci();
    sr.setPriority(null);
    MappedCase m = Fx.MAPPER.map(List.of(Fx.patient(), sr), null, Fx.AS_OF);
    assertThat(Fx.at(m, "/request/urgency").asString()).isEqualTo("ELECTIVE");
    assertThat(m.warnings()).extracting(MappingWarning::element).containsExactly("priority");
  }

  @Test
  void theOrderGivesCaseIdDateCodesTargetsAndParties() {
    ServiceRequest sr = Fx.pci();
    sr.setAuthoredOnElement(new DateTimeType("2026-02-27T10:15:00-05:00"));
    sr.addBodySite(Fx.segment("LAD_PROXIMAL")).addBodySite(Fx.segment("NOT_A_SEGMENT"));
    sr.setRequester(new Reference("Practitioner/dr-1"));
    sr.addPerformer(new Reference("Organization/org-1").setDisplay("General Hospital"));
    Practitioner dr = new Practitioner();
    dr.setId("dr-1");
    dr.addName(new HumanName().setFamily("Osler").addGiven("William"));
    MappedCase m = Fx.MAPPER.map(List.of(Fx.patient(), sr, dr), null, Fx.AS_OF);
    assertThat(Fx.at(m, "/caseId").asString()).isEqualTo("sr-1");
    assertThat(Fx.at(m, "/asOf").asString()).isEqualTo("2026-02-27");
    assertThat(Fx.at(m, "/request/codes/0/code").asString()).isEqualTo("92928");
    assertThat(Fx.at(m, "/request/targets").toString()).isEqualTo("[\"LAD_PROXIMAL\"]");
    assertThat(Fx.at(m, "/request/requester").toString())
        .isEqualTo("{\"id\":\"dr-1\",\"name\":\"William Osler\"}");
    assertThat(Fx.at(m, "/request/facility/name").asString()).isEqualTo("General Hospital");
    assertThat(m.warnings())
        .extracting(MappingWarning::resource, MappingWarning::element)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ServiceRequest/sr-1", "bodySite[1]"));
  }

  @Test
  void anIdentifierIsTheCaseId() {
    ServiceRequest sr = Fx.pci();
    sr.addIdentifier().setSystem("urn:example:orders").setValue("ORD-42");
    assertThat(
            Fx.at(Fx.MAPPER.map(List.of(Fx.patient(), sr), null, Fx.AS_OF), "/caseId").asString())
        .isEqualTo("ORD-42");
  }

  @Test
  void aResourceTypeTheMappingDoesNotUseIsWarnedAbout() {
    AllergyIntolerance a = new AllergyIntolerance();
    a.setId("al-1");
    MappedCase m = Fx.map(a);
    assertThat(m.warnings())
        .extracting(MappingWarning::resource)
        .containsExactly("AllergyIntolerance/al-1");
  }

  @Test
  void theMappedCaseIsReadByTheEngine() {
    MappedCase m = Fx.map();
    var parsed = org.crosscheck.engine.casefile.CaseReader.read(m.toJsonBytes());
    assertThat(parsed.caseFile().patient().ageYears()).isEqualTo(65);
  }
}
