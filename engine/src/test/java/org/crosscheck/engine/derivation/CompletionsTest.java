// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.crosscheck.engine.Cases;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.facts.SymptomColumn;
import org.junit.jupiter.api.Test;

/**
 * The completion mechanism with stand-in relevance answers (the relevance the criteria tables give
 * is tested in the rules module, CompletionRelevanceTest).
 */
class CompletionsTest {

  private static final String COMPLETE =
      "\"therapy\": {\"antianginalClasses\": []}, \"stressTests\": [], \"lvef\": 60,"
          + " \"anatomy\": {\"lesions\": [{\"segment\": \"LAD_MID\", \"stenosisPercent\": 80}], \"syntaxScore\": 10},"
          + " \"presentation\": {\"setting\": \"STABLE\", \"ccsClass\": 3, \"timiRiskScore\": 2,"
          + " \"hoursSinceSymptomOnset\": 30, \"duringIndexHospitalization\": false, \"cardiogenicShock\": false,"
          + " \"severeHeartFailure\": false, \"persistentIschemicSymptoms\": false, \"hemodynamicInstability\": false,"
          + " \"electricalInstability\": false}";

  /** Only the symptom column is tested by any row. */
  private static final Relevance COLUMN_ONLY = (s, open, fields) -> fields.contains("column");

  @Test
  void aCaseWithoutUnknownsHasOneScenario() {
    DerivedCase d = CaseDerivation.derive(Cases.parse(COMPLETE));
    List<Completion> completions = Completions.of(d, COLUMN_ONLY);
    assertThat(completions).containsExactly(Completion.NONE);
    Scenario s = Completions.scenarios(7, d, completions).get(0);
    assertThat(s.id()).isEqualTo(7);
    assertThat(s.column()).isEqualTo(SymptomColumn.CCS_III_IV);
    assertThat(s.vessels()).isEqualTo(1);
  }

  @Test
  void anUnknownCategoryThatARowTestsIsCompletedWithEachValue() {
    DerivedCase d = CaseDerivation.derive(Cases.parse(COMPLETE.replace(", \"ccsClass\": 3", "")));
    assertThat(Completions.of(d, COLUMN_ONLY))
        .extracting(c -> c.values().get(Category.SYMPTOM_COLUMN))
        .containsExactly(
            SymptomColumn.ASYMPTOMATIC, SymptomColumn.CCS_I_II, SymptomColumn.CCS_III_IV);
    // one scenario a completion, numbered in order from the first id given
    assertThat(Completions.scenarios(3, d, Completions.of(d, COLUMN_ONLY)))
        .extracting(Scenario::id, Scenario::column)
        .containsExactly(
            tuple(3, SymptomColumn.ASYMPTOMATIC),
            tuple(4, SymptomColumn.CCS_I_II),
            tuple(5, SymptomColumn.CCS_III_IV));
  }

  @Test
  void anUnknownCategoryThatNoRowTestsIsNotCompleted() {
    DerivedCase d = CaseDerivation.derive(Cases.parse(COMPLETE.replace("\"lvef\": 60,", "")));
    assertThat(d.unknown(Category.LV_FUNCTION)).isNotNull();
    assertThat(Completions.of(d, COLUMN_ONLY)).containsExactly(Completion.NONE);
  }

  @Test
  void aCategoryWhoseValuesSetNoDifferentFieldIsNotCompleted() {
    // a documented flag makes the UA/NSTEMI risk high whatever the TIMI score: TIMI sets no field
    // differently
    DerivedCase d =
        CaseDerivation.derive(
            Cases.parse(
                "\"presentation\": {\"setting\": \"NSTEMI\","
                    + " \"hemodynamicInstability\": true}"));
    assertThat(d.unknown(Category.TIMI_RISK)).isNotNull();
    assertThat(Completions.of(d, Relevance.ALL))
        .noneMatch(c -> c.values().containsKey(Category.TIMI_RISK));
  }

  @Test
  void theOpenFieldsAreThoseOfTheUnknownsNotYetAssigned() {
    DerivedCase d =
        CaseDerivation.derive(
            Cases.parse(COMPLETE.replace(", \"ccsClass\": 3", "").replace("\"lvef\": 60,", "")));
    List<Set<String>> seen = new java.util.ArrayList<>();
    Completions.of(
        d,
        (s, open, fields) -> {
          seen.add(open.names());
          return true;
        });
    assertThat(seen.get(0)).contains("column", "lvFunction");
    assertThat(seen).anyMatch(open -> open.contains("lvFunction") && !open.contains("column"));
  }

