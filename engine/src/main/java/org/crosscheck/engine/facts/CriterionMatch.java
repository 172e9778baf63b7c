// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * Inserted by a criteria rule for a scenario it matches: which rule, for which scenario. The engine
 * reads the rule's metadata (id, indication, column, published letter and score, interpretations)
 * once at load ({@code CellRule}); the published tables ({@code criteria/*.csv}) supply the
 * description and citation of the cell, and a test checks the rules' letters against them cell for
 * cell.
 */
public record CriterionMatch(
    int scenario, String packageName, String ruleName, Map<String, Object> metadata) {

  /** Called from a rule's consequence: {@code insert(CriterionMatch.of($s, drools.getRule()))}. */
  public static CriterionMatch of(Scenario scenario, Rule rule) {
    return new CriterionMatch(
        scenario.id(), rule.getPackageName(), rule.getName(), rule.getMetaData());
  }

  /** A metadata value as text, or {@code null}. */
  public String meta(String key) {
    Object value = metadata.get(key);
    return value == null ? null : value.toString();
  }
}
