// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.engine.Cases;
import org.crosscheck.engine.facts.AcsRisk;
import org.crosscheck.engine.facts.CadBurden;
import org.crosscheck.engine.facts.Instability;
import org.crosscheck.engine.facts.LvFunction;
import org.crosscheck.engine.facts.StemiTiming;
import org.crosscheck.engine.facts.SymptomColumn;
import org.crosscheck.engine.facts.TargetRelation;
import org.crosscheck.engine.facts.TargetSpan;
import org.crosscheck.engine.facts.TherapyLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseDerivationTest {

  private static DerivedCase derive(String members) {
    return CaseDerivation.derive(Cases.parse(members));
  }

  @ParameterizedTest
  @CsvSource({"0, ASYMPTOMATIC", "1, CCS_I_II", "2, CCS_I_II", "3, CCS_III_IV", "4, CCS_III_IV"})
  void theCcsClassChoosesTheSymptomColumn(int ccs, SymptomColumn column) {
    assertThat(
            derive("\"presentation\": {\"setting\": \"STABLE\", \"ccsClass\": " + ccs + "}")
                .column())
        .isEqualTo(column);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[] | NONE_OR_MINIMAL",
        "[\"BETA_BLOCKER\"] | NONE_OR_MINIMAL",
        "[\"BETA_BLOCKER\", \"BETA_BLOCKER\"] | NONE_OR_MINIMAL",
        "[\"BETA_BLOCKER\", \"OTHER\"] | MAXIMAL",
        "[\"RANOLAZINE\", \"LONG_ACTING_NITRATE\", \"CALCIUM_CHANNEL_BLOCKER\"] | MAXIMAL"
      })
  void twoOrMoreDistinctAntianginalClassesAreMaximalTherapy(String classes, TherapyLevel level) {
    assertThat(derive("\"therapy\": {\"antianginalClasses\": " + classes + "}").therapy())
        .isEqualTo(level);
  }

  @ParameterizedTest
  @CsvSource({
    "0, WITHIN_12H",
    "12, WITHIN_12H",
    "12.01, FROM_12_TO_24H",
    "24, FROM_12_TO_24H",
    "24.5, AFTER_24H"
  })
  void stemiTimingBoundaries(double hours, StemiTiming timing) {
    assertThat(
            derive(
                    "\"presentation\": {\"setting\": \"STEMI\", \"hoursSinceSymptomOnset\": "
                        + hours
                        + "}")
                .stemiTiming())
        .isEqualTo(timing);
  }

  @Test
  void instabilityIsPresentWithOneFlagAndAbsentOnlyWhenAllAreDocumentedFalse() {
    assertThat(
            derive("\"presentation\": {\"setting\": \"STEMI\", \"electricalInstability\": true}")
                .instability())
        .isEqualTo(Instability.PRESENT);
    DerivedCase partial =
        derive(
            "\"presentation\": {\"setting\": \"STEMI\", \"cardiogenicShock\": false,"
                + " \"severeHeartFailure\": false}");
    assertThat(partial.instability()).isNull();
    assertThat(partial.unknown(Category.INSTABILITY).fieldPaths())
        .containsExactly(
            "presentation.persistentIschemicSymptoms",
            "presentation.hemodynamicInstability",
            "presentation.electricalInstability");
    assertThat(
            derive(
                    "\"presentation\": {\"setting\": \"STEMI\", \"cardiogenicShock\": false,"
                        + " \"severeHeartFailure\": false, \"persistentIschemicSymptoms\": false, \"hemodynamicInstability\": false,"
                        + " \"electricalInstability\": false}")
                .instability())
        .isEqualTo(Instability.ABSENT);
  }

  @ParameterizedTest
  @CsvSource({"0, LOW", "2, LOW", "3, INTERMEDIATE", "4, INTERMEDIATE", "5, HIGH", "7, HIGH"})
  void timiBands(int timi, AcsRisk risk) {
    assertThat(
            derive("\"presentation\": {\"setting\": \"NSTEMI\", \"timiRiskScore\": " + timi + "}")
                .timiRisk())
        .isEqualTo(risk);
  }

  @Test
  void lvFunctionComesFromTheCaseElseFromTheTestsRestLvef() {
    assertThat(derive("\"lvef\": 50").lvFunction()).isEqualTo(LvFunction.NORMAL);
    assertThat(derive("\"lvef\": 49").lvFunction()).isEqualTo(LvFunction.DEPRESSED);
    assertThat(
            derive(
                    "\"stressTests\": [{\"modality\": \"SPECT_MPI\", \"date\": \"2026-01-01\","
                        + " \"findings\": {\"restLvef\": 40}}]")
                .lvFunction())
        .isEqualTo(LvFunction.DEPRESSED);
    assertThat(derive("").unknown(Category.LV_FUNCTION).fieldPaths()).containsExactly("lvef");
  }

  @Test
  void theCulpritIsPresumedUnlessMarkedAndNotTargeted() {
    String stemi = "\"presentation\": {\"setting\": \"STEMI\"}, ";
    assertThat(
            derive(
                    stemi
                        + "\"anatomy\": {\"lesions\": [{\"segment\": \"RCA_MID\", \"stenosisPercent\": 90}]}")
                .target())
        .isEqualTo(TargetRelation.CULPRIT);
    String marked =
        "\"anatomy\": {\"lesions\": [{\"segment\": \"LAD_PROXIMAL\", \"stenosisPercent\": 20, \"culprit\": true},"
            + " {\"segment\": \"RCA_MID\", \"stenosisPercent\": 80}]}";
    assertThat(
            derive(
                    stemi
                        + marked
                        + ", \"request\": {\"procedure\": \"PCI\", \"urgency\": \"URGENT\","
                        + " \"targets\": [\"RCA_MID\"]}")
                .target())
        .isEqualTo(TargetRelation.NON_CULPRIT);
    assertThat(
            derive(
                    stemi
                        + marked
                        + ", \"request\": {\"procedure\": \"PCI\", \"urgency\": \"URGENT\","
                        + " \"targets\": [\"LAD_MID\"]}")
                .target())
        .isEqualTo(TargetRelation.CULPRIT);
  }

  @Test
  void targetsInTwoArteriesSpanMultipleArteries() {
    assertThat(
            derive(
                    "\"request\": {\"procedure\": \"PCI\", \"urgency\": \"URGENT\", \"targets\": [\"LAD_MID\","
                        + " \"DIAGONAL\"]}")
                .targetSpan())
        .isEqualTo(TargetSpan.SINGLE_ARTERY);
    assertThat(
            derive(
                    "\"request\": {\"procedure\": \"PCI\", \"urgency\": \"URGENT\", \"targets\": [\"LAD_MID\","
                        + " \"PDA\"]}")
                .targetSpan())
        .isEqualTo(TargetSpan.MULTIPLE_ARTERIES);
    assertThat(
            derive("\"request\": {\"procedure\": \"PCI\", \"urgency\": \"URGENT\"}").targetSpan())
        .as("targets absent: rows 9-11 rate the presumed culprit")
        .isEqualTo(TargetSpan.NOT_STATED);
  }

  @Test
  void graftStatusAndLeftMainProtection() {
    String grafts =
        "\"priorCabg\": {\"grafts\": [{\"conduit\": \"LIMA\", \"target\": \"LAD\", \"stenosisPercent\": 0},"
            + " {\"conduit\": \"SVG\", \"target\": \"PDA\", \"stenosisPercent\": %d}]}";
    DerivedCase svg =
        derive(
            grafts.formatted(80)
                + ", \"anatomy\": {\"lesions\": [{\"segment\": \"LEFT_MAIN\","
                + " \"stenosisPercent\": 70}]}");
    assertThat(svg.grafts().svgDisease()).isTrue();
    assertThat(svg.grafts().allGraftsPatent()).isFalse();
    assertThat(svg.grafts().ungraftedNativeDisease())
        .as("the LAD graft protects the left main")
        .isFalse();
    DerivedCase ungrafted =
        derive(
            grafts.formatted(30)
                + ", \"anatomy\": {\"lesions\": [{\"segment\":"
                + " \"OBTUSE_MARGINAL\", \"stenosisPercent\": 80}]}");
    assertThat(ungrafted.grafts().allGraftsPatent()).isTrue();
    assertThat(ungrafted.grafts().ungraftedNativeDisease()).isTrue();
    assertThat(
            derive("\"priorCabg\": {\"date\": \"2010-01-01\"}, \"anatomy\": {\"lesions\": []}")
                .unknown(Category.GRAFTS)
                .fieldPaths())
        .containsExactly("priorCabg.grafts");
  }

  @Test
  void syntaxIsUnknownUnlessACtoSettlesTheBurden() {
    String threeVessels =
        "\"anatomy\": {\"lesions\": [{\"segment\": \"LAD_MID\", \"stenosisPercent\": 80},"
            + " {\"segment\": \"LCX_PROXIMAL\", \"stenosisPercent\": 80}, {\"segment\": \"RCA_MID\", \"stenosisPercent\": 80}]%s}";
    assertThat(derive(threeVessels.formatted("")).unknown(Category.CAD_BURDEN)).isNotNull();
    assertThat(derive(threeVessels.formatted(", \"syntaxScore\": 22")).cadBurden())
        .isEqualTo(CadBurden.LOW);
    assertThat(derive(threeVessels.formatted(", \"syntaxScore\": 23")).cadBurden())
        .isEqualTo(CadBurden.HIGH);
    assertThat(
            derive(
                    "\"anatomy\": {\"lesions\": [{\"segment\": \"LAD_MID\", \"stenosisPercent\": 80}]}")
                .unknown(Category.CAD_BURDEN))
        .as("unknown; the method rows' relevance decides whether it is asked")
        .isNotNull();
    assertThat(
            derive(
                    "\"anatomy\": {\"lesions\": [{\"segment\": \"RCA_MID\", \"chronicTotalOcclusion\": true},"
                        + " {\"segment\": \"LAD_MID\", \"stenosisPercent\": 80}, {\"segment\": \"LCX_PROXIMAL\", \"stenosisPercent\": 80}]}")
                .cadBurden())
        .as("a CTO is a high burden")
        .isEqualTo(CadBurden.HIGH);
  }
}
