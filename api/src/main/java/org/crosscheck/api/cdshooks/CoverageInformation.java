// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import java.time.LocalDate;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Outcome;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;

/**
 * The Da Vinci CRD coverage-information extension (CRD STU 2, {@code ext-coverage-information})
 * that an order-sign answer adds to the ServiceRequest. How an outcome becomes coverage information
 * is decided here and only here:
 *
 * <ul>
 *   <li>{@code CLEAR}: covered, no prior authorization needed;
 *   <li>{@code NO_DELAY} (an emergency): covered, no prior authorization: an emergency is never
 *       held;
 *   <li>{@code SECOND_REVIEW}: covered, prior authorization needed (the second review), clinical
 *       documentation needed with the prior authorization ({@code doc-purpose withpa});
 *   <li>{@code PEND} (data missing): conditional (it depends on information not given), prior
 *       authorization needed, clinical documentation needed with it.
 * </ul>
 *
 * An order without priority gets no assertion at all ({@code CdsHookService}): it could be an
 * emergency. A pending order names its documentation form ({@code questionnaire}, Da Vinci DTR);
 * once the clinician has answered it, {@code doc-needed} is dropped: the documentation the criteria
 * need is in the answers, and what remains (a second review) is the prior authorization itself.
 */
public final class CoverageInformation {

  public static final String URL =
      "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";
  static final String REASON_SYSTEM = "https://crosscheck.dev/fhir/CodeSystem/review-reason";

  private CoverageInformation() {}

  /**
   * The extension for an order's evaluation, naming the Coverage it applies to and the stored
   * assertion id.
   *
   * @param answered whether the evaluation includes the clinician's answers to the documentation
   *     form
   * @param questionnaire the canonical of the order's documentation form, named when the order
   *     pends (or null)
   */
  public static Extension of(
      Evaluation evaluation,
      Reference coverage,
      String assertionId,
      LocalDate date,
      boolean answered,
      String questionnaire) {
    Outcome outcome = evaluation.decision().outcome();
    Extension ext = new Extension(URL);
    ext.addExtension("coverage", coverage);
    boolean clear = outcome == Outcome.CLEAR || outcome == Outcome.NO_DELAY;
    ext.addExtension("covered", new CodeType(outcome == Outcome.PEND ? "conditional" : "covered"));
    ext.addExtension("pa-needed", new CodeType(clear ? "no-auth" : "auth-needed"));
    if (!clear && !(answered && outcome != Outcome.PEND)) {
      ext.addExtension("doc-needed", new CodeType("clinical"));
      ext.addExtension("doc-purpose", new CodeType("withpa"));
    }
    if (outcome == Outcome.PEND && questionnaire != null) {
      ext.addExtension("questionnaire", new org.hl7.fhir.r4.model.CanonicalType(questionnaire));
    }
    for (Evaluation.Reason reason : evaluation.decision().reasons()) {
      ext.addExtension(
          "reason",
          new CodeableConcept()
              .addCoding(new org.hl7.fhir.r4.model.Coding(REASON_SYSTEM, reason.code(), null))
              .setText(reason.text()));
    }
    ext.addExtension("date", new DateType(date.toString()));
    ext.addExtension("coverage-assertion-id", new StringType(assertionId));
    return ext;
  }

  /**
   * The sub-extensions that make an assertion what it is; an order already carrying the same needs
   * no update.
   */
  private static final java.util.List<String> ASSERTION =
      java.util.List.of("coverage", "covered", "pa-needed", "doc-needed");

  /**
   * The coverage information the order already carries with the same coverage, covered, pa-needed
   * and doc-needed (CRD STU2 cards.html: no update "unless something is new"), or null.
   */
  static Extension alreadyAsserted(
      ServiceRequest order, Extension fresh, java.util.function.Predicate<String> issuedHere) {
    for (Extension existing : order.getExtensionsByUrl(URL)) {
      boolean same = true;
      for (String part : ASSERTION) {
        same &= value(existing, part).equals(value(fresh, part));
      }
      String id = value(existing, "coverage-assertion-id");
      // only an assertion this service made: another payer's, or a forged one, is not ours to
      // repeat
      if (same && !id.isEmpty() && issuedHere.test(id)) {
        return existing;
      }
    }
    return null;
  }

  /**
   * A sub-extension's value as text ("" when absent, empty, or repeated: then it is not
   * comparable).
   */
  private static String value(Extension ext, String url) {
    java.util.List<Extension> parts = ext.getExtensionsByUrl(url);
    if (parts.size() != 1 || parts.get(0).getValue() == null) {
      return "";
    }
    org.hl7.fhir.r4.model.Type v = parts.get(0).getValue();
    return v instanceof Reference r
        ? "ref:" + r.getReference()
        : String.valueOf(v.primitiveValue());
  }

  /** The order with the extension added: the resource of the systemAction's {@code update}. */
  public static ServiceRequest annotate(ServiceRequest order, Extension extension) {
    ServiceRequest copy = order.copy();
    copy.addExtension(extension);
    return copy;
  }
}
