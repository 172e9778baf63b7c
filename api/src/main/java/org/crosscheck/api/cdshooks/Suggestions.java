// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crosscheck.api.cdshooks.CdsResponse.Action;
import org.crosscheck.api.cdshooks.CdsResponse.Suggestion;
import org.crosscheck.engine.casefile.Coding;
import org.crosscheck.engine.casefile.Procedure;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.evaluation.Outcome;
import org.crosscheck.engine.terminology.ProcedureCodes;
import org.crosscheck.engine.words.ClinicalWords;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import tools.jackson.databind.JsonNode;

/**
 * Orders a clinician can take with one click where a what-if rates an alternative better than the
 * request: an FFR measurement of a borderline lesion (CPT 93571), or another procedure (for CABG
 * instead of PCI: a heart-team referral, i.e. the CABG request in place of the PCI), or no order at
 * all where the criteria rate not testing appropriate (the 2023 imaging table's "no test" column).
 * What-ifs that are not orders (drug therapy, a stress test's result) are in the card's detail
 * only.
 */
final class Suggestions {

  /**
   * CPT 93571: intravascular pressure-derived coronary flow reserve measurement (FFR), initial
   * vessel.
   */
  static final Coding FFR =
      new Coding(
          ProcedureCodes.CPT,
          "93571",
          "Intravascular Doppler velocity and/or pressure derived coronary flow reserve measurement; initial vessel");

  private Suggestions() {}

  static List<Suggestion> of(OrderCards.RatedOrder order) {
    List<Suggestion> suggestions = new ArrayList<>();
    for (Evaluation.WhatIf whatIf : order.evaluation().whatIf()) {
      if (whatIf.field().equals("request.procedure")
          && whatIf.value() == null
          && whatIf.wouldBe().outcome() == null
          && "APPROPRIATE".equals(whatIf.wouldBe().tier())) {
        // the criteria rate not testing appropriate for this scenario: the alternative is no order
        // at all
        suggestions.add(
            new Suggestion(
                "Do not order "
                    + words(Procedure.valueOf(order.procedure()))
                    + ": not testing is rated appropriate here",
                uuid(),
                null,
                List.of(
                    new Action(
                        "delete",
                        "Remove the " + words(Procedure.valueOf(order.procedure())) + " order",
                        null,
                        order.orderRef()))));
        continue;
      }
      if (whatIf.wouldBe().outcome() != Outcome.CLEAR) {
        continue;
      }
      String rated =
          " (would be rated " + whatIf.wouldBe().tier().toLowerCase().replace('_', ' ') + ")";
      if (whatIf.field().endsWith(".ffr")
          && suggestions.stream().noneMatch(s -> s.label().startsWith("Order FFR"))) {
        suggestions.add(
            new Suggestion(
                "Order FFR of the intermediate lesion" + rated,
                uuid(),
                null,
                List.of(
                    new Action(
                        "create",
                        "Add an FFR measurement order",
                        json(proposal(order.patientId(), FFR)),
                        null))));
      } else if (whatIf.field().equals("request.procedure")
          && whatIf.value() instanceof Procedure alternative
          && ProcedureCodes.codeFor(alternative) != null) {
        String label =
            alternative == Procedure.CABG && order.procedure().equals("PCI")
                ? "Refer for heart-team review: request CABG instead of PCI"
                : "Request "
                    + words(alternative)
                    + " instead of "
                    + words(Procedure.valueOf(order.procedure()));
        suggestions.add(
            new Suggestion(
                label + rated,
                uuid(),
                null,
                List.of(
                    new Action(
                        "delete",
                        "Remove the " + words(Procedure.valueOf(order.procedure())) + " order",
                        null,
                        order.orderRef()),
                    new Action(
                        "create",
                        "Add a " + words(alternative) + " order",
                        json(proposal(order.patientId(), ProcedureCodes.codeFor(alternative))),
                        null))));
      }
    }
    return suggestions;
  }

  /** A procedure as a clinician writes it: "stress echo", "coronary angiography", "CCTA". */
  static String words(Procedure procedure) {
    return ClinicalWords.procedureShort(procedure.name());
  }

  private static ServiceRequest proposal(String patientId, Coding code) {
    ServiceRequest request = new ServiceRequest();
    request.setStatus(ServiceRequest.ServiceRequestStatus.DRAFT);
    request.setIntent(ServiceRequest.ServiceRequestIntent.PROPOSAL);
    request.setCode(
        new CodeableConcept()
            .addCoding(
                new org.hl7.fhir.r4.model.Coding(code.system(), code.code(), code.display())));
    request.setSubject(new Reference("Patient/" + patientId));
    return request;
  }

  /** The resource as FHIR JSON (HAPI's encoding, written as a tree). */
  static JsonNode json(IBaseResource resource) {
    return FhirJsonTree.encode(resource);
  }

  private static String uuid() {
    return UUID.randomUUID().toString();
  }
}
