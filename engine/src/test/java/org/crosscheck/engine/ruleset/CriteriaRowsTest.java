// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.crosscheck.engine.facts.FieldSet;
import org.junit.jupiter.api.Test;

/**
 * A decision table read as data: the fields its rows test, and the tables it refuses because their
 * rules could read more of a scenario than the rows say (what {@code CriteriaLookup}'s grouping
 * rests on).
 */
class CriteriaRowsTest {

  private static final String PATTERN = "$s : Scenario...";
  private static final String ACTION = "\"matches.add(CriterionMatch.of($s, drools.getRule()));\"";

  private static String table(String pattern, String action) {
    return String.join(
        "\n",
        "RuleSet,org.example,,,,",
        "RuleTable T,,,,,",
        "NAME,CONDITION,CONDITION,CONDITION,ACTION,METADATA",
        "," + pattern + "," + PATTERN + "," + PATTERN + ",,",
        ",forall(||){procedure == Procedure.$},setting == Setting.$param,"
            + "forall(||){vessels == $},"
            + action
            + ",\"id(\"\"$param\"\")\"",
        "Rule,Procedure,Setting,Vessels,Rate,Rule id",
        "R1,\"PCI, CABG\",STABLE,,x,R1",
        "R2,PCI,,\"1, 2\",x,R2");
  }

  @Test
  void theRowsTestTheFieldsOfTheirConditionsTogether() throws Exception {
    CriteriaRows rows =
        new CriteriaRows(CriteriaRows.parse(new StringReader(table(PATTERN, ACTION)), "t"));
    assertThat(rows.rows()).extracting(CriteriaRows.Row::ruleId).containsExactly("R1", "R2");
    assertThat(rows.testedFields()).isEqualTo(FieldSet.of("procedure", "setting", "vessels"));
    assertThat(new CriteriaRows(List.of()).testedFields().isEmpty()).isTrue();
  }

  @Test
  void aTableWhoseActionIsNotTheMatchIsRefused() {
    assertThatThrownBy(
            () ->
                CriteriaRows.parse(
                    new StringReader(table(PATTERN, "\"insert(new Object());\"")), "t"))
        .isInstanceOf(RuleBaseLoadException.class)
        .hasMessageContaining("unknown action template");
  }

  @Test
  void aConditionOnAnotherPatternIsRefused() {
    assertThatThrownBy(
            () -> CriteriaRows.parse(new StringReader(table("$p : PolicyCase...", ACTION)), "t"))
        .isInstanceOf(RuleBaseLoadException.class)
        .hasMessageContaining("not on the scenario pattern");
  }
}
