// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.engine.derivation.LesionClassifier.LesionClass.BORDERLINE_UNEVALUATED;
import static org.crosscheck.engine.derivation.LesionClassifier.LesionClass.NOT_SIGNIFICANT;
import static org.crosscheck.engine.derivation.LesionClassifier.LesionClass.SIGNIFICANT;
import static org.crosscheck.engine.derivation.LesionClassifier.LesionClass.UNEVALUATED_61_69;

import java.util.List;
import org.crosscheck.engine.casefile.Lesion;
import org.crosscheck.engine.casefile.Segment;
import org.crosscheck.engine.casefile.Territory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LesionClassifierTest {

  private static Lesion lesion(
      Segment segment, Integer pct, Double ffr, Boolean ivus, boolean cto) {
    return new Lesion(segment, pct, ffr, ivus, cto, null);
  }

  @ParameterizedTest(name = "{0} {1}% ffr={2} ivus={3} -> {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        "LAD_MID, 70, -, -, SIGNIFICANT",
        "LAD_MID, 69, -, -, UNEVALUATED_61_69",
        "LAD_MID, 61, -, -, UNEVALUATED_61_69",
        "LAD_MID, 60, -, -, BORDERLINE_UNEVALUATED",
        "LAD_MID, 50, -, -, BORDERLINE_UNEVALUATED",
        "LAD_MID, 49, -, -, NOT_SIGNIFICANT",
        "LAD_MID, 65, 0.80, -, SIGNIFICANT",
        "LAD_MID, 65, 0.81, -, NOT_SIGNIFICANT",
        "LAD_MID, 55, -, true, SIGNIFICANT",
        "LAD_MID, 55, -, false, NOT_SIGNIFICANT",
        "LAD_MID, 85, 0.90, -, SIGNIFICANT",
        "LAD_MID, 40, 0.78, -, SIGNIFICANT",
        "LEFT_MAIN, 50, -, -, SIGNIFICANT",
        "LEFT_MAIN, 49, -, -, NOT_SIGNIFICANT",
        "LEFT_MAIN, 55, 0.85, -, NOT_SIGNIFICANT",
        "LEFT_MAIN, 65, -, -, SIGNIFICANT",
        "LEFT_MAIN, 75, 0.85, -, SIGNIFICANT",
        "LEFT_MAIN, 45, 0.75, -, SIGNIFICANT"
      })
  void classifiesALesionAsTheDefinitionsSay(
      Segment segment, int pct, Double ffr, Boolean ivus, LesionClassifier.LesionClass expected) {
    assertThat(LesionClassifier.classify(lesion(segment, pct, ffr, ivus, false)))
        .isEqualTo(expected);
  }

  @Test
  void aChronicTotalOcclusionIsSignificantAndNeverBorderline() {
    Lesion cto = lesion(Segment.RCA_MID, null, null, null, true);
    assertThat(LesionClassifier.classify(cto)).isEqualTo(SIGNIFICANT);
    assertThat(LesionClassifier.isBorderline(cto)).isFalse();
    assertThat(LesionClassifier.isBorderline(lesion(Segment.LEFT_MAIN, 55, null, null, false)))
        .isFalse();
    assertThat(BORDERLINE_UNEVALUATED)
        .isNotEqualTo(NOT_SIGNIFICANT)
        .isNotEqualTo(UNEVALUATED_61_69);
  }

  private static AnatomyCategories categorize(Lesion... lesions) {
    return LesionClassifier.categorize(List.of(lesions), new DerivationNotes(), java.util.Set.of());
  }

  @Test
  void countsTerritoriesNotLesions() {
    AnatomyCategories a =
        categorize(
            lesion(Segment.LAD_MID, 80, null, null, false),
            lesion(Segment.DIAGONAL, 90, null, null, false),
            lesion(Segment.OBTUSE_MARGINAL, 75, null, null, false));
    assertThat(a.vessels()).isEqualTo(2);
    assertThat(a.proximalLad()).isFalse();
    assertThat(a.significantTerritories()).containsExactlyInAnyOrder(Territory.LAD, Territory.LCX);
  }

  @Test
  void theLeftMainIsItsOwnCategory() {
    AnatomyCategories a =
        categorize(
            lesion(Segment.LEFT_MAIN, 60, null, null, false),
            lesion(Segment.RCA_MID, 80, null, null, false));
    assertThat(a.leftMain()).isTrue();
    assertThat(a.vessels()).isEqualTo(1);
  }

  @Test
  void aSingleCtoAllowsOnlyMinorOtherLesions() {
    assertThat(
            categorize(
                    lesion(Segment.RCA_MID, null, null, null, true),
                    lesion(Segment.LAD_MID, 45, null, null, false))
                .singleCto())
        .isTrue();
    assertThat(
            categorize(
                    lesion(Segment.RCA_MID, null, null, null, true),
                    lesion(Segment.LAD_MID, 55, null, null, false))
                .singleCto())
        .isFalse();
    assertThat(
            categorize(
                    lesion(Segment.RCA_MID, null, null, null, true),
                    lesion(Segment.LAD_MID, 40, 0.7, null, false))
                .singleCto())
        .isFalse();
  }

  @Test
  void borderlineLesionsCountTowardsTheBorderlineRowsAccordingToTheirFfr() {
    AnatomyCategories unevaluated = categorize(lesion(Segment.LAD_MID, 55, null, null, false));
    assertThat(unevaluated.vessels()).isZero();
    assertThat(unevaluated.vesselsWithBorderline()).isEqualTo(1);
    assertThat(unevaluated.borderlineUnevaluated()).isTrue();
    AnatomyCategories positive = categorize(lesion(Segment.LAD_MID, 55, 0.75, null, false));
    assertThat(positive.vessels()).isEqualTo(1);
    assertThat(positive.borderlineFfrSignificant()).isTrue();
    AnatomyCategories negative = categorize(lesion(Segment.LAD_MID, 55, 0.9, null, false));
    assertThat(negative.vessels()).isZero();
    assertThat(negative.borderlineFfrNotSignificant()).isTrue();
  }

  @Test
  void warnsWhereItIgnoresData() {
    DerivationNotes notes = new DerivationNotes();
    LesionClassifier.categorize(
        List.of(
            lesion(Segment.LAD_MID, 65, null, null, false),
            lesion(Segment.RCA_MID, 80, 0.9, null, false)),
        notes,
        java.util.Set.of());
    assertThat(notes.warnings()).hasSize(2);
    assertThat(notes.interpretations()).contains(Interpretation.LESION_61_69_UNEVALUATED_IGNORED);
  }
}
