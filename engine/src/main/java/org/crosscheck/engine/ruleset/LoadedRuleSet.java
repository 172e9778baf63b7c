// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.ruleset;

import java.util.Map;
import org.kie.api.KieBase;

/** A rule set ready to evaluate: its attributes, its (thread-safe, shared) KieBase and its published cells. */
public record LoadedRuleSet(RuleSetInfo info, KieBase kieBase, Map<String, CriteriaCell> cells) {

  public LoadedRuleSet {
    cells = Map.copyOf(cells);
  }

  /** The published cell of an indication and column, or null. */
  public CriteriaCell cell(String indication, String column) {
    return cells.get(indication + "/" + column);
  }
}
