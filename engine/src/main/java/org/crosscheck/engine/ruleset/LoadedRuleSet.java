// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.ruleset;

import java.util.Map;
import org.kie.api.KieBase;

/**
 * A rule set ready to evaluate: its attributes, its (thread-safe, shared) KieBase, its published
 * cells and, for criteria, the rows of its decision tables read as data.
 */
public record LoadedRuleSet(
    RuleSetInfo info, KieBase kieBase, Map<String, CriteriaCell> cells, CriteriaRows rows) {

  public LoadedRuleSet {
    cells = Map.copyOf(cells);
  }

  /** The published cell of an indication and column, or null. */
  public CriteriaCell cell(String indication, String column) {
    return cells.get(indication + "/" + column);
  }
}
