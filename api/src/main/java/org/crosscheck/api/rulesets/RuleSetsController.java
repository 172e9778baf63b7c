// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.rulesets;

import java.util.List;
import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.crosscheck.engine.ruleset.RuleSetCatalog;
import org.crosscheck.engine.ruleset.RuleSetInfo;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/rulesets}: the loaded rule sets and their source attributes (id, version,
 * developer, citation, release and revision dates, status, SHA-256, rule counts), as
 * decision-support transparency asks.
 */
@RestController
@RequestMapping("/api/v1/rulesets")
class RuleSetsController {

  private final RuleSetCatalog catalog;

  RuleSetsController(RuleSetCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping
  List<RuleSetInfo> ruleSets() {
    return catalog.ruleSets().stream().map(LoadedRuleSet::info).toList();
  }
}
