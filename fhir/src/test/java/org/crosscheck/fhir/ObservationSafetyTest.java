// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;

/**
 * The latest Observation wins for a scalar field; implausible or rounded percent values are warned
 * about.
 */
class ObservationSafetyTest {

  private static Observation lvef(String id, String value, String date) {
    Observation o = Fx.observation(id, CodeSystems.LOINC, "10230-1", Fx.quantity(value, "%"));
    if (date != null) {
      o.setEffective(new DateTimeType(date));
    }
    return o;
  }

  private static Observation dated(String id, String code, Type value, String date) {
    Observation o = Fx.finding(id, code, value);
    o.setEffective(new DateTimeType(date));
    return o;
  }

  @Test
  void theLatestDatedLvefWinsWhateverTheInputOrder() {
    MappedCase m =
        Fx.map(
            lvef("o1", "25", "2024-01-10"), lvef("o2", "55", "2026-02-01"), lvef("o3", "30", null));
    assertThat(Fx.at(m, "/lvef").asInt()).isEqualTo(55);
    assertThat(m.warnings())
        .extracting(MappingWarning::resource)
        .containsExactlyInAnyOrder("Observation/o1", "Observation/o3");
    assertThat(m.warnings()).allSatisfy(w -> assertThat(w.message()).contains("is not used"));
    assertThat(m.interpretations()).contains(Interpretations.LATEST_OBSERVATION_NOTE);
  }

  @Test
  void theLatestCaseFindingScalarWins() {
    MappedCase m =
        Fx.map(
            dated("o1", "presentation.ccsClass", new IntegerType(4), "2026-02-27"),
            dated("o2", "presentation.ccsClass", new IntegerType(1), "2025-06-01"),
            dated("o3", "anatomy.syntaxScore", new IntegerType(12), "2020-01-01"),
            dated("o4", "anatomy.syntaxScore", new IntegerType(33), "2026-01-01"));
    assertThat(Fx.at(m, "/presentation/ccsClass").asInt()).isEqualTo(4);
    assertThat(Fx.at(m, "/anatomy/syntaxScore").asInt()).isEqualTo(33);
    assertThat(m.warnings())
        .extracting(MappingWarning::resource)
        .containsExactly("Observation/o2", "Observation/o3");
  }

  @Test
  void aSingleValueIsUsedWithoutWarningOrNote() {
    MappedCase m = Fx.map(lvef("o1", "40", "2025-01-01"));
    assertThat(Fx.at(m, "/lvef").asInt()).isEqualTo(40);
    assertThat(m.warnings()).isEmpty();
    assertThat(m.interpretations()).doesNotContain(Interpretations.LATEST_OBSERVATION_NOTE);
  }

  @Test
  void aPercentBetweenZeroAndOneLooksLikeAFractionAndIsNotUsed() {
    Observation lesion = Fx.finding("l1", "anatomy.lesions", null);
    lesion.setBodySite(Fx.segment("LAD_MID"));
    lesion
        .addComponent()
        .setCode(Fx.caseCode("anatomy.lesions.stenosisPercent"))
        .setValue(Fx.quantity("0.7", "%"));
    MappedCase m = Fx.map(lvef("o1", "0.35", null), lesion);
    assertThat(Fx.at(m, "/lvef").isMissingNode()).isTrue();
    assertThat(Fx.at(m, "/anatomy/lesions/0/stenosisPercent").isMissingNode()).isTrue();
    assertThat(m.warnings())
        .extracting(MappingWarning::element)
        .containsExactly("valueQuantity", "component[0].valueQuantity");
    assertThat(m.warnings().get(0).message()).contains("looks like a fraction");
  }

  @Test
  void zeroAndOnePercentAreUsed() {
    Observation graftLike = Fx.finding("l1", "anatomy.lesions", null);
    graftLike.setBodySite(Fx.segment("LAD_MID"));
    graftLike
        .addComponent()
        .setCode(Fx.caseCode("anatomy.lesions.stenosisPercent"))
        .setValue(Fx.quantity("0", "%"));
    MappedCase m = Fx.map(lvef("o1", "1", null), graftLike);
    assertThat(Fx.at(m, "/lvef").asInt()).isEqualTo(1);
    assertThat(Fx.at(m, "/anatomy/lesions/0/stenosisPercent").asInt()).isZero();
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void roundingIsWarnedAboutNamingTheOriginalValue() {
    MappedCase m = Fx.map(lvef("o1", "34.5", null));
    assertThat(Fx.at(m, "/lvef").asInt()).isEqualTo(35);
    assertThat(m.warnings()).extracting(MappingWarning::element).containsExactly("valueQuantity");
    assertThat(m.warnings().get(0).message()).contains("34.5");
    assertThat(m.interpretations()).contains(Interpretations.PERCENT_ROUNDED_NOTE);
  }

  @Test
  void aWholeDecimalIsNotWarnedAbout() {
    MappedCase m = Fx.map(lvef("o1", "35.0", null));
    assertThat(Fx.at(m, "/lvef").asInt()).isEqualTo(35);
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void aValueTooLargeForAnIntegerIsAWarningNotAnException() {
    MappedCase m = Fx.map(lvef("o1", "99999999999", null));
    assertThat(Fx.at(m, "/lvef").isMissingNode()).isTrue();
    assertThat(m.warnings()).extracting(MappingWarning::element).containsExactly("valueQuantity");
    assertThat(m.warnings().get(0).message()).contains("too large");
  }
}
