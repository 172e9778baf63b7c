// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The compiled rule base says what the published table says, cell for cell: every (indication,
 * column) of 1-67 has exactly one rule with the published letter and score (method rows: PCI and
 * CABG separately), 68-69 have none, and nothing else is in the rule base. Run at build time, so a
 * rule base that lost rules fails the build.
 */
class Revasc2012TableTest {

  private static final String PACKAGE = "org.crosscheck.rules.revasc2012";
  private static List<Map<String, String>> published;
  private static Map<String, Rule> rules;

  @BeforeAll
  static void load() throws IOException {
    published = new ArrayList<>();
    try (InputStream in =
            Revasc2012TableTest.class
                .getClassLoader()
                .getResourceAsStream("criteria/revasc-2012/indications.csv");
        MappingIterator<Map<String, String>> it =
            new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(in)) {
      it.forEachRemaining(published::add);
    }
    KieBase kieBase = EngineKieBases.named("revasc-auc-2012");
    rules = new HashMap<>();
    for (Rule rule : kieBase.getKiePackage(PACKAGE).getRules()) {
      String key = rule.getMetaData().get("indication") + "/" + rule.getMetaData().get("column");
      assertThat(rules.put(key, rule)).as("two rules for " + key).isNull();
    }
  }

  @Test
  void thePublishedTableHasTheExpectedShape() {
    assertThat(published).hasSize(165);
    assertThat(published.stream().filter(r -> r.get("table").startsWith("Table 1"))).hasSize(13);
    assertThat(published.stream().filter(r -> r.get("table").startsWith("Table 2"))).hasSize(108);
    assertThat(published.stream().filter(r -> r.get("table").startsWith("Table 3"))).hasSize(36);
    assertThat(published.stream().filter(r -> r.get("table").startsWith("Method"))).hasSize(8);
  }

  @Test
  void everyRatedCellHasOneRuleWithThePublishedLetterAndScore() {
    List<String> mismatches = new ArrayList<>();
    for (Map<String, String> row : published) {
      int indication = Integer.parseInt(row.get("indication"));
      String key = indication + "/" + row.get("ccs_column");
      Rule rule = rules.get(key);
      if (indication >= 68) {
        if (rule != null) {
          mismatches.add(key + ": rows 68-69 must not be rated (their wording is unknown)");
        }
        continue;
      }
      if (rule == null) {
        mismatches.add(key + ": no rule");
        continue;
      }
      Map<String, Object> meta = rule.getMetaData();
      if (row.get("revasc_rating").isEmpty()) {
        compare(mismatches, key, "pciRating", row.get("pci_rating"), meta);
        compare(mismatches, key, "pciScore", row.get("pci_score"), meta);
        compare(mismatches, key, "cabgRating", row.get("cabg_rating"), meta);
        compare(mismatches, key, "cabgScore", row.get("cabg_score"), meta);
      } else {
        compare(mismatches, key, "rating", row.get("revasc_rating"), meta);
        compare(mismatches, key, "score", row.get("revasc_score"), meta);
      }
      assertThat(rule.getName())
          .as("rule id of " + key)
          .startsWith("RV12-%02d-%s ".formatted(indication, row.get("ccs_column")));
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void theRuleBaseHoldsNothingButThePublishedCells() {
    assertThat(rules).hasSize(163);
    for (String key : rules.keySet()) {
      assertThat(published)
          .as("published cell for rule " + key)
          .anyMatch(r -> (r.get("indication") + "/" + r.get("ccs_column")).equals(key));
    }
  }

  private static void compare(
      List<String> mismatches,
      String key,
      String field,
      String expected,
      Map<String, Object> meta) {
    Object actual = meta.get(field);
    if (actual == null || !actual.toString().equals(expected)) {
      mismatches.add(key + ": " + field + " is " + actual + ", published " + expected);
    }
  }
}
