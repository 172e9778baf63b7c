// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.springframework.stereotype.Component;

/**
 * Reads what the client did not prefetch from its FHIR server ({@code fhirServer}, with the bearer
 * token of {@code fhirAuthorization}): one query, following the search's {@code next} links on the
 * same server up to a page limit. The server must be one the calling client is configured for
 * (checked by {@link PrefetchResolver}). Any failure (refused, not found, timeout, too large, not
 * FHIR, more pages than the limit, a {@code next} link to another server) becomes a 412, as CDS
 * Hooks 2.0 asks when the service cannot get the data it needs: rating incomplete data as if it
 * were complete would be worse than no answer. The 412 says what failed, never what the server
 * answered.
 */
@Component
class FhirServerReader {

  /** The largest answer read from one request. */
  static final int MAX_BYTES = 8 * 1024 * 1024;

  private final HttpClient http;
  private final CdsHooksProperties properties;

  FhirServerReader(CdsHooksProperties properties) {
    this.properties = properties;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(properties.fhirTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The resources a query returns ({@code Patient/123} or {@code Condition?patient=123}). */
  List<IBaseResource> read(URI fhirServer, String token, String query) {
    List<IBaseResource> resources = new ArrayList<>();
    URI next = resolve(fhirServer, query);
    for (int page = 0; next != null; page++) {
      if (page == properties.maxPages()) {
        throw CdsHooksException.preconditionFailed(
            "The FHIR server's answer to "
                + query
                + " has more than "
                + properties.maxPages()
                + " pages: the data would be incomplete");
      }
      IBaseResource resource = get(next, token, query);
      next = null;
      if (resource instanceof Bundle bundle) {
        bundle.getEntry().stream()
            .filter(e -> e.getResource() != null)
            .forEach(e -> resources.add(e.getResource()));
        Bundle.BundleLinkComponent link = bundle.getLink(Bundle.LINK_NEXT);
        next =
            link == null ? null : sameServer(fhirServer, resolve(fhirServer, link.getUrl()), query);
      } else {
        resources.add(resource);
      }
    }
    return resources;
  }

  private IBaseResource get(URI uri, String token, String query) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(properties.fhirTimeout())
            .header("Accept", "application/fhir+json")
            .GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<InputStream> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw CdsHooksException.preconditionFailed(
              "The FHIR server answered "
                  + response.statusCode()
                  + " to "
                  + query
                  + ": the prefetch data it stands for cannot be read");
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw CdsHooksException.preconditionFailed(
              "The FHIR server's answer to " + query + " is larger than " + MAX_BYTES + " bytes");
        }
        return FhirContext.forR4Cached()
            .newJsonParser()
            .parseResource(new String(bytes, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw CdsHooksException.preconditionFailed("The FHIR server could not be read for " + query);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CdsHooksException.preconditionFailed(
          "Interrupted while reading " + query + " from the FHIR server");
    } catch (DataFormatException e) {
      throw CdsHooksException.preconditionFailed(
          "The FHIR server's answer to " + query + " is not FHIR R4 JSON");
    }
  }

  /** A {@code next} link is followed only on the server the client named (with the same token). */
  private static URI sameServer(URI fhirServer, URI next, String query) {
    boolean same =
        fhirServer.getScheme().equalsIgnoreCase(next.getScheme())
            && fhirServer.getHost().equalsIgnoreCase(next.getHost())
            && fhirServer.getPort() == next.getPort();
    if (!same) {
      throw CdsHooksException.preconditionFailed(
          "The FHIR server's next page for " + query + " is on another server; it is not followed");
    }
    return next;
  }

  private static URI resolve(URI fhirServer, String reference) {
    if (reference.startsWith("http://") || reference.startsWith("https://")) {
      return URI.create(reference);
    }
    String base = fhirServer.toString().endsWith("/") ? fhirServer.toString() : fhirServer + "/";
    // a token search's system|code separator is not a URI character: sent encoded
    return URI.create(base + reference.replace("|", "%7C"));
  }
}
