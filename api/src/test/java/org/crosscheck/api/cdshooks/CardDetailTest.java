// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.crosscheck.api.testsupport.VignetteEvaluations;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.fhir.Interpretations;
import org.crosscheck.fhir.MappingWarning;
import org.junit.jupiter.api.Test;

/**
 * A card's detail as the clinician reads it in the EHR (markdown): the criterion and its citation,
 * why, what data are needed, what would change the result, how the record was read and what of it
 * was not used, never longer than the EHR can show.
 */
class CardDetailTest {

  private static OrderCards.RatedOrder order(
      String vignette,
      List<MappingWarning> warnings,
      List<Interpretations.Note> readings,
      Map<String, Integer> notUsed,
      List<String> answers) {
    return new OrderCards.RatedOrder(
        "ServiceRequest/sr-1",
        "pat-1",
        "PCI",
        VignetteEvaluations.evaluate(vignette),
        warnings,
        readings,
        "card-1",
        notUsed,
        answers,
        null);
  }

  private static String detail(String vignette) {
    OrderCards.RatedOrder order = order(vignette, List.of(), List.of(), Map.of(), List.of());
    return CardDetail.markdown(order, OrderCards.mainFinding(order.evaluation(), "PCI"));
  }

  @Test
  void aSecondReviewCitesItsCriterionAndSaysWhy() {
    Evaluation e = VignetteEvaluations.evaluate(VignetteEvaluations.REVIEW);
    String md = detail(VignetteEvaluations.REVIEW);
    assertThat(md)
        .startsWith("**Criterion:** U")
        .contains(" for PCI (coronary stent): ")
        .contains("Patel MR et al. J Am Coll Cardiol 2012");
    assertThat(md)
        .contains(
            "**Why:**\n\n- "
                + CardDetail.escape(
                    e.decision()
                        .reasons()
                        .get(0)
                        .text()
                        .replace("revasc-auc-2012", "ACCF/SCAI 2012 revascularization criteria")));
    assertThat(md).contains("**How the data were read:** ");
    assertThat(md)
        .doesNotContain("**Data needed to rate it:**")
        .doesNotContain("**FHIR data not used:**");
    assertThat(md)
        .contains(
            "Rule sets: ACCF/SCAI 2012 revascularization criteria (version "
                + e.provenance().ruleSets().get(0).version()
                + ")");
  }

  @Test
  void aPendingOrderListsTheDataNeededAndWhatTheyWouldChange() {
    String md = detail(VignetteEvaluations.PEND);
    assertThat(md).contains("**Data needed to rate it:**\n\n- SYNTAX score\n");
    assertThat(md).contains("**What would change the result:**");
    assertThat(md)
        .contains(": would be rated appropriate (no review needed)")
        .contains(": would be rated appropriate (second review)");
  }

  @Test
  void withoutACriterionTheDetailSaysSo() {
    assertThat(detail(VignetteEvaluations.EMERGENT))
        .startsWith("**No published criterion applies** to this order");
  }

  @Test
  void theRecordsReadingsTheClinicianAnswersAndTheDataNotUsedAreListed() {
    List<MappingWarning> warnings = new ArrayList<>();
    IntStream.range(0, 10)
        .forEach(
            i ->
                warnings.add(
                    new MappingWarning(
                        "Observation/o" + i,
                        "valueQuantity",
                        i == 0 ? "x".repeat(300) : "unit not recognised")));
    OrderCards.RatedOrder order =
        order(
            VignetteEvaluations.REVIEW,
            warnings,
            List.of(
                new Interpretations.Note(
                    "FHIR_PRIORITY_AS_URGENCY", "The order's priority routine is elective")),
            Map.of("Observation", 1234),
            List.of("Angina class: CCS II"));
    String md = CardDetail.markdown(order, OrderCards.mainFinding(order.evaluation(), "PCI"));
    assertThat(md)
        .contains(
            "**How the FHIR data were read:**\n\n- The order's priority routine is elective\n");
    assertThat(md)
        .contains(
            "**Documented by the clinician in the questionnaire (not read from the record):**\n\n"
                + "- Angina class: CCS II\n");
    assertThat(md).contains("**FHIR data not used:** by kind, 1,234 Observation");
    assertThat(md)
        .contains(
            "- `Observation/o0` valueQuantity: "
                + "x".repeat(CardDetail.MAX_WARNING_CHARS - 1)
                + "\u2026\n");
    assertThat(md)
        .contains("`Observation/o7`")
        .doesNotContain("`Observation/o8`")
        .contains("- and 2 more notes on the data\n");
  }

  @Test
  void aHugeRecordIsCutWithAPointerToTheSelfCheckPage() {
    List<String> answers =
        IntStream.range(0, 500).mapToObj(i -> "Answer " + i + ": " + "y".repeat(60)).toList();
    OrderCards.RatedOrder order =
        order(VignetteEvaluations.REVIEW, List.of(), List.of(), Map.of(), answers);
    String md = CardDetail.markdown(order, OrderCards.mainFinding(order.evaluation(), "PCI"));
    assertThat(md.length()).isLessThanOrEqualTo(CardDetail.MAX_CHARS);
    assertThat(md)
        .startsWith("**Criterion:**")
        .endsWith("\n\n*(cut: the full evaluation is on the self-check page)*\n");
  }

  /** The clinician reads words, not the engine's codes, field paths or identifiers. */
  @Test
  void theDetailIsInClinicalWords() {
    for (String vignette :
        List.of(
            VignetteEvaluations.REVIEW, VignetteEvaluations.PEND, VignetteEvaluations.EMERGENT)) {
      String md = detail(vignette);
      assertThat(md)
          .as(vignette)
          .doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]+\\b")
          .doesNotContainPattern("\\b[a-z]+\\.[a-z]+[A-Z][A-Za-z]*\\b")
          .doesNotContain("symptomColumn", "@");
    }
    assertThat(detail(VignetteEvaluations.REVIEW))
        .contains("**How the data were read:** Clinical setting: ");
  }

  @Test
  void markdownInTheDataPrintsAsWritten() {
    assertThat(CardDetail.escape("LAD *proximal* _80%_ [graft] <b> #1 | `x` \\"))
        .isEqualTo("LAD \\*proximal\\* \\_80%\\_ \\[graft\\] \\<b\\> \\#1 \\| \\`x\\` \\\\");
    assertThat(CardDetail.escape(null)).isEmpty();
  }
}
