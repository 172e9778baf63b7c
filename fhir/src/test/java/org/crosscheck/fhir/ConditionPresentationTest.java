// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conditions as the current presentation (30-day window), verification statuses, and the added
 * ICD-10-CM rows.
 */
class ConditionPresentationTest {

  private static final String SCT = CodeSystems.SNOMED;
  private static final String ICD = CodeSystems.ICD10CM;

  @Test
  void aRecentStemiIsTheCurrentPresentation() {
    MappedCase m =
        Fx.map(Fx.condition("c1", SCT, "401303003", "confirmed", "active", "2026-01-30"));
    assertThat(Fx.at(m, "/presentation/setting").asString()).isEqualTo("STEMI");
    assertThat(m.warnings()).isEmpty();
    assertThat(m.interpretations()).contains(Interpretations.PRESENTATION_WINDOW_NOTE);
  }

  @Test
  void anOldStemiIsNotTheCurrentPresentation() {
    MappedCase m =
        Fx.map(
            Fx.condition("c1", SCT, "401303003", "confirmed", "active", "2026-01-29"),
            Fx.condition("c2", ICD, "R57.0", null, "active", "2024-05-01"));
    assertThat(Fx.at(m, "/presentation").isMissingNode()).isTrue();
    assertThat(m.warnings())
        .extracting(MappingWarning::resource, MappingWarning::element)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Condition/c1", "onset[x]"),
            org.assertj.core.groups.Tuple.tuple("Condition/c2", "onset[x]"));
    assertThat(m.warnings().get(0).message())
        .contains("onset 2026-01-29 is more than 30 days before asOf");
  }

  @Test
  void recordedDateIsUsedWithoutOnset() {
    Condition recent = Fx.condition("c1", SCT, "89138009", null, null);
    recent.setRecordedDateElement(new DateTimeType("2026-02-25T08:00:00Z"));
    Condition old = Fx.condition("c2", SCT, "25569003", null, null);
    old.setRecordedDateElement(new DateTimeType("2025-02-25"));
    MappedCase m = Fx.map(recent, old);
    assertThat(Fx.at(m, "/presentation/cardiogenicShock").asBoolean()).isTrue();
    assertThat(Fx.at(m, "/presentation/electricalInstability").isMissingNode()).isTrue();
    assertThat(m.warnings()).extracting(MappingWarning::resource).containsExactly("Condition/c2");
  }

  @Test
  void anUndatedPresentationConditionIsUsedWithAWarning() {
    MappedCase m = Fx.map(Fx.condition("c1", SCT, "401314000", null, null));
    assertThat(Fx.at(m, "/presentation/setting").asString()).isEqualTo("NSTEMI");
    assertThat(m.warnings()).hasSize(1);
    assertThat(m.warnings().get(0).message()).contains("taken as the current presentation");
  }

  @Test
  void diabetesHasNoWindow() {
    MappedCase m = Fx.map(Fx.condition("c1", ICD, "E11.9", null, "active", "2001-01-01"));
    assertThat(Fx.at(m, "/patient/diabetes").asBoolean()).isTrue();
    assertThat(m.warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"entered-in-error", "unconfirmed", "provisional", "differential"})
  void anUnestablishedOrErroneousConditionIsIgnoredNotAbsent(String verification) {
    MappedCase m =
        Fx.map(
            Fx.condition("c1", SCT, "89138009", verification, "active", "2026-02-28"),
            Fx.condition("c2", SCT, "44054006", verification, "active"));
    assertThat(Fx.at(m, "/presentation/cardiogenicShock").isMissingNode()).isTrue();
    assertThat(Fx.at(m, "/patient/diabetes").isMissingNode()).isTrue();
    assertThat(m.warnings())
        .extracting(MappingWarning::element)
        .containsExactly("verificationStatus", "verificationStatus");
  }

  @Test
  void onlyRefutedIsKnownAbsent() {
    MappedCase m = Fx.map(Fx.condition("c1", SCT, "89138009", "refuted", null, "2026-02-28"));
    assertThat(Fx.at(m, "/presentation/cardiogenicShock").asBoolean()).isFalse();
    assertThat(m.warnings()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "I22.0, STEMI",
    "I22.1, STEMI",
    "I22.8, STEMI",
    "I22.2, NSTEMI",
    "I20.0, UNSTABLE_ANGINA",
    "I25.110, UNSTABLE_ANGINA",
    "I25.700, UNSTABLE_ANGINA",
    "I25.710, UNSTABLE_ANGINA",
    "I25.720, UNSTABLE_ANGINA",
    "I25.730, UNSTABLE_ANGINA",
    "I25.750, UNSTABLE_ANGINA",
    "I25.760, UNSTABLE_ANGINA",
    "I25.790, UNSTABLE_ANGINA",
    "I25.118, STABLE",
    "I25.119, STABLE"
  })
  void icd10cmSettingRows(String code, String setting) {
    MappedCase m = Fx.map(Fx.condition("c1", ICD, code, null, "active", "2026-02-20"));
    assertThat(Fx.at(m, "/presentation/setting").asString()).isEqualTo(setting);
    assertThat(m.warnings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"I21.9", "I25.111", "I25.112"})
  void codesThatCannotTellTheSettingAreNotMapped(String code) {
    MappedCase m = Fx.map(Fx.condition("c1", ICD, code, null, "active", "2026-02-20"));
    assertThat(Fx.at(m, "/presentation/setting").isMissingNode()).isTrue();
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void chronicCoronaryDiseaseWithoutAnAcuteEventIsReadAsStableAndNamed() {
    // I25.10: atherosclerotic heart disease without angina; no setting row, but chronic coronary
    // disease
    MappedCase m = Fx.map(Fx.condition("c1", ICD, "I25.10", null, "active", "2020-02-20"));
    assertThat(Fx.at(m, "/presentation/setting").asString()).isEqualTo("STABLE");
    assertThat(m.interpretations()).contains(Interpretations.CHRONIC_STABLE_NOTE);
  }

  @Test
  void anAcuteMyocardialInfarctionWithinTheWindowKeepsTheSettingUnknownEvenWithChronicDisease() {
    // I21.9 cannot tell STEMI from NSTEMI, but it is an acute event: the patient is not read as
    // stable
    MappedCase m =
        Fx.map(
            Fx.condition("c1", ICD, "I25.10", null, "active", "2020-02-20"),
            Fx.condition("c2", ICD, "I21.9", null, "active", "2026-02-20"));
    assertThat(Fx.at(m, "/presentation/setting").isMissingNode()).isTrue();
  }
}
