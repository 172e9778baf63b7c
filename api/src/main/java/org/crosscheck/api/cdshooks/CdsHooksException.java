// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import org.crosscheck.api.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * A CDS Hooks call that cannot be answered, with the status the specification asks for and a
 * message that says why.
 */
public final class CdsHooksException extends ApiException {

  private CdsHooksException(HttpStatus status, String type, String title, String detail) {
    super(status, type, title, detail);
  }

  /**
   * 422: valid JSON that is not a conformant CDS Hooks request, or FHIR data no case can be made
   * from (the detail names the element). Da Vinci CRD STU2 (hooks.html, "Supported hooks") asks for
   * the FHIR RESTful create codes: 400 only when the body is not JSON at all (Spring's reader
   * answers that), 422 for this.
   */
  public static CdsHooksException unprocessable(String detail) {
    return new CdsHooksException(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "cds-hooks-unprocessable",
        "Unprocessable CDS Hooks request",
        detail);
  }

  /** 404: no such service, or feedback on a card this service did not issue. */
  public static CdsHooksException notFound(String detail) {
    return new CdsHooksException(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
  }

  /**
   * 412: prefetch data are missing and the service cannot fetch them (no {@code fhirServer}, or the
   * server refused): CDS Hooks 2.0, "Prefetch" and "FHIR Resource Access".
   */
  public static CdsHooksException preconditionFailed(String detail) {
    return new CdsHooksException(
        HttpStatus.PRECONDITION_FAILED,
        "prefetch-unavailable",
        "Prefetch data missing and not fetchable",
        detail);
  }
}
