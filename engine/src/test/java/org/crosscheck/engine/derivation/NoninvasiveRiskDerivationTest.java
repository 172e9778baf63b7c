// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.engine.Cases;
import org.crosscheck.engine.casefile.PerfusionDefect;
import org.crosscheck.engine.casefile.RiskCategory;
import org.crosscheck.engine.casefile.StressFindings;
import org.crosscheck.engine.facts.NoninvasiveRisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JACC 2012 Table A2, finding by finding, at the boundaries. */
class NoninvasiveRiskDerivationTest {

  private static RiskCategory findings(String json) {
    return NoninvasiveRiskDerivation.fromFindings(
        Cases.stable(
                "\"stressTests\": [{\"modality\": \"SPECT_MPI\","
                    + " \"date\": \"2026-01-01\", \"findings\": "
                    + json
                    + "}]")
            .stressTests()
            .get(0)
            .findings());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "{\"dukeTreadmillScore\": -11} | HIGH",
        "{\"dukeTreadmillScore\": -10.9} | INTERMEDIATE",
        "{\"dukeTreadmillScore\": 4.9} | INTERMEDIATE",
        "{\"dukeTreadmillScore\": 5} | LOW",
        "{\"restLvef\": 34} | HIGH",
        "{\"restLvef\": 35} | INTERMEDIATE",
        "{\"restLvef\": 49} | INTERMEDIATE",
        "{\"restLvef\": 50} | -",
        "{\"exerciseLvef\": 34} | HIGH",
        "{\"exerciseLvef\": 40} | -",
        "{\"perfusionDefect\": \"LARGE\"} | HIGH",
        "{\"perfusionDefect\": \"MODERATE\"} | INTERMEDIATE",
        "{\"perfusionDefect\": \"MODERATE\", \"lvDilation\": true} | HIGH",
        "{\"perfusionDefect\": \"MODERATE\", \"increasedLungUptake\": true} | HIGH",
        "{\"perfusionDefect\": \"SMALL\"} | LOW",
        "{\"perfusionDefect\": \"NONE\"} | LOW",
        "{\"multipleModerateDefects\": true} | HIGH",
        "{\"extensiveIschemia\": true} | HIGH",
        "{\"wallMotionSegmentsAtLowDose\": 3} | HIGH",
        "{\"wallMotionSegmentsAtLowDose\": 2} | INTERMEDIATE",
        "{\"wallMotionSegmentsAtLowDose\": 1} | INTERMEDIATE",
        "{\"wallMotionSegmentsAtLowDose\": 0} | -",
        "{\"wallMotionSegmentsAtLowDose\": 0, \"perfusionDefect\": \"NONE\"} | LOW",
        "{\"perfusionDefect\": \"SMALL\", \"dukeTreadmillScore\": -12} | HIGH",
        "{\"perfusionDefect\": \"NONE\", \"restLvef\": 30} | HIGH",
        "{} | -"
      })
  void eachFindingMapsToItsTableA2CategoryAndTheHighestWins(String json, RiskCategory expected) {
    assertThat(findings(json)).isEqualTo(expected);
  }

  private static DerivedCase derive(String members) {
    return CaseDerivation.derive(Cases.stable(members));
  }

  @Test
  void absentTestsAreUnknownAndAnEmptyListIsNoTest() {
    assertThat(derive("").risk()).isNull();
    assertThat(derive("").unknown(Category.NONINVASIVE_RISK).fieldPaths())
        .containsExactly("stressTests");
    assertThat(derive("\"stressTests\": []").risk()).isEqualTo(NoninvasiveRisk.NONE_PERFORMED);
  }

  @Test
  void theFindingsWinOverTheReportedCategoryWithAWarning() {
    DerivedCase d =
        derive(
            "\"stressTests\": [{\"modality\": \"STRESS_ECHO\", \"date\": \"2026-01-01\","
                + " \"riskCategory\": \"LOW\", \"findings\": {\"wallMotionSegmentsAtLowDose\": 4}}]");
    assertThat(d.risk()).isEqualTo(NoninvasiveRisk.HIGH);
    assertThat(d.warnings())
        .singleElement()
        .asString()
        .contains("reported riskCategory LOW differs");
  }

  @Test
  void theReportedCategoryIsUsedWhenNoFindingMaps() {
    assertThat(
            derive(
                    "\"stressTests\": [{\"modality\": \"EXERCISE_ECG\", \"date\": \"2026-01-01\","
                        + " \"riskCategory\": \"EQUIVOCAL\", \"findings\": {\"restLvef\": 60}}]")
                .risk())
        .isEqualTo(NoninvasiveRisk.EQUIVOCAL);
  }

  @Test
  void theMostRecentTestOnOrBeforeAsOfIsUsed() {
    DerivedCase d =
        derive(
            "\"stressTests\": ["
                + "{\"modality\": \"EXERCISE_ECG\", \"date\": \"2025-01-01\", \"riskCategory\": \"HIGH\"},"
                + "{\"modality\": \"SPECT_MPI\", \"date\": \"2026-03-01\", \"riskCategory\": \"LOW\"},"
                + "{\"modality\": \"PET_MPI\", \"date\": \"2026-03-02\", \"riskCategory\": \"INTERMEDIATE\"}]");
    assertThat(d.risk()).isEqualTo(NoninvasiveRisk.LOW);
    assertThat(d.warnings()).singleElement().asString().contains("after asOf");
    assertThat(d.interpretations()).contains(Interpretation.MOST_RECENT_TEST);
  }

  @Test
  void onlyLaterTestsMeansNoTestBeforeTheRequest() {
    assertThat(
            derive(
                    "\"stressTests\": [{\"modality\": \"EXERCISE_ECG\", \"date\": \"2026-04-01\","
                        + " \"riskCategory\": \"HIGH\"}]")
                .risk())
        .isEqualTo(NoninvasiveRisk.NONE_PERFORMED);
    assertThat(
            new StressFindings(
                null, null, null, PerfusionDefect.NONE, null, null, null, null, null))
        .isNotNull();
  }
}
