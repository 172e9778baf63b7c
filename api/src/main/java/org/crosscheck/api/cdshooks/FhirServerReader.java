// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * Reads what the client did not prefetch from its FHIR server ({@code fhirServer}, with the bearer token of
 * {@code fhirAuthorization}): one query, following the search's {@code next} links up to a page limit. Any failure
 * (refused, not found, timeout, not FHIR) becomes a 412, as CDS Hooks 2.0 asks when the service cannot get the data
 * it needs.
 */
@Component
class FhirServerReader {

  private final HttpClient http;
  private final CdsHooksProperties properties;
  private final IParser parser = FhirContext.forR4Cached().newJsonParser();

  FhirServerReader(CdsHooksProperties properties) {
    this.properties = properties;
    this.http = HttpClient.newBuilder().connectTimeout(properties.fhirTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The resources a query returns ({@code Patient/123} or {@code Condition?patient=123}). */
  List<IBaseResource> read(URI fhirServer, String token, String query) {
    List<IBaseResource> resources = new ArrayList<>();
    URI next = resolve(fhirServer, query);
    for (int page = 0; next != null && page < properties.maxPages(); page++) {
      IBaseResource resource = get(next, token, query);
      next = null;
      if (resource instanceof Bundle bundle) {
        bundle.getEntry().stream().filter(e -> e.getResource() != null).forEach(e -> resources.add(e.getResource()));
        Bundle.BundleLinkComponent link = bundle.getLink(Bundle.LINK_NEXT);
        next = link == null ? null : resolve(fhirServer, link.getUrl());
      } else {
        resources.add(resource);
      }
    }
    return resources;
  }

  private IBaseResource get(URI uri, String token, String query) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(properties.fhirTimeout())
        .header("Accept", "application/fhir+json").GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw CdsHooksException.preconditionFailed("The FHIR server answered " + response.statusCode() + " to "
            + query + ": the prefetch data it stands for cannot be read");
      }
      Resource resource = (Resource) parser.parseResource(response.body());
      return resource;
    } catch (IOException e) {
      throw CdsHooksException.preconditionFailed("The FHIR server could not be read for " + query + ": " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CdsHooksException.preconditionFailed("Interrupted while reading " + query + " from the FHIR server");
    } catch (DataFormatException | ClassCastException e) {
      throw CdsHooksException.preconditionFailed("The FHIR server's answer to " + query + " is not FHIR R4 JSON: "
          + e.getMessage());
    }
  }

  private static URI resolve(URI fhirServer, String reference) {
    if (reference.startsWith("http://") || reference.startsWith("https://")) {
      return URI.create(reference);
    }
    String base = fhirServer.toString().endsWith("/") ? fhirServer.toString() : fhirServer + "/";
    return URI.create(base + reference);
  }
}
