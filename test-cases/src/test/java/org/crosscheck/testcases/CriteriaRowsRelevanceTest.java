// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.crosscheck.engine.facts.FieldSet;
import org.crosscheck.engine.facts.Scenario;
import org.crosscheck.engine.facts.ScenarioCodes;
import org.crosscheck.engine.facts.ScenarioFields;
import org.crosscheck.engine.ruleset.CriteriaRows;
import org.crosscheck.engine.ruleset.LoadedRuleSet;
import org.crosscheck.engine.ruleset.RuleSetCatalog;
import org.junit.jupiter.api.Test;

/**
 * The question the completion of unknowns asks of the tables ({@link CriteriaRows#testsAny}: does a
 * row that can still match, the open fields taking any value, test one of these fields?) against
 * its plain reading, row by row from the tables' text, for each criteria rule set and for all of
 * them together (as the evaluator asks): the vignettes' scenarios, copies with tested fields
 * changed, random scenarios, each with random open fields.
 */
class CriteriaRowsRelevanceTest {

  @Test
  void theIndexAnswersAsTheRowsRead() throws IOException {
    RuleSetCatalog catalog = RuleSetCatalog.load();
    List<Scenario> vignettes = TestScenarios.ofVignettes(catalog);
    assertThat(vignettes).hasSizeGreaterThan(300);
    List<CriteriaRows> tables = new ArrayList<>();
    catalog.criteria().stream().map(LoadedRuleSet::rows).forEach(tables::add);
    tables.add(CriteriaRows.of(List.copyOf(tables)));
    Random random = new Random(20261208);
    for (CriteriaRows rows : tables) {
      FieldSet tested = rows.testedFields();
      int[] numbers = tested.numbers();
      int yes = 0;
      int no = 0;
      for (int i = 0; i < 20_000; i++) {
        Scenario s =
            switch (i % 3) {
              case 0 -> vignettes.get(random.nextInt(vignettes.size()));
              case 1 ->
                  TestScenarios.changed(
                      vignettes.get(random.nextInt(vignettes.size())), random, tested, true);
              default -> TestScenarios.random(random);
            };
        long open = 0;
        for (int n : numbers) {
          if (random.nextInt(4) == 0) {
            open |= 1L << n;
          }
        }
        long asked = 0;
        for (int k = 1 + random.nextInt(3); k > 0; k--) {
          asked |= 1L << numbers[random.nextInt(numbers.length)];
        }
        boolean expected = rowByRow(rows, s, open, asked);
        boolean actual =
            rows.testsAny(new ScenarioCodes(s), new FieldSet(open), new FieldSet(asked));
        assertThat(actual)
            .as("%s open %s asked %s", s, new FieldSet(open), new FieldSet(asked))
            .isEqualTo(expected);
        if (expected) {
          yes++;
        } else {
          no++;
        }
        assertThat(rows.mayTest(s.procedure(), new FieldSet(asked)))
            .isEqualTo(mayTestRowByRow(rows, s, asked));
      }
      // both answers are common, or the comparison would mean little
      assertThat(yes).isGreaterThan(1_000);
      assertThat(no).isGreaterThan(1_000);
    }
  }

  /** A row of the scenario's procedure (any, when it has none) that tests an asked field. */
  private static boolean mayTestRowByRow(CriteriaRows rows, Scenario s, long asked) {
    return rows.rows().stream().anyMatch(row -> ofProcedure(row, s) && (tested(row) & asked) != 0);
  }

  private static boolean rowByRow(CriteriaRows rows, Scenario s, long open, long asked) {
    for (CriteriaRows.Row row : rows.rows()) {
      if (!ofProcedure(row, s) || (tested(row) & asked) == 0 || !holds(row.conditions(), s, open)) {
        continue;
      }
      if (row.anyOf().isEmpty() || row.anyOf().stream().anyMatch(a -> holds(a, s, open))) {
        return true;
      }
    }
    return false;
  }

  private static boolean ofProcedure(CriteriaRows.Row row, Scenario s) {
    return s.procedure() == null
        || row.conditions().get("procedure").contains(s.procedure().name());
  }

  private static long tested(CriteriaRows.Row row) {
    Set<String> fields = new HashSet<>(row.conditions().keySet());
    row.anyOf().forEach(a -> fields.addAll(a.keySet()));
    return FieldSet.of(fields).bits();
  }

  /** Each condition holds: its field is open, or the scenario's value is one the row allows. */
  private static boolean holds(Map<String, Set<String>> conditions, Scenario s, long open) {
    for (Map.Entry<String, Set<String>> c : conditions.entrySet()) {
      ScenarioFields.Reader field = ScenarioFields.reader(c.getKey());
      if ((open & (1L << field.number())) != 0) {
        continue;
      }
      int value = field.code(s);
      if (c.getValue().stream().noneMatch(text -> field.code(text) == value)) {
        return false;
      }
    }
    return true;
  }
}
