// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosscheck.api.cdshooks.CdsResponse.Card;
import org.crosscheck.api.cdshooks.CdsResponse.Coding;
import org.crosscheck.api.cdshooks.CdsResponse.Link;
import org.crosscheck.api.cdshooks.CdsResponse.Source;
import org.crosscheck.api.cdshooks.CdsResponse.Suggestion;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Finding;
import org.crosscheck.engine.evaluation.Outcome;
import org.crosscheck.fhir.Interpretations;
import org.crosscheck.fhir.MappedCase;
import org.crosscheck.fhir.MappingWarning;

/**
 * Turns an order's evaluation into a CDS Hooks card. The words a clinician reads and the indicator
 * are decided here: {@code info} when the order is clear or an emergency (an emergency is never
 * held, so its card only informs), {@code warning} when a second review is needed or data are
 * missing; never {@code critical}.
 */
final class OrderCards {

  static final String CRITERION_SYSTEM = "https://crosscheck.dev/fhir/CodeSystem/criterion";
  static final String OVERRIDE_SYSTEM = "https://crosscheck.dev/fhir/CodeSystem/override-reason";

  /** CDS Hooks 2.0: a summary of less than 140 characters. */
  static final int SUMMARY_MAX = 139;

  /**
   * The label of a pending order's link to the questions that decide it (the documentation form).
   */
  static final String QUESTIONS_LINK = "Answer the questions that decide this order";

  /**
   * The placeholder ids of an order entered as a case (the self-check page): the EHR's own order
   * and patient ids take their place in a real order-sign call.
   */
  static final String CASE_ORDER = "ServiceRequest/self-check";

  static final String CASE_PATIENT = "self-check";

  /**
   * Why a clinician may go on despite the card; sent as the card's overrideReasons, stored with
   * feedback.
   */
  static final List<Coding> OVERRIDE_REASONS =
      List.of(
          new Coding(
              OVERRIDE_SYSTEM,
              "documented-elsewhere",
              "The supporting data are documented elsewhere in the record"),
          new Coding(OVERRIDE_SYSTEM, "heart-team-decision", "A heart-team decision is documented"),
          new Coding(
              OVERRIDE_SYSTEM,
              "clinical-judgement",
              "Clinical judgement: the criteria do not capture this case"),
          new Coding(
              OVERRIDE_SYSTEM,
              "patient-preference",
              "Patient preference after shared decision-making"));

  private static final Map<String, String> TIER_WORDS =
      Map.of(
          "APPROPRIATE",
          "appropriate",
          "MAY_BE_APPROPRIATE",
          "may be appropriate",
          "RARELY_APPROPRIATE",
          "rarely appropriate",
          "NOT_RATED",
          "not rated by the criteria");

  private OrderCards() {}

  static String indicator(Outcome outcome) {
    return switch (outcome) {
      case CLEAR, NO_DELAY -> "info";
      case SECOND_REVIEW, PEND -> "warning";
    };
  }

  /** The card for one order. */
  static Card card(RatedOrder order, String selfCheckUrl) {
    Evaluation e = order.evaluation();
    Outcome outcome = e.decision().outcome();
    Finding finding = mainFinding(e, order.procedure());
    boolean actionable = outcome == Outcome.SECOND_REVIEW || outcome == Outcome.PEND;
    List<Suggestion> suggestions = actionable ? Suggestions.of(order) : List.of();
    return new Card(
        order.cardUuid(),
        summary(order, outcome, e.decision().tier()),
        CardDetail.markdown(order, finding),
        indicator(outcome),
        source(finding, e, selfCheckUrl),
        suggestions,
        suggestions.isEmpty() ? null : "at-most-one",
        actionable ? OVERRIDE_REASONS : List.of(),
        order.questionnaire() == null
            ? List.of(
                new Link(
                    "Check this plan on the Crosscheck self-check page", selfCheckUrl, "absolute"))
            : List.of(
                order.questionnaire(),
                new Link(
                    "Check this plan on the Crosscheck self-check page",
                    selfCheckUrl,
                    "absolute")));
  }

