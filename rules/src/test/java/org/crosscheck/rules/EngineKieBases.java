// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.rules;

import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.crosscheck.engine.ruleset.RuleSetCatalog;
import org.kie.api.KieBase;

/** The KieBases as the engine loads them (the rule sets of the classpath, checked). */
final class EngineKieBases {

  private static final RuleSetCatalog CATALOG = RuleSetCatalog.load();

  private EngineKieBases() {}

  /** The KieBase of this name (a rule set's {@code kbase}). */
  static KieBase named(String kbase) {
    return CATALOG.ruleSets().stream()
        .filter(r -> r.info().kbase().equals(kbase))
        .map(LoadedRuleSet::kieBase)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule set with KieBase " + kbase));
  }
}
