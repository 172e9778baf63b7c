// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;

/**
 * LVEF by LOINC, the generic case-finding Observations, lesions, stress tests, and what each warns
 * about.
 */
class ObservationMappingTest {

  private static void component(Observation o, String code, Type value) {
    o.addComponent().setCode(Fx.caseCode(code)).setValue(value);
  }

  @Test
  void lvefComesFromLoincInPercent() {
    MappedCase m =
        Fx.map(Fx.observation("o1", CodeSystems.LOINC, "10230-1", Fx.quantity("54", "%")));
    assertThat(Fx.at(m, "/lvef").asInt()).isEqualTo(54);
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void anLvefInAnotherUnitIsWarnedAbout() {
    MappedCase m =
        Fx.map(Fx.observation("o1", CodeSystems.LOINC, "8806-2", Fx.quantity("0.55", "1")));
    assertThat(Fx.at(m, "/lvef").isMissingNode()).isTrue();
    assertThat(m.warnings())
        .extracting(MappingWarning::resource, MappingWarning::element)
        .containsExactly(tuple("Observation/o1", "valueQuantity"));
    assertThat(m.warnings().get(0).message()).contains("unit '1' is not '%'");
  }

  @Test
  void anObservationWithAnUnknownCodeIsWarnedAboutNamingResourceAndCode() {
    MappedCase m =
        Fx.map(Fx.observation("obs-3", CodeSystems.LOINC, "2345-7", Fx.quantity("95", "mg/dL")));
    assertThat(m.warnings())
        .extracting(MappingWarning::resource, MappingWarning::element)
        .containsExactly(tuple("Observation/obs-3", "code"));
  }

  @Test
  void aCodingWithoutSystemIsWarnedAbout() {
    MappedCase m = Fx.map(Fx.observation("o1", null, "lvef", Fx.quantity("55", "%")));
    assertThat(m.warnings())
        .extracting(MappingWarning::element)
        .containsExactly("code.coding[0]", "code");
  }

  @Test
  void anObservationNotFinalIsIgnoredWithAWarning() {
    Observation o = Fx.observation("o1", CodeSystems.LOINC, "10230-1", Fx.quantity("55", "%"));
    o.setStatus(Observation.ObservationStatus.CANCELLED);
    MappedCase m = Fx.map(o);
    assertThat(Fx.at(m, "/lvef").isMissingNode()).isTrue();
    assertThat(m.warnings()).extracting(MappingWarning::element).containsExactly("status");
  }

  @Test
  void caseFindingsSetTheirFieldPath() {
    MappedCase m =
        Fx.map(
            Fx.finding("o1", "presentation.severeHeartFailure", new BooleanType(false)),
            Fx.finding("o2", "presentation.ccsClass", new IntegerType(3)),
            Fx.finding("o3", "imaging.cadProbability", Fx.caseCode("INTERMEDIATE")),
            Fx.finding("o4", "presentation.hoursSinceSymptomOnset", Fx.quantity("6", "h")),
            Fx.finding("o5", "anatomy.syntaxScore", new IntegerType(28)));
    assertThat(Fx.at(m, "/presentation").toString())
        .isEqualTo("{\"severeHeartFailure\":false,\"ccsClass\":3,\"hoursSinceSymptomOnset\":6}");
    assertThat(Fx.at(m, "/imaging/cadProbability").asString()).isEqualTo("INTERMEDIATE");
    assertThat(Fx.at(m, "/anatomy/syntaxScore").asInt()).isEqualTo(28);
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void aValueOfTheWrongTypeOrAnUnknownEnumCodeIsWarnedAbout() {
    MappedCase m =
        Fx.map(
            Fx.finding("o1", "presentation.cardiogenicShock", new StringType("yes")),
            Fx.finding("o2", "imaging.acuity", Fx.caseCode("SUBACUTE")));
    assertThat(Fx.at(m, "/presentation/cardiogenicShock").isMissingNode()).isTrue();
    assertThat(m.warnings())
        .extracting(MappingWarning::resource, MappingWarning::element)
        .containsExactly(
            tuple("Observation/o1", "valueString"),
            tuple("Observation/o2", "valueCodeableConcept"));
  }

  @Test
  void aLesionHasSegmentStenosisFfrAndTheStudy() {
    Observation lesion = Fx.finding("l1", "anatomy.lesions", null);
    lesion
        .setBodySite(Fx.segment("LAD_MID"))
        .setMethod(Fx.caseCode("INVASIVE_ANGIOGRAPHY"))
        .setEffective(new DateTimeType("2026-02-20T09:30:00Z"));
    component(lesion, "anatomy.lesions.stenosisPercent", Fx.quantity("70", "%"));
    component(lesion, "anatomy.lesions.ffr", Fx.quantity("0.78", "1"));
    Observation cto = Fx.finding("l2", "anatomy.lesions", null);
    cto.setBodySite(Fx.segment("RCA_PROXIMAL"));
    component(cto, "anatomy.lesions.chronicTotalOcclusion", new BooleanType(true));
    MappedCase m = Fx.map(lesion, cto);
    assertThat(Fx.at(m, "/anatomy").toString())
        .isEqualTo(
            "{\"date\":\"2026-02-20\",\"source\":\"INVASIVE_ANGIOGRAPHY\","
                + "\"lesions\":[{\"segment\":\"LAD_MID\",\"stenosisPercent\":70,\"ffr\":0.78},"
                + "{\"segment\":\"RCA_PROXIMAL\",\"chronicTotalOcclusion\":true}]}");
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void aLesionWithoutSegmentIsALesionOfUnknownLocationAndAForeignComponentIsWarnedAbout() {
    Observation lesion = Fx.finding("l1", "anatomy.lesions", null);
    Observation other = Fx.finding("l2", "anatomy.lesions", null);
    other.setBodySite(Fx.segment("LAD_MID"));
    other
        .addComponent()
        .setCode(new CodeableConcept(new Coding(CodeSystems.LOINC, "8480-6", null)))
        .setValue(Fx.quantity("120", "mm[Hg]"));
    component(other, "anatomy.lesions.stenosisPercent", Fx.quantity("70", "mm"));
    MappedCase m = Fx.map(lesion, other);
    assertThat(Fx.at(m, "/anatomy/lesions").toString()).isEqualTo("[{},{\"segment\":\"LAD_MID\"}]");
    assertThat(m.warnings())
        .extracting(MappingWarning::resource, MappingWarning::element)
        .containsExactly(
            tuple("Observation/l2", "component[0].code"),
            tuple("Observation/l2", "component[1].valueQuantity"));
  }

  @Test
  void aStressTestHasModalityDateRiskAndFindings() {
    Observation t = Fx.finding("s1", "stressTests", Fx.caseCode("HIGH"));
    t.setMethod(new CodeableConcept(new Coding(CodeSystems.CPT, "78452", null)))
        .setEffective(new DateTimeType("2026-02-10"));
    component(t, "stressTests.findings.perfusionDefect", Fx.caseCode("LARGE"));
    component(t, "stressTests.findings.restLvef", Fx.quantity("55", "%"));
    component(t, "stressTests.findings.dukeTreadmillScore", Fx.quantity("-12", "{score}"));
    MappedCase m = Fx.map(t);
    assertThat(Fx.at(m, "/stressTests").toString())
        .isEqualTo(
            "[{\"modality\":\"SPECT_MPI\",\"date\":\"2026-02-10\","
                + "\"riskCategory\":\"HIGH\",\"findings\":{\"perfusionDefect\":\"LARGE\",\"restLvef\":55,"
                + "\"dukeTreadmillScore\":-12}}]");
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void aStressTestWithoutDateIsAnUndatedTestAndFalseDocumentsNone() {
    Observation t = Fx.finding("s1", "stressTests", Fx.caseCode("LOW"));
    t.setMethod(Fx.caseCode("STRESS_ECHO"));
    MappedCase undated = Fx.map(t);
    assertThat(Fx.at(undated, "/stressTests").toString())
        .isEqualTo("[{\"modality\":\"STRESS_ECHO\",\"riskCategory\":\"LOW\"}]");
    assertThat(undated.warnings()).isEmpty();
    MappedCase none = Fx.map(Fx.finding("s2", "stressTests", new BooleanType(false)));
    assertThat(Fx.at(none, "/stressTests").toString()).isEqualTo("[]");
  }

  @Test
  void aSecondValueForTheSameFieldIsWarnedAbout() {
    MappedCase m =
        Fx.map(
            Fx.finding("o1", "presentation.ccsClass", new IntegerType(2)),
            Fx.finding("o2", "presentation.ccsClass", new IntegerType(3)));
    assertThat(Fx.at(m, "/presentation/ccsClass").asInt()).isEqualTo(2);
    assertThat(m.warnings()).extracting(MappingWarning::resource).containsExactly("Observation/o2");
  }
}
