// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The service's settings ({@code crosscheck.*} in application.yml).
 *
 * @param engine which review policy the engine applies and whether it computes what-if alternatives
 * @param review decision time limits: expedited (urgent or emergent requests, 72 h) and standard (7
 *     days); a claim idle for longer than {@code claimIdleAfter} (no claim, reassignment, return or
 *     opening of the case by its claimer) goes back to the queue, checked every {@code
 *     idleCheckEvery}; zero keeps claims
 * @param request the largest request body accepted (413 above it)
 * @param security dev (HTTP Basic, built-in users) or jwt (OAuth2 resource server); the claim that
 *     holds roles
 */
@ConfigurationProperties("crosscheck")
public record CrosscheckProperties(
    Engine engine, Review review, Request request, Security security) {

  public record Engine(
      @DefaultValue("review-policy-default") String policy, @DefaultValue("true") boolean whatIf) {}

  public record Review(
      @DefaultValue("PT72H") Duration expedited,
      @DefaultValue("P7D") Duration standard,
      @DefaultValue("PT4H") Duration claimIdleAfter,
      @DefaultValue("PT5M") Duration idleCheckEvery) {}

  public record Request(@DefaultValue("1048576") long maxBytes) {}

  public record Security(
      @DefaultValue("dev") String mode,
      @DefaultValue("roles") String rolesClaim,
      String devPassword) {}
}