  static String summary(RatedOrder order, Outcome outcome, String tier) {
    String words = Suggestions.words(Procedure.valueOf(order.procedure()));
    String procedure = Character.toUpperCase(words.charAt(0)) + words.substring(1);
    String rated =
        tier == null
            ? "not yet rated"
            : "NO_CRITERIA_APPLY".equals(tier)
                ? "outside the published criteria"
                : "rated " + TIER_WORDS.getOrDefault(tier, tier);
    String text =
        switch (outcome) {
          case CLEAR -> procedure + " " + rated + ": no second review needed";
          case SECOND_REVIEW ->
              procedure + " " + rated + ": a second review by another clinician is needed";
          case PEND ->
              procedure + ": documentation missing to rate it; it will be pended for review";
          case NO_DELAY -> "Emergency " + words + ": not held for review (" + rated + ")";
        };
    return text.length() <= SUMMARY_MAX ? text : text.substring(0, SUMMARY_MAX - 1) + "\u2026";
  }

  /**
   * The finding behind the decision: the requested procedure's, at the decision's tier when there
   * is one.
   */
  static Finding mainFinding(Evaluation e, String procedure) {
    Finding fallback = null;
    for (Finding f : e.findings()) {
      if (procedure.equals(f.procedure())
          && java.util.Objects.equals(f.tier(), e.decision().tier())) {
        return f;
      }
      fallback = fallback == null && procedure.equals(f.procedure()) ? f : fallback;
    }
    return fallback != null ? fallback : e.findings().isEmpty() ? null : e.findings().get(0);
  }

  private static Source source(Finding finding, Evaluation e, String selfCheckUrl) {
    if (finding == null) {
      String ruleSets =
          String.join(
              ", ",
              e.provenance().ruleSets().stream().map(r -> r.id() + "@" + r.version()).toList());
      // a pending order has no criterion yet (the missing data choose it): not "no criterion
      // applies"
      String why =
          e.decision().outcome() == Outcome.PEND
              ? "no criterion until the missing data are documented"
              : "no criterion applies";
      return new Source("Crosscheck (" + why + "; rule sets " + ruleSets + ")", selfCheckUrl, null);
    }
    String display =
        finding.description() == null
            ? null
            : finding.description().length() <= 200
                ? finding.description()
                : finding.description().substring(0, 199) + "\u2026";
    return new Source(
        "Crosscheck: " + finding.citation(),
        selfCheckUrl,
        new Coding(
            CRITERION_SYSTEM,
            finding.ruleSet()
                + "/"
                + finding.criterion()
                + (finding.column() == null ? "" : "/" + finding.column()),
            display));
  }

  /** An order that was mapped and evaluated, with its card's uuid and the mapping's warnings. */
  record RatedOrder(
      String orderRef,
      String patientId,
      String procedure,
      Evaluation evaluation,
      List<MappingWarning> warnings,
      List<Interpretations.Note> readings,
      String cardUuid,
      Map<String, Integer> notUsedByType,
      List<String> clinicianAnswers,
      Link questionnaire) {
    static RatedOrder of(
        String orderRef,
        String patientId,
        String procedure,
        Evaluation evaluation,
        MappedCase mapped,
        List<String> clinicianAnswers) {
      return new RatedOrder(
          orderRef,
          patientId,
          procedure,
          evaluation,
          mapped.warnings(),
          mapped.interpretations(),
          UUID.randomUUID().toString(),
          mapped.notUsedByType(),
          List.copyOf(clinicianAnswers),
          null);
    }

    /**
     * An order entered as a case, not read from a FHIR record (the self-check page): no record
     * readings, no data left unused, no clinician answers apart from the case; the order and
     * patient ids are placeholders.
     */
    static RatedOrder ofCase(String procedure, Evaluation evaluation) {
      return new RatedOrder(
          CASE_ORDER,
          CASE_PATIENT,
          procedure,
          evaluation,
          List.of(),
          List.of(),
          UUID.randomUUID().toString(),
          Map.of(),
          List.of(),
          null);
    }

    /** The same order with the link to its documentation form (a pending order's questions). */
    RatedOrder withQuestionnaire(Link link) {
      return new RatedOrder(
          orderRef,
          patientId,
          procedure,
          evaluation,
          warnings,
          readings,
          cardUuid,
          notUsedByType,
          clinicianAnswers,
          link);
    }
  }
}
