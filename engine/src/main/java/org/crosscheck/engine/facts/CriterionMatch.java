// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * Inserted by a criteria rule for a scenario it matches. The rule's metadata (indication, column, published letter
 * and score, interpretations) travel with it, so the rule base stays the single place where a cell's rating is
 * written.
 */
public record CriterionMatch(int scenario, String packageName, String ruleName, Map<String, Object> metadata) {

  /** Called from a rule's consequence: {@code insert(CriterionMatch.of($s, drools.getRule()))}. */
  public static CriterionMatch of(Scenario scenario, Rule rule) {
    return new CriterionMatch(scenario.id(), rule.getPackageName(), rule.getName(), rule.getMetaData());
  }

  /** A metadata value as text, or {@code null}. */
  public String meta(String key) {
    Object value = metadata.get(key);
    return value == null ? null : value.toString();
  }
}
