// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.audit.output.AuditFiles;
import org.crosscheck.engine.casefile.CaseFile;
import org.crosscheck.engine.casefile.CaseReader;
import org.crosscheck.engine.evaluation.Evaluation;
import org.crosscheck.engine.json.EvaluationJson;
import org.crosscheck.testcases.VignetteCheck;
import org.crosscheck.testcases.Vignettes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * FHIR R4 bundles as audit input (NDJSON of bundles, {@code *.fhir.ndjson}): the FHIR twins of the
 * vignettes give the vignettes' expected results, a line that is not a usable bundle is rejected
 * with its line and reason, and the counts add up.
 */
class FhirInputAuditTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  @Test
  void theTwinsAuditToTheirVignettesResultsAndBadBundlesAreRejectedWithTheirLine()
      throws IOException {
    Path twins = Vignettes.root().resolveSibling("fhir-twins");
    List<Path> bundles;
    try (Stream<Path> files = Files.walk(twins)) {
      bundles = files.filter(p -> p.toString().endsWith(".bundle.json")).sorted().toList();
    }
    assertThat(bundles).hasSizeGreaterThanOrEqualTo(14);
    Path input = dir.resolve("twins.fhir.ndjson");
    try (OutputStream out = Files.newOutputStream(input)) {
      for (Path bundle : bundles) {
        out.write(JSON.writeValueAsBytes(JSON.readTree(Files.readAllBytes(bundle))));
        out.write('\n');
      }
      out.write(
          "{\"resourceType\": \"Patient\", \"id\": \"p1\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(
          "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [\n"
              .getBytes(StandardCharsets.UTF_8));
      out.write(
          "{\"resourceType\": \"Bundle\", \"type\": \"collection\"}\n"
              .getBytes(StandardCharsets.UTF_8));
    }
    AuditSummary summary =
        new AuditRun(AuditFixtures.evaluator(), 2)
            .run(List.of(input), dir.resolve("out"), (r, b, t) -> {});
    assertThat(summary.run().evaluated()).isEqualTo(bundles.size());
    assertThat(summary.run().rejected()).isEqualTo(3);
    assertThat(summary.run().evaluated() + summary.run().rejected()).isEqualTo(bundles.size() + 3L);

    List<String> evaluations =
        Files.readAllLines(dir.resolve("out").resolve(AuditFiles.EVALUATIONS));
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < bundles.size(); i++) {
      Path vignette =
          Vignettes.root()
              .resolve(
                  twins.relativize(bundles.get(i)).toString().replace(".bundle.json", ".json"));
      CaseFile expected = CaseReader.read(Files.readAllBytes(vignette)).caseFile();
      Evaluation e = EvaluationJson.mapper().readValue(evaluations.get(i), Evaluation.class);
      VignetteCheck.mismatches(e, expected)
          .forEach(m -> failures.add(vignette.getFileName() + ": " + m));
      assertThat(e.warnings()).noneMatch(w -> w.startsWith("FHIR "));
      assertThat(e.interpretations())
          .extracting(Evaluation.InterpretationNote::id)
          .contains("FHIR_PRIORITY_AS_URGENCY");
    }
    assertThat(failures).isEmpty();

    List<JsonNode> errors =
        Files.readAllLines(dir.resolve("out").resolve(AuditFiles.ERRORS)).stream()
            .map(JSON::readTree)
            .toList();
    assertThat(errors)
        .extracting(e -> e.get("line").asLong())
        .containsExactly(bundles.size() + 1L, bundles.size() + 2L, bundles.size() + 3L);
    assertThat(errors).allMatch(e -> e.get("rejection").asString().equals("INVALID_FHIR"));
    assertThat(errors.get(0).get("errors").get(0).get("message").asString()).contains("Patient");
    assertThat(errors.get(2).get("errors").get(0).get("message").asString())
        .containsIgnoringCase("ServiceRequest");
  }

  @Test
  void whatABundleCannotMapIsInItsEvaluationsWarnings() throws IOException {
    Path twins = Vignettes.root().resolveSibling("fhir-twins");
    Path one = twins.resolve("revasc-2012/table3/RV12-57-CCS_I_II-pos.bundle.json");
    tools.jackson.databind.node.ObjectNode bundle =
        (tools.jackson.databind.node.ObjectNode) JSON.readTree(Files.readAllBytes(one));
    bundle
        .withArray("entry")
        .addObject()
        .putObject("resource")
        .put("resourceType", "Observation")
        .put("id", "obs-unknown")
        .put("status", "final")
        .putObject("code")
        .putArray("coding")
        .addObject()
        .put("system", "http://loinc.org")
        .put("code", "2093-3");
    Path input = dir.resolve("one.fhir.ndjson");
    Files.write(input, (JSON.writeValueAsString(bundle) + "\n").getBytes(StandardCharsets.UTF_8));
    new AuditRun(AuditFixtures.evaluator(), 1)
        .run(List.of(input), dir.resolve("one"), (r, b, t) -> {});
    Evaluation e =
        EvaluationJson.mapper()
            .readValue(
                Files.readAllLines(dir.resolve("one").resolve(AuditFiles.EVALUATIONS)).get(0),
                Evaluation.class);
    assertThat(e.warnings()).anyMatch(w -> w.startsWith("FHIR Observation/obs-unknown code"));
  }
}
