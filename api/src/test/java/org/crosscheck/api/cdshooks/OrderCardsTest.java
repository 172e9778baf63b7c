// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.api.cdshooks.SuggestionsTest.order;

import org.crosscheck.api.cdshooks.CdsResponse.Card;
import org.crosscheck.api.cdshooks.CdsResponse.Link;
import org.crosscheck.api.testsupport.VignetteEvaluations;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Finding;
import org.crosscheck.engine.evaluation.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The card a clinician reads when signing an order, for the clinical vignettes: the summary's
 * words, the indicator, the criterion cited, and what the clinician may do (suggestions, override
 * reasons, the self-check page and the documentation form).
 */
class OrderCardsTest {

  private static final String SELF_CHECK = "https://crosscheck.example/";

  @Test
  void onlyASecondReviewOrMissingDataWarnsAndNothingIsCritical() {
    assertThat(OrderCards.indicator(Outcome.CLEAR)).isEqualTo("info");
    assertThat(OrderCards.indicator(Outcome.NO_DELAY)).isEqualTo("info");
    assertThat(OrderCards.indicator(Outcome.SECOND_REVIEW)).isEqualTo("warning");
    assertThat(OrderCards.indicator(Outcome.PEND)).isEqualTo("warning");
  }

  @Test
  void aClearOrderInformsAndCitesItsCriterion() {
    Card card = OrderCards.card(order(VignetteEvaluations.CLEAR, "PCI"), SELF_CHECK);
    assertThat(card.uuid()).isEqualTo("card-1");
    assertThat(card.summary()).isEqualTo("PCI rated appropriate: no second review needed");
    assertThat(card.indicator()).isEqualTo("info");
    assertThat(card.source().label()).startsWith("Crosscheck: ").contains("indication 19");
    assertThat(card.source().url()).isEqualTo(SELF_CHECK);
    assertThat(card.source().topic().system()).isEqualTo(OrderCards.CRITERION_SYSTEM);
    assertThat(card.source().topic().code()).isEqualTo("revasc-auc-2012/19/CCS_I_II");
    assertThat(card.suggestions()).isEmpty();
    assertThat(card.selectionBehavior()).isNull();
    assertThat(card.overrideReasons()).as("nothing to override").isEmpty();
    assertThat(card.links()).extracting(Link::url).containsExactly(SELF_CHECK);
    assertThat(card.detail()).contains("**Criterion:**");
  }

  @Test
  void aSecondReviewWarnsAndOffersTheOverrideReasons() {
    Card card = OrderCards.card(order(VignetteEvaluations.REVIEW, "PCI"), SELF_CHECK);
    assertThat(card.summary())
        .isEqualTo("PCI rated may be appropriate: a second review by another clinician is needed");
    assertThat(card.indicator()).isEqualTo("warning");
    assertThat(card.source().topic().code()).isEqualTo("revasc-auc-2012/57/CCS_I_II");
    assertThat(card.overrideReasons())
        .extracting(CdsResponse.Coding::code)
        .containsExactly(
            "documented-elsewhere",
            "heart-team-decision",
            "clinical-judgement",
            "patient-preference");
  }

  @Test
  void aSecondReviewWithABetterAlternativeOffersOneSuggestionAtATime() {
    Card card =
        OrderCards.card(order("revasc-2012/table2/RV12-21-CCS_III_IV-pos.json", "PCI"), SELF_CHECK);
    assertThat(card.summary())
        .isEqualTo("PCI rated rarely appropriate: a second review by another clinician is needed");
    assertThat(card.suggestions()).hasSize(1);
    assertThat(card.selectionBehavior()).isEqualTo("at-most-one");
  }

  @Test
  void anEmergencyIsNeverHeldAndItsCardSaysNoCriterionApplies() {
    Card card = OrderCards.card(order(VignetteEvaluations.EMERGENT, "PCI"), SELF_CHECK);
    assertThat(card.summary())
        .isEqualTo("Emergency PCI: not held for review (outside the published criteria)");
    assertThat(card.indicator()).isEqualTo("info");
    assertThat(card.suggestions()).isEmpty();
    assertThat(card.overrideReasons()).isEmpty();
    assertThat(card.source().label())
        .startsWith("Crosscheck (no criterion applies; rule sets ")
        .contains("revasc-auc-2012@");
    assertThat(card.source().topic()).isNull();
    assertThat(card.detail()).contains("**No published criterion applies**");
  }

  @Test
  void aPendingOrderWarnsAndLinksItsDocumentationFormFirst() {
    OrderCards.RatedOrder pending = order(VignetteEvaluations.PEND, "PCI");
    Card card = OrderCards.card(pending, SELF_CHECK);
    assertThat(card.summary())
        .isEqualTo("PCI: documentation missing to rate it; it will be pended for review");
    assertThat(card.indicator()).isEqualTo("warning");
    assertThat(card.overrideReasons()).isNotEmpty();
    assertThat(card.suggestions()).as("the SYNTAX score is documentation, not an order").isEmpty();
    Link form =
        new Link(
            "Document the missing data",
            "https://crosscheck.example/questionnaire/?context=c1",
            "absolute");
    Card withForm = OrderCards.card(pending.withQuestionnaire(form), SELF_CHECK);
    assertThat(withForm.links()).extracting(Link::url).containsExactly(form.url(), SELF_CHECK);
    assertThat(withForm.uuid()).isEqualTo(card.uuid());
  }

