// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Patient (sex, age at asOf) and the Conditions table (diabetes, setting, shock, ventricular
 * arrhythmia).
 */
class PatientConditionMappingTest {

  private static final String SCT = CodeSystems.SNOMED;
  private static final String ICD = CodeSystems.ICD10CM;

  @Test
  void ageIsCountedInWholeYearsAtAsOfAcrossABirthday() {
    Patient p = Fx.patient().setGender(AdministrativeGender.FEMALE);
    p.setBirthDateElement(new DateType("1960-03-02"));
    MappedCase before = Fx.MAPPER.map(List.of(p, Fx.pci()), null, LocalDate.of(2026, 3, 1));
    MappedCase on = Fx.MAPPER.map(List.of(p, Fx.pci()), null, LocalDate.of(2026, 3, 2));
    assertThat(Fx.at(before, "/patient/ageYears").asInt()).isEqualTo(65);
    assertThat(Fx.at(on, "/patient/ageYears").asInt()).isEqualTo(66);
    assertThat(Fx.at(on, "/patient/sex").asString()).isEqualTo("female");
  }

  @Test
  void aBirthYearWithoutDayLeavesAgeUnknownWithAWarning() {
    Patient p = Fx.patient();
    p.setBirthDateElement(new DateType("1960"));
    MappedCase m = Fx.MAPPER.map(List.of(p, Fx.pci()), null, Fx.AS_OF);
    assertThat(Fx.at(m, "/patient/ageYears").isMissingNode()).isTrue();
    assertThat(m.warnings())
        .extracting(MappingWarning::resource, MappingWarning::element)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Patient/pat-1", "birthDate"));
  }

  @ParameterizedTest
  @CsvSource({"confirmed, true", "refuted, false"})
  void diabetesFollowsVerificationStatus(String verification, boolean diabetes) {
    MappedCase m = Fx.map(Fx.condition("c1", SCT, "44054006", verification, "active"));
    assertThat(Fx.at(m, "/patient/diabetes").asBoolean()).isEqualTo(diabetes);
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void noDiabetesConditionMeansUnknownAndPresentOutweighsRefuted() {
    assertThat(Fx.at(Fx.map(), "/patient/diabetes").isMissingNode()).isTrue();
    MappedCase both =
        Fx.map(
            Fx.condition("c1", SCT, "73211009", "refuted", null),
            Fx.condition("c2", ICD, "E11.9", null, "active"));
    assertThat(Fx.at(both, "/patient/diabetes").asBoolean()).isTrue();
  }

  @Test
  void aResolvedConditionIsIgnoredWithAWarning() {
    MappedCase m = Fx.map(Fx.condition("c1", SCT, "401314000", "confirmed", "resolved"));
    assertThat(Fx.at(m, "/presentation/setting").isMissingNode()).isTrue();
    assertThat(m.warnings()).extracting(MappingWarning::element).containsExactly("clinicalStatus");
  }

  @ParameterizedTest
  @CsvSource({
    "http://snomed.info/sct, 401303003, STEMI",
    "http://snomed.info/sct, 233819005, STABLE",
    "http://hl7.org/fhir/sid/icd-10-cm, I21.4, NSTEMI",
    "http://hl7.org/fhir/sid/icd-10-cm, I21.19, STEMI",
    "http://hl7.org/fhir/sid/icd-10-cm, I25.110, UNSTABLE_ANGINA",
    "http://hl7.org/fhir/sid/icd-10-cm, I25.119, STABLE"
  })
  void settingComesFromTheConditionCode(String system, String code, String setting) {
    assertThat(
            Fx.at(Fx.map(Fx.condition("c1", system, code, null, null)), "/presentation/setting")
                .asString())
        .isEqualTo(setting);
  }

  @Test
  void theMostAcuteSettingWins() {
    MappedCase m =
        Fx.map(
            Fx.condition("c1", SCT, "233819005", null, null),
            Fx.condition("c2", SCT, "401314000", null, null));
    assertThat(Fx.at(m, "/presentation/setting").asString()).isEqualTo("NSTEMI");
  }

  @Test
  void shockAndVentricularArrhythmiasAreFlags() {
    MappedCase m =
        Fx.map(
            Fx.condition("c1", ICD, "R57.0", null, null),
            Fx.condition("c2", ICD, "I47.20", null, null));
    assertThat(Fx.at(m, "/presentation/cardiogenicShock").asBoolean()).isTrue();
    assertThat(Fx.at(m, "/presentation/electricalInstability").asBoolean()).isTrue();
    MappedCase refuted = Fx.map(Fx.condition("c1", SCT, "89138009", "refuted", null));
    assertThat(Fx.at(refuted, "/presentation/cardiogenicShock").asBoolean()).isFalse();
  }

  @Test
  void anUnrelatedConditionIsNotWarnedAboutButACodingWithoutSystemIs() {
    MappedCase hypertension = Fx.map(Fx.condition("c1", SCT, "38341003", null, null));
    assertThat(hypertension.warnings()).isEmpty();
    MappedCase noSystem = Fx.map(Fx.condition("c2", null, "E11", null, null));
    assertThat(noSystem.warnings())
        .extracting(MappingWarning::resource, MappingWarning::element)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Condition/c2", "code.coding[0]"));
  }
}
