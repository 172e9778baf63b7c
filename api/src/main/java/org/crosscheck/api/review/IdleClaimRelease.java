// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

import java.time.Duration;
import org.crosscheck.api.CrosscheckProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The scheduled job that returns idle claims to the queue, every {@code
 * crosscheck.review.idle-check-every}. The work is {@link ClaimService#releaseIdle()}, which reads
 * the service's clock (tests call it after moving their clock).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdleClaimRelease implements SchedulingConfigurer {

  private final ClaimService claims;
  private final Duration every;

  IdleClaimRelease(ClaimService claims, CrosscheckProperties properties) {
    this.claims = claims;
    this.every = properties.review().idleCheckEvery();
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(claims::releaseIdle, every);
  }
}
