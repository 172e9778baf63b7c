// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.facts;

import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * Added by a criteria rule, for a scenario it matches, to the session's global list {@link
 * #GLOBAL}: which rule, for which scenario. The engine reads the rule's metadata (id, indication,
 * column, published letter and score, interpretations) once at load ({@code CellRule}); the
 * published tables ({@code criteria/*.csv}) supply the description and citation of the cell, and a
 * test checks the rules' letters against them cell for cell.
 */
public record CriterionMatch(
    int scenario, String packageName, String ruleName, Map<String, Object> metadata) {

  /**
   * The global list a criteria rule adds its match to (each table declares {@code Variables:
   * java.util.List matches}): the session that runs the rules sets it, and reads it after firing.
   */
  public static final String GLOBAL = "matches";

  /**
   * Called from a rule's consequence: {@code matches.add(CriterionMatch.of($s, drools.getRule()))}.
   */
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