  @Test
  void anOrderEnteredAsACaseGetsTheCardOfTheSameOrderWithPlaceholderIds() {
    OrderCards.RatedOrder fromCase =
        OrderCards.RatedOrder.ofCase(
            "PCI", VignetteEvaluations.evaluate(VignetteEvaluations.REVIEW));
    Card card = OrderCards.card(fromCase, SELF_CHECK);
    Card signed = OrderCards.card(order(VignetteEvaluations.REVIEW, "PCI"), SELF_CHECK);
    assertThat(card.summary()).isEqualTo(signed.summary());
    assertThat(card.indicator()).isEqualTo(signed.indicator());
    assertThat(card.source()).isEqualTo(signed.source());
    assertThat(card.suggestions())
        .extracting(CdsResponse.Suggestion::label)
        .isEqualTo(signed.suggestions().stream().map(CdsResponse.Suggestion::label).toList());
    assertThat(fromCase.orderRef()).isEqualTo(OrderCards.CASE_ORDER);
    assertThat(fromCase.readings()).isEmpty();
    assertThat(fromCase.notUsedByType()).isEmpty();
  }

  @Test
  void aPendingOrderWithoutAFindingSaysItHasNoCriterionYetNotThatNoneApplies() {
    Evaluation pending =
        VignetteEvaluations.evaluate("revasc-2012/policy/POL-PEND-ccs-class-unknown.json");
    assertThat(pending.findings()).isEmpty();
    Card card = OrderCards.card(OrderCards.RatedOrder.ofCase("PCI", pending), SELF_CHECK);
    assertThat(card.source().label())
        .startsWith("Crosscheck (no criterion until the missing data are documented; rule sets ");
  }

  @Test
  void anImagingOrderIsNamedInClinicalWords() {
    Card card =
        OrderCards.card(order(VignetteEvaluations.NO_TEST_APPROPRIATE, "CAC_SCORING"), SELF_CHECK);
    assertThat(card.summary())
        .isEqualTo(
            "CAC scoring rated rarely appropriate: a second review by another clinician is needed");
    assertThat(card.source().topic().code()).isEqualTo("imaging-ccd-auc-2023/39/CAC");
    assertThat(card.suggestions())
        .extracting(CdsResponse.Suggestion::label)
        .containsExactly("Do not order CAC scoring: not testing is rated appropriate here");
  }

  @Test
  void theSummaryStaysUnder140CharactersAndSaysWhenNothingIsRatedYet() {
    OrderCards.RatedOrder order = order(VignetteEvaluations.CLEAR, "PCI");
    assertThat(OrderCards.summary(order, Outcome.SECOND_REVIEW, null))
        .isEqualTo("PCI not yet rated: a second review by another clinician is needed");
    assertThat(OrderCards.summary(order, Outcome.CLEAR, "NOT_RATED"))
        .isEqualTo("PCI rated not rated by the criteria: no second review needed");
    String long_ = OrderCards.summary(order, Outcome.CLEAR, "A_TIER_NAME_".repeat(20));
    assertThat(long_).hasSize(OrderCards.SUMMARY_MAX).endsWith("\u2026");
  }

  @Test
  void theMainFindingIsTheRequestedProceduresAtTheDecisionsTier() {
    // left main with high SYNTAX: PCI row 49 (appropriate) and row 65 (may be appropriate), CABG
    // row 65 (appropriate)
    Evaluation heartTeam = VignetteEvaluations.evaluate("revasc-2012/method/RV12-65-ANY-pos.json");
    assertThat(heartTeam.decision().tier()).isEqualTo("APPROPRIATE");
    assertThat(OrderCards.mainFinding(heartTeam, "PCI").criterion()).isEqualTo("49");
    Finding cabg = OrderCards.mainFinding(heartTeam, "CABG");
    assertThat(cabg.procedure()).isEqualTo("CABG");
    assertThat(cabg.criterion()).isEqualTo("65");
    // pending: no tier yet, the requested procedure's first finding
    assertThat(
            OrderCards.mainFinding(VignetteEvaluations.evaluate(VignetteEvaluations.PEND), "PCI")
                .criterion())
        .isEqualTo("47");
    // no finding for the procedure: the first finding; none at all: no main finding
    assertThat(OrderCards.mainFinding(heartTeam, "CCTA").criterion()).isEqualTo("49");
    assertThat(
            OrderCards.mainFinding(
                VignetteEvaluations.evaluate(VignetteEvaluations.EMERGENT), "PCI"))
        .isNull();
  }
}
