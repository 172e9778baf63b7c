// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The imaging rule bases say what their published tables say, cell for cell: 2023 Table 2.2 (every
 * scenario x modality cell, the long-form cells file equal to the published wide table), and the
 * ACR topics (every cell whose procedure maps to a request type, with the published wording; none
 * of the unmapped ones).
 */
class ImagingTablesTest {

  private static List<Map<String, String>> csv(String resource) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (InputStream in = ImagingTablesTest.class.getClassLoader().getResourceAsStream(resource);
        MappingIterator<Map<String, String>> it =
            new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(in)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  private static Map<String, List<Rule>> rules(String kbase, String pkg) {
    Map<String, List<Rule>> byCell = new HashMap<>();
    for (Rule rule : EngineKieBases.named(kbase).getKiePackage(pkg).getRules()) {
      String key = rule.getMetaData().get("indication") + "/" + rule.getMetaData().get("column");
      byCell.computeIfAbsent(key, k -> new ArrayList<>()).add(rule);
    }
    return byCell;
  }

  @Test
  void table22RulesCarryThePublishedLetterAndScoreOfEveryModalityCell() throws IOException {
    List<Map<String, String>> wide = csv("criteria/imaging/multimodality-2023-table-2-2.csv");
    List<Map<String, String>> cells =
        csv("criteria/imaging/multimodality-2023-table-2-2-cells.csv");
    Map<String, List<Rule>> rules =
        rules("imaging-ccd-auc-2023", "org.crosscheck.rules.imaging2023");
    List<String> problems = new ArrayList<>();
    int published = 0;
    for (Map<String, String> row : wide) {
      for (String column :
          List.of(
              "ECG treadmill",
              "stress nuclear MPI",
              "stress echo",
              "stress CMR",
              "CAC",
              "CCTA",
              "cath",
              "no test")) {
        String cell = row.get(column).trim();
        if (cell.isEmpty()) {
          continue;
        }
        published++;
        String letter = cell.substring(0, 1);
        String score = cell.substring(cell.indexOf('(') + 1, cell.indexOf(')'));
        String key = row.get("scenario") + "/" + column;
        boolean inCells =
            cells.stream()
                .anyMatch(
                    c ->
                        (c.get("indication") + "/" + c.get("column")).equals(key)
                            && c.get("rating").equals(letter)
                            && c.get("score").equals(score));
        if (!inCells) {
          problems.add(key + ": not in the cells file as " + cell);
        }
        List<Rule> rs = rules.getOrDefault(key, List.of());
        if (column.equals("no test")) {
          if (!rs.isEmpty()) {
            problems.add(key + ": the no-test column is not a request and must have no rule");
          }
        } else if (rs.size() != 1
            || !letter.equals(rs.get(0).getMetaData().get("rating"))
            || !score.equals(rs.get(0).getMetaData().get("score"))) {
          problems.add(key + ": expected one rule rated " + cell + ", found " + rs.size());
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(cells).hasSize(published);
    assertThat(rules.values().stream().mapToInt(List::size).sum()).isEqualTo(63);
  }

  @Test
  void acrRulesCarryThePublishedWordingOfEveryMappedCellAndNoUnmappedOne() throws IOException {
    List<Map<String, String>> cells = csv("criteria/imaging/acr-cardiac-encoded.csv");
    Map<String, List<Rule>> rules = rules("acr-cardiac", "org.crosscheck.rules.acr");
    List<String> problems = new ArrayList<>();
    int mapped = 0;
    for (Map<String, String> cell : cells) {
      String key = cell.get("indication") + "/" + cell.get("column");
      List<Rule> rs = rules.getOrDefault(key, List.of());
      if (cell.get("request_procedure").equals("UNMAPPED")) {
        if (!rs.isEmpty()) {
          problems.add(key + ": an unmapped procedure must have no rule");
        }
        continue;
      }
      mapped++;
      if (rs.size() != 1) {
        problems.add(key + ": expected one rule, found " + rs.size());
      } else if (!cell.get("rating").equals(rs.get(0).getMetaData().get("rating"))
          || !cell.get("score")
              .equals(String.valueOf(rs.get(0).getMetaData().getOrDefault("score", "")))) {
        problems.add(
            key
                + ": rule rated "
                + rs.get(0).getMetaData().get("rating")
                + ", published "
                + cell.get("rating"));
      }
    }
    assertThat(problems).isEmpty();
    assertThat(mapped).isEqualTo(139);
    assertThat(cells).hasSize(322);
    assertThat(rules.values().stream().mapToInt(List::size).sum()).isEqualTo(139);
  }

  @Test
  void theAcrTableCopiesTheSharedSourceRowsOfTheChosenVersions() throws IOException {
    List<Map<String, String>> source = csv("criteria/imaging/acr-cardiac.csv");
    List<Map<String, String>> encoded = csv("criteria/imaging/acr-cardiac-encoded.csv");
    for (Map<String, String> row : encoded) {
      boolean found =
          source.stream()
              .anyMatch(
                  s ->
                      s.get("procedure").equals(row.get("column"))
                          && s.get("rating").equals(row.get("rating"))
                          && s.get("topic").contains(row.get("topic")));
      assertThat(found)
          .as("source row for " + row.get("indication") + " / " + row.get("column"))
          .isTrue();
    }
  }
}
