// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.api.testsupport.VignetteEvaluations;
import org.crosscheck.engine.evaluation.Evaluation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

/**
 * What a payer's CRD client reads from an order-sign answer: covered or conditional, whether prior
 * authorization and clinical documentation are needed, why, and the documentation form of a pending
 * order, for the evaluations of the clinical vignettes.
 */
class CoverageInformationTest {

  private static final Reference COVERAGE = new Reference("Coverage/cov-1");
  private static final LocalDate SIGNED = LocalDate.of(2026, 3, 1);
  private static final String FORM = "https://crosscheck.dev/fhir/Questionnaire/revasc-pci";

  private static Extension of(String vignette, boolean answered) {
    return CoverageInformation.of(
        VignetteEvaluations.evaluate(vignette), COVERAGE, "assertion-1", SIGNED, answered, FORM);
  }

  /**
   * A sub-extension's value as text, or null when absent; each asserted part appears at most once.
   */
  private static String part(Extension info, String url) {
    List<Extension> parts = info.getExtensionsByUrl(url);
    assertThat(parts).as(url).hasSizeLessThanOrEqualTo(1);
    return parts.isEmpty() ? null : parts.get(0).getValue().primitiveValue();
  }

  private static List<String> reasonCodes(Extension info) {
    return info.getExtensionsByUrl("reason").stream()
        .map(e -> ((CodeableConcept) e.getValue()).getCodingFirstRep().getCode())
        .toList();
  }

  @Test
  void aClearOrderIsCoveredWithoutPriorAuthorizationOrDocumentation() {
    Extension info = of(VignetteEvaluations.CLEAR, false);
    assertThat(info.getUrl()).isEqualTo(CoverageInformation.URL);
    assertThat(((Reference) info.getExtensionByUrl("coverage").getValue()).getReference())
        .isEqualTo("Coverage/cov-1");
    assertThat(part(info, "covered")).isEqualTo("covered");
    assertThat(part(info, "pa-needed")).isEqualTo("no-auth");
    assertThat(part(info, "doc-needed")).isNull();
    assertThat(part(info, "doc-purpose")).isNull();
    assertThat(part(info, "questionnaire")).isNull();
    assertThat(reasonCodes(info)).isEmpty();
    assertThat(part(info, "date")).isEqualTo("2026-03-01");
    assertThat(part(info, "coverage-assertion-id")).isEqualTo("assertion-1");
  }

  @Test
  void anEmergencyIsNeverHeldForPriorAuthorization() {
    Extension info = of(VignetteEvaluations.EMERGENT, false);
    assertThat(part(info, "covered")).isEqualTo("covered");
    assertThat(part(info, "pa-needed")).isEqualTo("no-auth");
    assertThat(part(info, "doc-needed")).isNull();
    assertThat(reasonCodes(info))
        .containsExactly("EMERGENT_REQUEST", "NO_CRITERIA_APPLY", "RETROSPECTIVE_REVIEW");
  }

  @Test
  void aSecondReviewNeedsPriorAuthorizationWithClinicalDocumentationAndSaysWhy() {
    Extension info = of(VignetteEvaluations.REVIEW, false);
    assertThat(part(info, "covered")).isEqualTo("covered");
    assertThat(part(info, "pa-needed")).isEqualTo("auth-needed");
    assertThat(part(info, "doc-needed")).isEqualTo("clinical");
    assertThat(part(info, "doc-purpose")).isEqualTo("withpa");
    assertThat(part(info, "questionnaire")).as("only a pending order names its form").isNull();
    assertThat(reasonCodes(info)).containsExactly("MAY_BE_APPROPRIATE");
    CodeableConcept reason = (CodeableConcept) info.getExtensionByUrl("reason").getValue();
    assertThat(reason.getCodingFirstRep().getSystem()).isEqualTo(CoverageInformation.REASON_SYSTEM);
    assertThat(reason.getText()).isNotBlank();
  }

