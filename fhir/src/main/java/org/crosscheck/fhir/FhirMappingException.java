// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

/**
 * No case can be made from the FHIR input (no ServiceRequest, several without an order id, no
 * Patient, an order whose code names no known procedure, a bundle that is not one). Unlike a {@link
 * MappingWarning}, which leaves a field unknown, this stops the mapping: there is nothing to rate.
 * Names the resource and element like a warning.
 */
public final class FhirMappingException extends RuntimeException {

  private final String resource;
  private final String element;

  public FhirMappingException(String resource, String element, String message) {
    super(message);
    this.resource = resource;
    this.element = element;
  }

  public FhirMappingException(String resource, String element, String message, Throwable cause) {
    super(message, cause);
    this.resource = resource;
    this.element = element;
  }

  /** The resource at fault ({@code Type/id}), or null when none is (e.g. malformed JSON). */
  public String resource() {
    return resource;
  }

  /** The element at fault, or null. */
  public String element() {
    return element;
  }

  /**
   * Where the mapping failed, as an error names it: "Observation/obs-3 code", or "" for the input
   * as a whole.
   */
  public String where() {
    return resource == null
        ? (element == null ? "" : element)
        : element == null ? resource : resource + " " + element;
  }
}
