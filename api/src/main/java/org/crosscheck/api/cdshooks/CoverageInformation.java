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
 * The Da Vinci CRD coverage-information extension (CRD STU 2, {@code ext-coverage-information}) that an order-sign
 * answer adds to the ServiceRequest. How an outcome becomes coverage information is decided here and only here:
 * <ul>
 *   <li>{@code CLEAR}: covered, no prior authorization needed;</li>
 *   <li>{@code NO_DELAY} (an emergency): covered, no prior authorization: an emergency is never held;</li>
 *   <li>{@code SECOND_REVIEW}: conditional, prior authorization needed (the second review), clinical documentation
 *       needed;</li>
 *   <li>{@code PEND} (data missing): conditional, prior authorization needed, clinical documentation needed, and the
 *       missing data as the reason.</li>
 * </ul>
 */
final class CoverageInformation {

  static final String URL = "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information";
  static final String REASON_SYSTEM = "https://crosscheck.dev/fhir/CodeSystem/review-reason";

  private CoverageInformation() {}

  /** The extension for an order's evaluation, naming the Coverage it applies to and the stored assertion id. */
  static Extension of(Evaluation evaluation, Reference coverage, String assertionId, LocalDate date) {
    Outcome outcome = evaluation.decision().outcome();
    Extension ext = new Extension(URL);
    ext.addExtension("coverage", coverage);
    boolean clear = outcome == Outcome.CLEAR || outcome == Outcome.NO_DELAY;
    ext.addExtension("covered", new CodeType(clear ? "covered" : "conditional"));
    ext.addExtension("pa-needed", new CodeType(clear ? "no-auth" : "auth-needed"));
    if (!clear) {
      ext.addExtension("doc-needed", new CodeType("clinical"));
    }
    for (Evaluation.Reason reason : evaluation.decision().reasons()) {
      ext.addExtension("reason", new CodeableConcept().addCoding(
          new org.hl7.fhir.r4.model.Coding(REASON_SYSTEM, reason.code(), null)).setText(reason.text()));
    }
    ext.addExtension("date", new DateType(date.toString()));
    ext.addExtension("coverage-assertion-id", new StringType(assertionId));
    return ext;
  }

  /** The order with the extension added: the resource of the systemAction's {@code update}. */
  static ServiceRequest annotate(ServiceRequest order, Extension extension) {
    ServiceRequest copy = order.copy();
    copy.addExtension(extension);
    return copy;
  }
}
