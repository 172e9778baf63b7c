// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.audit.output.AuditFiles;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.json.EvaluationJson;
import org.crosscheck.testcases.VignetteCheck;
import org.crosscheck.testcases.Vignettes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Every clinical vignette through the audit, as NDJSON and as CSV: the audit reproduces each
 * vignette's expected result, and a CSV of the same cases (flattened by the documented header
 * rules) gives the same evaluations.
 */
class VignetteAuditTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path dir;
  static List<Path> files;
  static List<String> fromNdjson;
  static List<String> fromCsv;
  static AuditSummary csvSummary;

  @BeforeAll
  static void auditBothWays() throws IOException {
    files = Vignettes.all();
    List<ObjectNode> cases = new ArrayList<>();
    for (Path f : files) {
      ObjectNode c = (ObjectNode) JSON.readTree(Files.readAllBytes(f));
      cases.add(c);
    }
    Path ndjson = dir.resolve("vignettes.ndjson");
    try (OutputStream out = Files.newOutputStream(ndjson)) {
      for (ObjectNode c : cases) {
        out.write(JSON.writeValueAsBytes(c));
        out.write('\n');
      }
    }
    Path csv = dir.resolve("vignettes.csv");
    writeCsv(cases, csv);
    AuditRun run = new AuditRun(AuditFixtures.evaluator(), 2);
    run.run(List.of(ndjson), dir.resolve("ndjson"), (r, b, t) -> {});
    csvSummary = run.run(List.of(csv), dir.resolve("csv"), (r, b, t) -> {});
    fromNdjson = Files.readAllLines(dir.resolve("ndjson").resolve(AuditFiles.EVALUATIONS));
    fromCsv = Files.readAllLines(dir.resolve("csv").resolve(AuditFiles.EVALUATIONS));
  }

  @Test
  void theAuditReproducesEveryVignettesExpectedResult() throws IOException {
    assertThat(fromNdjson).hasSameSizeAs(files);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      CaseFile vignette = CaseReader.read(Files.readAllBytes(files.get(i))).caseFile();
      Evaluation e = EvaluationJson.mapper().readValue(fromNdjson.get(i), Evaluation.class);
      Path file = files.get(i);
      VignetteCheck.mismatches(e, vignette)
          .forEach(m -> failures.add(file.getFileName() + ": " + m));
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void aCsvOfTheSameCasesGivesTheSameEvaluations() {
    assertThat(csvSummary.run().rejected()).isZero();
    assertThat(fromCsv).hasSameSizeAs(fromNdjson);
    for (int i = 0; i < fromCsv.size(); i++) {
      // the input hash is of the bytes read, which differ between the formats; all else is equal
      assertThat(withoutInputHash(fromCsv.get(i)))
          .as(files.get(i).getFileName().toString())
          .isEqualTo(withoutInputHash(fromNdjson.get(i)));
    }
  }

  private static JsonNode withoutInputHash(String evaluation) {
    ObjectNode e = (ObjectNode) JSON.readTree(evaluation);
    ((ObjectNode) e.get("provenance")).remove("inputSha256");
    return e;
  }

  /**
   * Flattens cases by the header rules of CsvCaseMapper: dotted paths, [i] for objects in lists,
   * ';' for values.
   */
  private static void writeCsv(List<ObjectNode> cases, Path csv) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    Set<String> columns = new LinkedHashSet<>();
    for (ObjectNode c : cases) {
      Map<String, String> row = new LinkedHashMap<>();
      flatten("", c, row);
      columns.addAll(row.keySet());
      rows.add(row);
    }
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    try (OutputStream out = Files.newOutputStream(csv);
        var writer = CsvMapper.builder().build().writer(schema.build()).writeValues(out)) {
      for (Map<String, String> row : rows) {
        writer.write(columns.stream().map(col -> row.getOrDefault(col, "")).toArray(String[]::new));
      }
    }
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> row) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), row);
      }
    } else if (node.isArray()) {
      boolean objects = node.size() > 0 && node.get(0).isObject();
      if (node.isEmpty()) {
        row.put(prefix, "[]");
      } else if (objects) {
        for (int i = 0; i < node.size(); i++) {
          flatten(prefix + "[" + i + "]", node.get(i), row);
        }
      } else {
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asString()));
        row.put(prefix, String.join(";", values));
      }
    } else if (!node.isNull()) {
      row.put(prefix, node.asString());
    }
  }
}
