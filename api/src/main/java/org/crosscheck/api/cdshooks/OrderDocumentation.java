// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import org.hl7.fhir.r4.model.QuestionnaireResponse;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documentation forms of orders (Da Vinci DTR), as the CDS service uses them: a pending order's
 * form is opened (its record's case kept for the questions) and its link goes on the card; an order
 * re-signed after its form was answered is rated with the clinician's answers. Implemented by the
 * {@code dtr} package, so that this package does not depend on it.
 */
public interface OrderDocumentation {

  /**
   * A pending order whose form is opened: where it comes from and the case its record was mapped
   * to.
   */
  record PendingOrder(
      String cardUuid,
      String serviceId,
      String clientIss,
      String orderRef,
      String patientId,
      String procedure,
      String coverageRef,
      ObjectNode recordCase) {}

  /**
   * An opened form: its context id (DTR {@code context}), its questionnaire's canonical and its
   * page.
   */
  record Form(String context, String questionnaire, String page) {}

  /**
   * Opens the form of a pending order; {@code baseUrl} is the service's base URL (ends with '/').
   */
  Form open(PendingOrder order, String baseUrl);

  /**
   * The clinician's latest completed answers for an order of a patient, from this client, or null.
   */
  QuestionnaireResponse answers(String orderRef, String patientId, String clientIss);
}