  @Test
  void anUndocumentedLesionSeverityTakesTheBandsTheCriteriaDistinguish() {
    DerivedCase d =
        CaseDerivation.derive(
            Cases.stable("\"anatomy\": {\"lesions\": [{\"segment\": \"LAD_MID\"}]}"));
    UnknownItem anatomy = d.unknown(Category.ANATOMY);
    assertThat(anatomy.fieldPaths()).containsExactly("anatomy.lesions[0].stenosisPercent");
    assertThat(anatomy.domain())
        .extracting(v -> ((AnatomyValue) v).categories().vessels())
        .containsExactly(0, 0, 1, 1);
    assertThat(anatomy.domain())
        .extracting(v -> ((AnatomyValue) v).categories().borderlineUnevaluated())
        .containsExactly(false, true, false, false);
    assertThat(anatomy.domain())
        .extracting(v -> ((AnatomyValue) v).categories().singleCto())
        .containsExactly(false, false, false, true);
    assertThat(((AnatomyValue) anatomy.domain().get(0)).label())
        .as("61-69% without FFR is ignored like < 50%")
        .isEqualTo("the LAD_MID lesion (anatomy.lesions[0]): below 50% or 61-69%");
    assertThat(d.anatomy()).isNull();
  }

  @Test
  void aLesionWhoseMissingValueChangesNoCategoryLeavesTheAnatomyKnown() {
    // FFR <= 0.80 makes any stenosis of the left main significant: the percent does not change the
    // category
    DerivedCase d =
        CaseDerivation.derive(
            Cases.stable(
                "\"anatomy\": {\"lesions\": ["
                    + "{\"segment\": \"LEFT_MAIN\", \"ffr\": 0.7}, {\"segment\": \"RCA_MID\", \"stenosisPercent\": 90}]}"));
    assertThat(d.unknown(Category.ANATOMY)).isNull();
    assertThat(d.anatomy().leftMain()).isTrue();
    assertThat(d.anatomy().vessels()).isEqualTo(1);
  }

  @Test
  void aTotalOcclusionNotFlaggedIsEitherAChronicTotalOcclusionOrNot() {
    DerivedCase d =
        CaseDerivation.derive(
            Cases.stable(
                "\"anatomy\": {\"lesions\": ["
                    + "{\"segment\": \"RCA_MID\", \"stenosisPercent\": 100}]}"));
    UnknownItem anatomy = d.unknown(Category.ANATOMY);
    assertThat(anatomy.fieldPaths()).containsExactly("anatomy.lesions[0].chronicTotalOcclusion");
    assertThat(anatomy.domain())
        .extracting(v -> ((AnatomyValue) v).categories().singleCto())
        .containsExactly(true, false);
  }

  @Test
  void aGraftWithoutStenosisIsAGraftOfUnknownPatency() {
    DerivedCase d =
        CaseDerivation.derive(
            Cases.stable(
                "\"priorCabg\": {\"date\": \"2020-01-01\", \"grafts\": ["
                    + "{\"conduit\": \"SVG\", \"target\": \"RCA\"}, {\"conduit\": \"LIMA\", \"target\": \"LAD\", \"stenosisPercent\": 0}]},"
                    + " \"anatomy\": {\"lesions\": [{\"segment\": \"LCX_PROXIMAL\", \"stenosisPercent\": 90}]}"));
    UnknownItem grafts = d.unknown(Category.GRAFTS);
    assertThat(grafts.fieldPaths()).containsExactly("priorCabg.grafts[0].stenosisPercent");
    assertThat(grafts.domain())
        .extracting(v -> ((GraftValue) v).categories(null).svgDisease())
        .containsExactly(false, true);
  }

  @Test
  void anUndatedTestMattersOnlyWhenItsResultDiffers() {
    String dated =
        "{\"modality\": \"SPECT_MPI\", \"date\": \"2026-01-10\", \"riskCategory\": \"HIGH\"}";
    DerivedCase same =
        CaseDerivation.derive(
            Cases.stable(
                "\"stressTests\": ["
                    + dated
                    + ", {\"modality\": \"STRESS_ECHO\", \"riskCategory\": \"HIGH\"}]"));
    assertThat(same.unknown(Category.NONINVASIVE_RISK)).isNull();
    DerivedCase differs =
        CaseDerivation.derive(
            Cases.stable(
                "\"stressTests\": ["
                    + dated
                    + ", {\"modality\": \"STRESS_ECHO\", \"riskCategory\": \"LOW\"}]"));
    UnknownItem risk = differs.unknown(Category.NONINVASIVE_RISK);
    assertThat(risk.fieldPaths()).containsExactly("stressTests[1].date");
    assertThat(risk.domain())
        .containsExactly(
            org.crosscheck.engine.facts.NoninvasiveRisk.LOW,
            org.crosscheck.engine.facts.NoninvasiveRisk.HIGH);
  }

  @Test
  void aPerformedTestOfUnknownResultIsNeverNoTest() {
    DerivedCase d =
        CaseDerivation.derive(
            Cases.stable(
                "\"stressTests\": [{\"modality\": \"EXERCISE_ECG\","
                    + " \"date\": \"2026-01-10\"}]"));
    assertThat(d.unknown(Category.NONINVASIVE_RISK).domain())
        .doesNotContain(org.crosscheck.engine.facts.NoninvasiveRisk.NONE_PERFORMED)
        .hasSize(4);
  }

  @Test
  void tooManyCombinationsAreNotEnumerated() {
    DerivedCase d =
        CaseDerivation.derive(
            Cases.parse("\"request\": {\"procedure\": \"PCI\", \"urgency\": \"URGENT\"}"));
    assertThat(Completions.of(d, Relevance.ALL)).isEmpty();
  }
}
