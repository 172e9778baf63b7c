// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

/**
 * Something in the FHIR input that the mapping could not use, so that nothing is dropped silently:
 * a reviewer or the CDS Hooks card can say which resource and which element were ignored and why.
 *
 * @param resource the resource, as {@code Type/id} (e.g. {@code Observation/obs-3})
 * @param element a FHIRPath-like element of that resource (e.g. {@code code.coding[0]}, {@code
 *     valueQuantity})
 * @param message what was wrong, in plain words
 */
public record MappingWarning(String resource, String element, String message) {
  @Override
  public String toString() {
    return resource + (element == null || element.isEmpty() ? "" : "." + element) + ": " + message;
  }
}
