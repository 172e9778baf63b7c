// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.cdshooks;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CDS Hooks service's settings ({@code crosscheck.cds-hooks.*}).
 *
 * @param baseUrl the service's external base URL as EHRs call it (behind a proxy it differs from
 *     the request's); a client's JWT must carry {@code aud} = this + {@code /cds-services/{id}};
 *     when absent, the request's own URL
 * @param selfCheckUrl where a card's link sends the clinician (the self-check page); default {@code
 *     baseUrl + "/"}
 * @param requireJwt whether every service call must carry a client JWT; when absent, true in the
 *     jwt security mode and false in dev mode (a JWT that is sent is always verified)
 * @param clients the EHRs allowed to call: their issuer and where their public keys are
 * @param corsOrigins origins allowed for browser-based CDS clients ({@code *}: any; a JWT, not a
 *     cookie, authenticates)
 * @param clockSkew tolerance on {@code exp} and {@code iat}
 * @param fhirTimeout the longest wait for one read from the client's FHIR server when prefetch is
 *     incomplete
 * @param fhirDeadline the longest wait for all of them (they are read at the same time)
 * @param maxPages the most search pages followed per prefetch query on the FHIR server
 * @param maxRequestBytes the largest CDS Hooks request body (a patient's record as prefetch): 16
 *     MiB by default; 413 above it
 */
@ConfigurationProperties("crosscheck.cds-hooks")
public record CdsHooksProperties(
    URI baseUrl,
    URI selfCheckUrl,
    Boolean requireJwt,
    @DefaultValue List<Client> clients,
    @DefaultValue("*") List<String> corsOrigins,
    @DefaultValue("PT1M") Duration clockSkew,
    @DefaultValue("PT3S") Duration fhirTimeout,
    @DefaultValue("PT4S") Duration fhirDeadline,
    @DefaultValue("5") int maxPages,
    @DefaultValue("16777216") long maxRequestBytes) {

  /**
   * A CDS client (an EHR): its {@code iss}, and its keys, from a JWK set URL, an inline JWK set
   * (JSON), or a {@code jku} header whose URL is one of {@code allowedJku} (exact match); {@code
   * fhirServers}: the base URLs (by prefix, e.g. {@code https://fhir.ehr.example.org/r4/}) this
   * client may ask the service to read from. The service reads from no other server: a {@code
   * fhirServer} is an address the caller chooses, and reading any of them would let a caller make
   * the service fetch internal addresses.
   */
  public record Client(
      String iss,
      URI jwksUri,
      String jwks,
      @DefaultValue List<String> allowedJku,
      @DefaultValue List<String> fhirServers) {}
}