  @Test
  void onceTheFormIsAnsweredASecondReviewNeedsNoMoreDocumentation() {
    Extension info = of(VignetteEvaluations.REVIEW, true);
    assertThat(part(info, "pa-needed")).isEqualTo("auth-needed");
    assertThat(part(info, "doc-needed")).isNull();
    assertThat(part(info, "doc-purpose")).isNull();
  }

  @Test
  void aPendingOrderIsConditionalAndNamesItsDocumentationForm() {
    Extension info = of(VignetteEvaluations.PEND, false);
    assertThat(part(info, "covered")).isEqualTo("conditional");
    assertThat(part(info, "pa-needed")).isEqualTo("auth-needed");
    assertThat(part(info, "doc-needed")).isEqualTo("clinical");
    assertThat(part(info, "doc-purpose")).isEqualTo("withpa");
    assertThat(part(info, "questionnaire")).isEqualTo(FORM);
    // answers that still leave data missing: the documentation is still needed
    assertThat(part(of(VignetteEvaluations.PEND, true), "doc-needed")).isEqualTo("clinical");
    Extension withoutForm =
        CoverageInformation.of(
            VignetteEvaluations.evaluate(VignetteEvaluations.PEND),
            COVERAGE,
            "assertion-2",
            SIGNED,
            false,
            null);
    assertThat(part(withoutForm, "questionnaire")).isNull();
  }

  @Test
  void theSameAssertionIsNotRepeatedButAChangedOrForeignOneIs() {
    Evaluation review = VignetteEvaluations.evaluate(VignetteEvaluations.REVIEW);
    Extension first = CoverageInformation.of(review, COVERAGE, "ours-1", SIGNED, false, null);
    ServiceRequest signed = CoverageInformation.annotate(new ServiceRequest(), first);
    Extension again =
        CoverageInformation.of(review, COVERAGE, "ours-2", SIGNED.plusDays(1), false, null);
    assertThat(CoverageInformation.alreadyAsserted(signed, again, "ours-1"::equals))
        .isSameAs(signed.getExtensionByUrl(CoverageInformation.URL));
    // issued by another payer (or forged): not ours to repeat
    assertThat(CoverageInformation.alreadyAsserted(signed, again, id -> false)).isNull();
    // something new (the answers made documentation unnecessary): a new assertion
    Extension answered = CoverageInformation.of(review, COVERAGE, "ours-3", SIGNED, true, null);
    assertThat(CoverageInformation.alreadyAsserted(signed, answered, "ours-1"::equals)).isNull();
    // another coverage: a new assertion
    Extension otherCoverage =
        CoverageInformation.of(
            review, new Reference("Coverage/cov-2"), "ours-4", SIGNED, false, null);
    assertThat(CoverageInformation.alreadyAsserted(signed, otherCoverage, "ours-1"::equals))
        .isNull();
  }

  @Test
  void anAssertionWithARepeatedPartIsNotComparable() {
    Evaluation clear = VignetteEvaluations.evaluate(VignetteEvaluations.CLEAR);
    Extension tampered = CoverageInformation.of(clear, COVERAGE, "ours-1", SIGNED, false, null);
    tampered.addExtension("covered", new org.hl7.fhir.r4.model.CodeType("covered"));
    ServiceRequest signed = CoverageInformation.annotate(new ServiceRequest(), tampered);
    Extension fresh = CoverageInformation.of(clear, COVERAGE, "ours-2", SIGNED, false, null);
    assertThat(CoverageInformation.alreadyAsserted(signed, fresh, "ours-1"::equals)).isNull();
  }

  @Test
  void annotatingLeavesTheOrderAsTheClientSentIt() {
    ServiceRequest order = new ServiceRequest();
    order.setId("sr-1");
    ServiceRequest annotated =
        CoverageInformation.annotate(order, of(VignetteEvaluations.CLEAR, false));
    assertThat(order.getExtension()).isEmpty();
    assertThat(annotated.getExtensionsByUrl(CoverageInformation.URL)).hasSize(1);
    assertThat(annotated.getIdElement().getIdPart()).isEqualTo("sr-1");
  }
}
