// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api;

import java.time.Clock;
import org.crosscheck.engine.evaluation.EngineOptions;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.ruleset.RuleSetCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine as a bean: one thread-safe evaluator for the service, built at start-up (a rule base
 * that does not load whole stops start-up). The engine reads no Spring configuration; this class
 * turns properties into its options.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

  @Bean
  Evaluator evaluator(CrosscheckProperties properties) {
    return Evaluator.load(
        new EngineOptions(properties.engine().policy(), null, properties.engine().whatIf()));
  }

  @Bean
  RuleSetCatalog ruleSetCatalog(Evaluator evaluator) {
    return evaluator.catalog();
  }

  /** The wall clock lives here, outside the engine: due times and audit timestamps. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
