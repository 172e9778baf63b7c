// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.ops;

import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.crosscheck.engine.ruleset.RuleSetCatalog;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the rule bases ({@code /actuator/health/readiness} includes it): each loaded rule
 * set with its version and rule count. The engine already refuses to start with a rule base that
 * did not load whole; this reports it.
 */
@Component("ruleBases")
class RuleBasesHealthIndicator implements HealthIndicator {

  private final RuleSetCatalog catalog;

  RuleBasesHealthIndicator(RuleSetCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public Health health() {
    Health.Builder health = catalog.criteria().isEmpty() ? Health.down() : Health.up();
    for (LoadedRuleSet r : catalog.ruleSets()) {
      health.withDetail(
          r.info().id(), r.info().version() + ", " + r.info().loadedRules() + " rules");
    }
    return health.build();
  }
}
