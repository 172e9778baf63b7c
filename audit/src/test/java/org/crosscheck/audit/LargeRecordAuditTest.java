// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.audit.input.InputRecord;
import org.crosscheck.audit.input.Inputs;
import org.crosscheck.audit.input.RecordReader;
import org.crosscheck.audit.output.AuditFiles;
import org.crosscheck.testcases.Vignettes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records too large for the configured limit: reported as TOO_LARGE with their line, never held
 * whole, the records after them read as usual, and the counts add up.
 */
class LargeRecordAuditTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private Path input() throws IOException {
    byte[] twin =
        JSON.writeValueAsBytes(
            JSON.readTree(
                Files.readAllBytes(
                    Vignettes.root()
                        .resolveSibling("fhir-twins")
                        .resolve("revasc-2012/table3/RV12-57-CCS_I_II-pos.bundle.json"))));
    Path input = dir.resolve("records.fhir.ndjson");
    try (OutputStream out = Files.newOutputStream(input)) {
      out.write(twin);
      out.write('\n');
      // a 3 MB record (a valid bundle: its size alone is the problem)
      out.write(
          "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"id\": \""
              .getBytes(StandardCharsets.UTF_8));
      out.write("x".repeat(3 << 20).getBytes(StandardCharsets.UTF_8));
      out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write(twin);
      out.write('\n');
    }
    return input;
  }

  @Test
  void theReaderSkipsARecordOverTheLimitAndGoesOn() throws IOException {
    try (RecordReader reader = Inputs.open(input(), 1 << 20)) {
      InputRecord first = reader.next();
      InputRecord big = reader.next();
      InputRecord last = reader.next();
      assertThat(first.tooLarge()).isFalse();
      assertThat(big.tooLarge()).isTrue();
      assertThat(big.line()).isEqualTo(2);
      assertThat(big.json()).isNull();
      assertThat(big.readError()).contains("more than the limit of 1048576 bytes");
      assertThat(last.line()).isEqualTo(3);
      assertThat(last.json()).isEqualTo(first.json());
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void anAuditReportsTheRecordAsTooLargeWithItsLineAndEvaluatesTheOthers() throws IOException {
    AuditSummary summary =
        new AuditRun(AuditFixtures.evaluator(), 2, 1 << 20)
            .run(List.of(input()), dir.resolve("out"), (r, b, t) -> {});
    assertThat(summary.run().records()).isEqualTo(3);
    assertThat(summary.run().evaluated()).isEqualTo(2);
    assertThat(summary.run().rejected()).isEqualTo(1);
    List<JsonNode> errors =
        Files.readAllLines(dir.resolve("out").resolve(AuditFiles.ERRORS)).stream()
            .map(JSON::readTree)
            .toList();
    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.get("line").asLong()).isEqualTo(2);
              assertThat(e.get("rejection").asString()).isEqualTo("TOO_LARGE");
            });
  }

  @Test
  void withTheDefaultLimitTheSameRecordIsReadAndRejectedForWhatItIs() throws IOException {
    AuditSummary summary =
        new AuditRun(AuditFixtures.evaluator(), 1)
            .run(List.of(input()), dir.resolve("out2"), (r, b, t) -> {});
    assertThat(summary.run().evaluated()).isEqualTo(2);
    List<JsonNode> errors =
        Files.readAllLines(dir.resolve("out2").resolve(AuditFiles.ERRORS)).stream()
            .map(JSON::readTree)
            .toList();
    assertThat(errors)
        .singleElement()
        .satisfies(e -> assertThat(e.get("rejection").asString()).isEqualTo("INVALID_FHIR"));
  }
}
