// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Reads FHIR R4 bundles from JSON with HAPI's parser, turning its errors into {@link
 * FhirMappingException}s.
 */
public final class FhirBundles {

  private FhirBundles() {}

  /**
   * Parses a Bundle; throws {@link FhirMappingException} on malformed JSON or when the resource is
   * not a Bundle.
   */
  public static Bundle parseBundle(String json) {
    if (json == null || json.isBlank()) {
      throw new FhirMappingException(null, null, "no JSON given: expected a FHIR R4 Bundle");
    }
    IBaseResource resource;
    try {
      resource = FhirContext.forR4Cached().newJsonParser().parseResource(json);
    } catch (DataFormatException e) {
      throw new FhirMappingException(null, null, "malformed FHIR JSON: " + e.getMessage(), e);
    }
    if (resource instanceof Bundle bundle) {
      return bundle;
    }
    String type = FhirContext.forR4Cached().getResourceType(resource);
    String id = resource.getIdElement().getIdPart();
    throw new FhirMappingException(
        id == null ? type : type + "/" + id,
        "resourceType",
        "expected a Bundle, got resourceType " + type);
  }
}
